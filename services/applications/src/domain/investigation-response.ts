import type { ApplicationStatus } from './application-status.ts';

/** How long a written response to a communicated investigation may be (written once, with the page). */
export { INVESTIGATION_RESPONSE_MAX_LENGTH } from '@omsorg/rules/applications';

/** What the response rules need to know about a case and its communicated investigation. */
export type ResponseFacts = {
  communicatedAt: Date | null;
  responseDueOn: string | null;
  response: string | null;
  caseStatus: ApplicationStatus;
  /** Requested services with no decision in force yet: none left means everything is decided. */
  servicesAwaitingDecision: number;
};

/** Why no one can put a response into the case any more (or yet). */
export type ClosedForResponses = 'NOT_COMMUNICATED' | 'ALREADY_DECIDED' | 'CASE_CLOSED';
export type ResponseRefusal = ClosedForResponses | 'ALREADY_RESPONDED' | 'DEADLINE_PASSED';

/**
 * Why no response can go into the case any more, whoever records it: never communicated, or
 * everything is decided (every requested service has a decision in force) or the case closed.
 * A response is what the decision maker must read before deciding (förvaltningslagen 25 §); once
 * nothing is left to decide, it would be a record of something no decision considered.
 */
function closedForResponses(state: ResponseFacts): ClosedForResponses | null {
  if (state.communicatedAt === null || state.responseDueOn === null) return 'NOT_COMMUNICATED';
  if (state.caseStatus === 'CLOSED') return 'CASE_CLOSED';
  if (state.servicesAwaitingDecision === 0) return 'ALREADY_DECIDED';
  return null;
}

/**
 * Whether the applicant may still respond to the investigation sent to them (kommunicering,
 * förvaltningslagen 25 §): only once it was communicated, while something is still to be decided,
 * once, up to and including the last day given in the letter.
 */
export function responseRefusal(state: ResponseFacts, today: string): ResponseRefusal | null {
  const closed = closedForResponses(state);
  if (closed) return closed;
  if (state.response !== null) return 'ALREADY_RESPONDED';
  if (today > state.responseDueOn!) return 'DEADLINE_PASSED';
  return null;
}

/**
 * Whether staff may record a response that came by letter or phone: the same, except that a
 * response can replace an earlier one and may have arrived on its last day though recorded later
 * (the day it was received is recorded with it).
 */
export function recordedResponseRefusal(state: ResponseFacts): ClosedForResponses | null {
  return closedForResponses(state);
}

export function canRespond(state: ResponseFacts, today: string): boolean {
  return responseRefusal(state, today) === null;
}
