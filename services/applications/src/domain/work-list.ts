import { addDaysTo } from './calendar.ts';
import { IMPLEMENTATION_PLAN_DAYS } from './deadlines.ts';

/**
 * What a case can be waiting for from its caseworker ("att göra"): an application to investigate
 * and decide, an appeal to reconsider or follow to court, a granted service to order, an
 * implementation plan the provider has not sent (14 days after the order), a follow-up whose day
 * has come. A decided case with any of these is still work, so the work list shows it.
 */
export const WORK_KINDS = ['OPEN_APPLICATION', 'OPEN_APPEAL', 'SERVICE_NOT_ORDERED', 'PLAN_OVERDUE', 'FOLLOW_UP_DUE'] as const;
export type WorkKind = (typeof WORK_KINDS)[number];

/** The work kinds a request names, known ones only, each once; all of them when none is named. */
export function workKinds(requested: readonly string[] | null | undefined): WorkKind[] {
  if (!requested || requested.length === 0) return [...WORK_KINDS];
  return WORK_KINDS.filter((kind) => requested.includes(kind));
}

/** An order placed before this day without a plan is overdue today (isImplementationPlanMissing). */
export function planOverdueIfOrderedBefore(today: string): string {
  return addDaysTo(today, -IMPLEMENTATION_PLAN_DAYS);
}

/** A follow-up not done is due from its day on. */
export function isFollowUpDue(followUp: { dueOn: string; completedOn: string | null }, today: string): boolean {
  return followUp.completedOn === null && followUp.dueOn <= today;
}

/** A granted service in force with no order yet: it is to be ordered from a provider. */
export function isServiceToOrder(
  decision: { status: string; outcome: string; validTo: string | null },
  orders: number,
  today: string,
): boolean {
  return decision.status === 'DECIDED' && decision.outcome !== 'DENIED' && (decision.validTo === null || decision.validTo >= today) && orders === 0;
}

/** Sort keys of the inbox; the urgent ones first stays the default. */
export const INBOX_SORT_FIELDS = ['PRIORITY', 'REFERENCE', 'RECEIVED', 'STATUS', 'AREA'] as const;
export type InboxSortField = (typeof INBOX_SORT_FIELDS)[number];
export type SortDirection = 'ASC' | 'DESC';
