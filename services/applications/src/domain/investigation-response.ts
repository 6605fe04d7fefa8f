/** How long a written response to a communicated investigation may be (written once, with the page). */
export { INVESTIGATION_RESPONSE_MAX_LENGTH } from '@omsorg/rules/applications';

export type CommunicationState = { communicatedAt: Date | null; responseDueOn: string | null; response: string | null };

export type ResponseRefusal = 'NOT_COMMUNICATED' | 'ALREADY_RESPONDED' | 'DEADLINE_PASSED';

/**
 * Whether the applicant may still respond to the investigation sent to them (kommunicering,
 * förvaltningslagen 25 §): only once it was communicated, once, up to and including the last
 * day given in the letter.
 */
export function responseRefusal(state: CommunicationState, today: string): ResponseRefusal | null {
  if (state.communicatedAt === null || state.responseDueOn === null) return 'NOT_COMMUNICATED';
  if (state.response !== null) return 'ALREADY_RESPONDED';
  if (today > state.responseDueOn) return 'DEADLINE_PASSED';
  return null;
}

export function canRespond(state: CommunicationState, today: string): boolean {
  return responseRefusal(state, today) === null;
}
