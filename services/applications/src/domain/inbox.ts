import type { ApplicationStatus } from './application-status.ts';
import { addDaysTo } from './calendar.ts';
import { dayInStockholm, startOfDayInStockholm } from './stockholm-time.ts';

/** An application waiting in the inbox should be investigated and decided promptly (002 L60). */
export const INBOX_DUE_DAYS = 14;

/** Statuses the inbox shows unless a filter asks for others: not yet decided, not closed. */
export const OPEN_STATUSES: readonly ApplicationStatus[] = ['SUBMITTED', 'IN_INVESTIGATION', 'COMMUNICATED'];

/** Staff never see a draft: it is the citizen's until submitted. */
export const STAFF_VISIBLE_STATUSES: readonly ApplicationStatus[] = ['SUBMITTED', 'IN_INVESTIGATION', 'COMMUNICATED', 'DECIDED', 'CLOSED'];

export function inboxDueOn(submittedAt: Date): string {
  return addDaysTo(dayInStockholm(submittedAt), INBOX_DUE_DAYS);
}

export function isInboxOverdue(application: { status: ApplicationStatus; submittedAt?: Date | null }, today: string): boolean {
  if (!application.submittedAt || !OPEN_STATUSES.includes(application.status)) return false;
  return today > inboxDueOn(application.submittedAt);
}

/**
 * An open application submitted before this instant is overdue today: its Stockholm day plus
 * 14 is before today. Lets the database filter and count what `isInboxOverdue` decides.
 */
export function overdueIfSubmittedBefore(today: string): Date {
  return startOfDayInStockholm(addDaysTo(today, -INBOX_DUE_DAYS));
}

/**
 * The statuses to show for a filter, never drafts: open ones by default; every status a member
 * of staff may see when the filter asks for kinds of work instead (an open appeal is work on a
 * decided case).
 */
export function inboxStatuses(requested: readonly ApplicationStatus[] | null | undefined, byWork = false): ApplicationStatus[] {
  if (!requested || requested.length === 0) return byWork ? [...STAFF_VISIBLE_STATUSES] : [...OPEN_STATUSES];
  return requested.filter((status) => STAFF_VISIBLE_STATUSES.includes(status));
}
