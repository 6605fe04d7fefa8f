import { graphqlRequest } from '@omsorg/ui';
import { CASE_QUERY, DECISION_LETTER_QUERY } from '../operations.ts';
import type { CaseDetails, DecisionLetter } from '../types.ts';

export async function fetchCase(id: string): Promise<CaseDetails | null> {
  const { application } = await graphqlRequest<{ application: CaseDetails | null }>(CASE_QUERY, { id });
  return application;
}

export async function fetchDecisionLetter(id: string): Promise<DecisionLetter | null> {
  const { application } = await graphqlRequest<{ application: { id: string; decisionLetter: DecisionLetter | null } | null }>(DECISION_LETTER_QUERY, { id });
  return application?.decisionLetter ?? null;
}
