import { graphqlRequest } from '@omsorg/ui';
import { CitizenCaseDocument, CitizenDecisionLetterDocument, type CitizenCaseQuery, type CitizenDecisionLetterQuery } from '../../generated/graphql.ts';

/** The case as the citizen's case pages show it (case.graphql). */
export type CaseDetails = NonNullable<CitizenCaseQuery['application']>;
export type DecisionLetter = NonNullable<NonNullable<CitizenDecisionLetterQuery['application']>['decisionLetter']>;

export async function fetchCase(id: string): Promise<CaseDetails | null> {
  const { application } = await graphqlRequest(CitizenCaseDocument, { id });
  return application;
}

export async function fetchDecisionLetter(id: string): Promise<DecisionLetter | null> {
  const { application } = await graphqlRequest(CitizenDecisionLetterDocument, { id });
  return application?.decisionLetter ?? null;
}
