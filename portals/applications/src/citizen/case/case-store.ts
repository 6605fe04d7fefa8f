import { graphqlRequest } from '@omsorg/ui';
import {
  CitizenCaseDocument,
  CitizenDecisionLetterDocument,
  type CitizenCaseQuery,
  type CitizenDecisionLetterQuery,
  type LetterRecipientInput,
} from '../../generated/graphql.ts';
import { letterRecipientOf, type PostalAddress } from '../../letter-address.ts';

/** The case as the citizen's case pages show it (case.graphql). */
export type CaseDetails = NonNullable<CitizenCaseQuery['application']>;
export type DecisionLetter = NonNullable<NonNullable<CitizenDecisionLetterQuery['application']>['decisionLetter']>;

export async function fetchCase(id: string): Promise<CaseDetails | null> {
  const { application } = await graphqlRequest(CitizenCaseDocument, { id });
  return application;
}

/** The signed-in person as a letter's recipient: name, and postal address when identity has one. */
export type LetterReader = {
  id: string;
  fullName: string;
  postalAddress?: PostalAddress | null;
};

export function letterRecipient(reader: LetterReader): LetterRecipientInput {
  return letterRecipientOf(reader.fullName, reader.postalAddress);
}

/**
 * The decision letter addressed to the reader: their own letter, or, for a representative, their
 * copy ("Kopia till") saying whose case it is (the case page's applicant, read with the case).
 */
export async function fetchDecisionLetter(id: string, reader: LetterReader | null, applicant: CaseDetails['applicant']): Promise<DecisionLetter | null> {
  const concerning = !reader || !applicant || applicant.id === reader.id ? null : applicant.fullName;
  const variables = reader ? { id, recipient: letterRecipient(reader), concerning } : { id };
  const { application } = await graphqlRequest(CitizenDecisionLetterDocument, variables);
  return application?.decisionLetter ?? null;
}
