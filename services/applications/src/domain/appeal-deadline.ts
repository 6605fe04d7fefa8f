import { addDaysTo, nextWorkingDay } from './calendar.ts';

/** Three weeks, counted from the day the person was notified of the decision. */
export const APPEAL_PERIOD_DAYS = 21;

/**
 * The last day an appeal may reach the municipality (förvaltningslagen 44 §). Computed from
 * the date of notification, never typed by hand: a letter with a wrong date drew a complaint.
 */
export function appealDeadline(notifiedOn: string): string {
  return nextWorkingDay(addDaysTo(notifiedOn, APPEAL_PERIOD_DAYS));
}

/** A late appeal is still registered; the authority then decides whether to dismiss it. */
export function isAppealInTime(notifiedOn: string, receivedOn: string): boolean {
  return receivedOn <= appealDeadline(notifiedOn);
}
