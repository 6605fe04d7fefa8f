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

/**
 * An order placed before this day without a plan is overdue today (isImplementationPlanMissing).
 * The other kinds are stated once, in SQL: which rows are work in case_work_rows (the trigger-kept
 * case_work, Migration…_case_work), when they fall due in queries/casework/work-sql.ts (a
 * follow-up from its day on, a service to order while its decision is in force).
 */
export function planOverdueIfOrderedBefore(today: string): string {
  return addDaysTo(today, -IMPLEMENTATION_PLAN_DAYS);
}

/** Sort keys of the inbox; the urgent ones first stays the default. */
export const INBOX_SORT_FIELDS = ['PRIORITY', 'REFERENCE', 'RECEIVED', 'STATUS', 'AREA'] as const;
export type InboxSortField = (typeof INBOX_SORT_FIELDS)[number];
export type SortDirection = 'ASC' | 'DESC';
