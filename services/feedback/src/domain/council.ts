import { addDaysTo } from '@omsorg/rules/swedish-calendar';

export { COUNCIL_TEXT_MAX_LENGTH, RESPONSIBLE_MAX_LENGTH } from '@omsorg/rules/feedback';

/*
 * The quality council ("kvalitetsråd"): one meeting per unit and month, an agenda built from
 * what came in since the last meeting and what is still open, decisions, and actions followed
 * up until they are done.
 */

export const COUNCIL_MEETING_STATUSES = ['PLANNED', 'HELD'] as const;
export type CouncilMeetingStatus = (typeof COUNCIL_MEETING_STATUSES)[number];

/** What an agenda item points at. */
export const AGENDA_ITEM_KINDS = ['FEEDBACK', 'DEVIATION', 'LEX_SARAH'] as const;
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number];


/** "YYYY-MM" of a day. */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/**
 * Where "what came in since the last meeting" starts: the day after the unit's previous meeting,
 * or, for a unit's first meeting, the first day of the month before.
 */
export function agendaPeriodStart(meetingOn: string, previousMeetingOn: string | null): string {
  if (previousMeetingOn) return addDaysTo(previousMeetingOn, 1);
  const [y, m] = meetingOn.split('-').map(Number) as [number, number];
  const prev = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
  return `${prev}-01`;
}

/** An action is overdue when it is not done and its day has passed. */
export function isActionOverdue(action: { dueOn: string; doneAt?: Date | null }, today: string): boolean {
  return !action.doneAt && today > action.dueOn;
}
