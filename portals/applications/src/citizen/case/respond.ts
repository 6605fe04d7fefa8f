import { graphqlRequest } from '@omsorg/ui';
import { APPEAL_DECISION_MUTATION, RESPOND_TO_INVESTIGATION_MUTATION } from '../operations.ts';
import type { Appeal, CommunicatedInvestigation, MutationResult, NotFoundErrorResult, ValidationErrorResult, ValidationIssue } from '../types.ts';

export const responseMaxLength = 4000;
export const appealMaxLength = 4000;

export type SendOutcome<T> = { kind: 'sent'; data: T } | { kind: 'invalid'; issues: ValidationIssue[] } | { kind: 'notFound'; message: string };

type RespondResult = MutationResult<
  'MutationRespondToInvestigationSuccess',
  { id: string; communicatedInvestigation: Pick<CommunicatedInvestigation, 'response' | 'respondedAt' | 'canRespond'> | null },
  ValidationErrorResult
>;

export async function respondToInvestigation(applicationId: string, response: string): Promise<SendOutcome<Pick<CommunicatedInvestigation, 'response' | 'respondedAt'>>> {
  const { respondToInvestigation: result } = await graphqlRequest<{ respondToInvestigation: RespondResult }>(RESPOND_TO_INVESTIGATION_MUTATION, {
    input: { applicationId, response },
  });
  if (result.__typename === 'ValidationError') return { kind: 'invalid', issues: withMessage(result) };
  const investigation = result.data.communicatedInvestigation;
  return { kind: 'sent', data: { response: investigation?.response ?? response, respondedAt: investigation?.respondedAt ?? new Date().toISOString() } };
}

type AppealResult = MutationResult<'MutationAppealDecisionSuccess', Appeal, ValidationErrorResult | NotFoundErrorResult>;

export async function appealDecision(decisionId: string, text: string): Promise<SendOutcome<Appeal>> {
  const { appealDecision: result } = await graphqlRequest<{ appealDecision: AppealResult }>(APPEAL_DECISION_MUTATION, { input: { decisionId, text } });
  if (result.__typename === 'ValidationError') return { kind: 'invalid', issues: withMessage(result) };
  if (result.__typename === 'NotFoundError') return { kind: 'notFound', message: result.message };
  return { kind: 'sent', data: result.data };
}

function withMessage(error: ValidationErrorResult): ValidationIssue[] {
  return error.issues.length > 0 ? error.issues : [{ field: '', message: error.message }];
}
