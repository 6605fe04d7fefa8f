import { addDaysTo } from './calendar.ts';
import { deliveryDeadline, daysBetween, isNotStartedInTime } from './deadlines.ts';

/** The quarter's format is the rule the staff portal checks too (@omsorg/rules). */
export { isQuarter } from '@omsorg/rules/applications';

/** First and last day of a quarter written "2026-Q4". */
export function quarterBounds(quarter: string): { from: string; to: string } {
  const year = Number(quarter.slice(0, 4));
  const index = Number(quarter.slice(6)) - 1;
  const from = `${year}-${String(index * 3 + 1).padStart(2, '0')}-01`;
  const nextFrom = index === 3 ? `${year + 1}-01-01` : `${year}-${String(index * 3 + 4).padStart(2, '0')}-01`;
  return { from, to: addDaysTo(nextFrom, -1) };
}

export type GrantedDecision = { decidedOn: string; startedOn: string | null };

/**
 * Whether a granted decision belongs on the quarter's report to the inspectorate (IVO): not
 * carried out within three months, as of the quarter's end (or today, for the running quarter),
 * and not already carried out before the quarter began.
 */
export function isReportedForQuarter(decision: GrantedDecision, quarter: { from: string; to: string }, today: string): boolean {
  const asOf = today < quarter.to ? today : quarter.to;
  if (decision.startedOn !== null && decision.startedOn < quarter.from) return false;
  return isNotStartedInTime(decision, asOf);
}

/** Days from decision to start, or to the report day while still waiting. */
export function daysWaiting(decision: GrantedDecision, quarter: { to: string }, today: string): number {
  const asOf = today < quarter.to ? today : quarter.to;
  const end = decision.startedOn !== null && decision.startedOn < asOf ? decision.startedOn : asOf;
  return daysBetween(decision.decidedOn, end);
}

/** The last decision day that can be overdue as of a day: narrows what the database returns. */
export function latestDecisionDayOverdueOn(day: string): string {
  // deliveryDeadline adds three calendar months; stepping back 3 months and 3 days is always early enough.
  let candidate = addDaysTo(day, -89);
  while (deliveryDeadline(candidate) >= day) candidate = addDaysTo(candidate, -1);
  return candidate;
}
