import { addDaysTo } from './calendar.ts';
import { appealDeadline, isAppealInTime } from './appeal-deadline.ts';
import { dayInStockholm } from './stockholm-time.ts';

/** How long an appeal may be (written once; the appeal page says it before sending). */
export { APPEAL_TEXT_MAX_LENGTH } from '@omsorg/rules/applications';
/** A letter sent by post is taken as received two days after the decision. */
export const POSTAL_DAYS = 2;
/** Appeals the unit or the court has not finished with: no second appeal meanwhile. */
export const OPEN_APPEAL_STATUSES: readonly string[] = ['RECEIVED', 'FORWARDED_TO_COURT'];

export type AppealableDecision = { status: 'PROPOSED' | 'DECIDED' | 'SUPERSEDED'; notifiedOn?: string | null; decidedAt?: Date | null };

export type AppealRefusal = 'NOT_DECIDED' | 'SUPERSEDED' | 'ALREADY_APPEALED';

/**
 * Whether the applicant may appeal this decision online: it must be decided and still in
 * force, with no appeal of it still open. Lateness does not refuse an appeal.
 */
export function appealRefusal(decision: AppealableDecision, appeals: ReadonlyArray<{ status: string }>): AppealRefusal | null {
  if (decision.status === 'PROPOSED') return 'NOT_DECIDED';
  if (decision.status === 'SUPERSEDED') return 'SUPERSEDED';
  if (appeals.some((appeal) => OPEN_APPEAL_STATUSES.includes(appeal.status))) return 'ALREADY_APPEALED';
  return null;
}

/** The day the applicant was notified: as recorded, else the decision day plus the postal days. */
export function notificationDay(decision: Pick<AppealableDecision, 'notifiedOn' | 'decidedAt'>): string | null {
  if (decision.notifiedOn) return decision.notifiedOn;
  return decision.decidedAt ? addDaysTo(dayInStockholm(decision.decidedAt), POSTAL_DAYS) : null;
}

/** The last day to appeal, computed from the notification day, never typed. */
export function appealDeadlineOf(decision: Pick<AppealableDecision, 'notifiedOn' | 'decidedAt'>): string | null {
  const notified = notificationDay(decision);
  return notified ? appealDeadline(notified) : null;
}

/**
 * Whether an appeal received on `receivedOn` is in time. A late appeal is still registered:
 * the authority decides whether to dismiss it.
 */
export function appealInTime(decision: Pick<AppealableDecision, 'notifiedOn' | 'decidedAt'>, receivedOn: string): boolean {
  const notified = notificationDay(decision);
  return notified === null || isAppealInTime(notified, receivedOn);
}
