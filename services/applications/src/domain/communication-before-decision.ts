import type { RuleIssue } from '@omsorg/rules';
import { COMMUNICATION_EXCEPTION_NOTE_MAX_LENGTH, isAdverseOutcome, type CommunicationException } from '@omsorg/rules/applications';

export { COMMUNICATION_EXCEPTION_NOTE_MAX_LENGTH, COMMUNICATION_EXCEPTIONS, type CommunicationException } from '@omsorg/rules/applications';

/** The investigation's communication as the case holds it (an Investigation will do; a field left out is not set). */
export type CommunicationFacts = { communicatedAt?: Date | null; responseDueOn?: string | null; respondedAt?: Date | null };

/**
 * Where communication before the decision stands (förvaltningslagen 25 §): not yet sent, sent
 * with the response window still open (up to and including its last Stockholm day), answered,
 * or the window passed without an answer.
 */
export type CommunicationStatus =
  | { state: 'NOT_COMMUNICATED'; responseDueOn: null }
  | { state: 'WINDOW_OPEN' | 'RESPONDED' | 'WINDOW_PASSED'; responseDueOn: string };
export type CommunicationState = CommunicationStatus['state'];

export function communicationStatus(facts: CommunicationFacts | null, today: string): CommunicationStatus {
  if (!facts?.communicatedAt || !facts.responseDueOn) return { state: 'NOT_COMMUNICATED', responseDueOn: null };
  if (facts.respondedAt) return { state: 'RESPONDED', responseDueOn: facts.responseDueOn };
  return { state: today > facts.responseDueOn ? 'WINDOW_PASSED' : 'WINDOW_OPEN', responseDueOn: facts.responseDueOn };
}

/** Communication is complete once the applicant answered or the last day to answer has passed. */
function isCommunicationComplete(status: CommunicationStatus): boolean {
  return status.state === 'RESPONDED' || status.state === 'WINDOW_PASSED';
}

/** What the decision maker chose: the outcome, and an exception from 25 § with why it applies. */
export type CommunicationChoice = { outcome: string; exception: CommunicationException | null; note: string | null };

/**
 * Why a decision may not be made yet for want of communication, as issues on the exception
 * fields; empty when it may. A decision that grants the service as asked needs nothing. One that
 * denies or grants in part needs communication complete, or an exception with a note. A date in
 * the params is the last day of the open window, "YYYY-MM-DD", for the caller to write out.
 */
export function communicationIssues(choice: CommunicationChoice, status: CommunicationStatus): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const note = choice.note?.trim() ?? '';
  if (note.length > COMMUNICATION_EXCEPTION_NOTE_MAX_LENGTH) {
    issues.push({ field: 'communicationExceptionNote', key: 'validation.tooLong', params: { maximum: COMMUNICATION_EXCEPTION_NOTE_MAX_LENGTH } });
  }
  if (!isAdverseOutcome(choice.outcome) || isCommunicationComplete(status)) return issues;
  if (choice.exception === null) {
    issues.push(
      status.state === 'WINDOW_OPEN'
        ? { field: 'communicationException', key: 'validation.communication.windowOpen', params: { date: status.responseDueOn } }
        : { field: 'communicationException', key: 'validation.communication.missing' },
    );
  } else if (note === '') {
    issues.push({ field: 'communicationExceptionNote', key: 'validation.communication.noteRequired' });
  }
  return issues;
}

/**
 * The exception to keep with the decision: only when the decision rests on it (adverse, and
 * communication not complete), so a record never claims an exception that was not needed.
 */
export function exceptionToRecord(choice: CommunicationChoice, status: CommunicationStatus): { exception: CommunicationException; note: string } | null {
  if (!choice.exception || !isAdverseOutcome(choice.outcome) || isCommunicationComplete(status)) return null;
  return { exception: choice.exception, note: choice.note?.trim() ?? '' };
}
