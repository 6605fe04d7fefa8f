/**
 * The exceptions in förvaltningslagen (2017:900) 25 § to communicating the material before a
 * decision that goes against the applicant. A decision made without communication records one
 * of them, with a note saying why it applies. The service refuses a decision that skips
 * communication without one; the decision form offers them.
 *
 * - NOT_AGAINST_PARTY: the decision does not go against the party (25 § 1, first part).
 * - OBVIOUSLY_UNNECESSARY: the material lacks importance, or communication is for another reason
 *   obviously unnecessary (25 § 1), e.g. the person already stated their view on all of it.
 * - WOULD_HINDER_DECISION: communication could make the decision considerably harder to carry
 *   out (25 § 2).
 * - CANNOT_BE_DEFERRED: the decision cannot wait (25 § 3), e.g. urgent help on discharge.
 */
export const COMMUNICATION_EXCEPTIONS = ['NOT_AGAINST_PARTY', 'OBVIOUSLY_UNNECESSARY', 'WOULD_HINDER_DECISION', 'CANNOT_BE_DEFERRED'] as const;
export type CommunicationException = (typeof COMMUNICATION_EXCEPTIONS)[number];

/** Why the exception applies, as the caseworker writes it. */
export const COMMUNICATION_EXCEPTION_NOTE_MAX_LENGTH = 2_000;

/** A decision goes against the applicant unless the service is granted as asked. */
export function isAdverseOutcome(outcome: string): boolean {
  return outcome !== 'GRANTED';
}
