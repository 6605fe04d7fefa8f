import { raw, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import type { RequestContext, StaffActor } from '@omsorg/platform';
import type { ApplicationStatus } from '../../domain/application-status.ts';
import { addDaysTo } from '../../domain/calendar.ts';
import { INBOX_DUE_DAYS, inboxStatuses, OPEN_STATUSES, overdueIfSubmittedBefore, STAFF_VISIBLE_STATUSES } from '../../domain/inbox.ts';
import { NO_ASSIGNEE } from '../../entities/work-tallies.ts';
import { WORK_KINDS, type InboxSortField, type SortDirection, type WorkKind } from '../../domain/work-list.ts';
import type { ServiceType } from '../../domain/service-types.ts';
import { Application } from '../../entities/application.ts';
import { applicationsDatabase } from '../../database.ts';
import { isUuid, staffCaseFilter, staffCallbackFilter } from '../../domain/access.ts';
import { hasAnyWork, unitWorkRows, type DecidedWorkKind } from './work-sql.ts';

export type InboxFilter = {
  status?: ApplicationStatus[] | null;
  serviceType?: ServiceType | null;
  area?: string | null;
  assigneeId?: string | null;
  unassigned?: boolean | null;
  mine?: boolean | null;
  urgent?: boolean | null;
  overdue?: boolean | null;
  /** Cases with any of these kinds of work; with no status named, decided and closed cases too. */
  work?: WorkKind[] | null;
  /** The cases of one person (found by personnummer in identity). */
  applicantId?: string | null;
  /** The cases of these persons (found by name in identity). */
  applicantIds?: readonly (string | number)[] | null;
  /** A case number, whole or its start ("ANS-2026-0001"). */
  reference?: string | null;
};

export type InboxSort = { field: InboxSortField; direction: SortDirection };

export type InboxCounts = {
  /** Open applications (the default list). */
  open: number;
  submitted: number;
  /** Every case of yours with work of any kind, decided ones too. */
  mine: number;
  unassigned: number;
  urgent: number;
  overdue: number;
  openCallbacks: number;
  /** Cases with work of any kind ("att göra"). */
  work: number;
  openAppeals: number;
  servicesNotOrdered: number;
  plansOverdue: number;
  followUpsDue: number;
  /** Your cases by kind of work (the caseworker's start page): each the total of its list with `mine`. */
  mineSubmitted: number;
  mineOpenAppeals: number;
  mineServicesNotOrdered: number;
  minePlansOverdue: number;
  mineFollowUpsDue: number;
};

/** The count of one kind of work over the unit, and over your cases (null: no such count). */
const workCounts: Record<WorkKind, { unit: keyof InboxCounts; mine: keyof InboxCounts | null }> = {
  OPEN_APPLICATION: { unit: 'open', mine: null },
  OPEN_APPEAL: { unit: 'openAppeals', mine: 'mineOpenAppeals' },
  SERVICE_NOT_ORDERED: { unit: 'servicesNotOrdered', mine: 'mineServicesNotOrdered' },
  PLAN_OVERDUE: { unit: 'plansOverdue', mine: 'minePlansOverdue' },
  FOLLOW_UP_DUE: { unit: 'followUpsDue', mine: 'mineFollowUpsDue' },
};

const list = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && b.every((value) => a.includes(value));

/**
 * The tab count that is the total of this filter (the plain list, everything to do, your work,
 * one kind of work), so the common lists need no count of their own; null otherwise.
 */
export function totalCountKey(filter: InboxFilter): keyof InboxCounts | null {
  const work = filter.work && filter.work.length > 0 ? filter.work : null;
  const statuses = inboxStatuses(filter.status, work !== null);
  const narrowed =
    filter.serviceType || filter.area || filter.assigneeId || filter.unassigned || filter.applicantId || filter.applicantIds || filter.reference || filter.urgent != null || filter.overdue != null;
  if (narrowed) return null;
  if (!work) {
    if (filter.mine) return sameSet(statuses, ['SUBMITTED']) ? 'mineSubmitted' : null;
    return sameSet(statuses, OPEN_STATUSES) ? 'open' : null;
  }
  if (!sameSet(statuses, STAFF_VISIBLE_STATUSES)) return null;
  if (sameSet(work, WORK_KINDS)) return filter.mine ? 'mine' : 'work';
  if (work.length !== 1) return null;
  const counts = workCounts[work[0]!];
  return filter.mine ? counts.mine : counts.unit;
}

/** A case number as people type it, without spaces, its LIKE wildcards escaped: a search by its start, any case. */
export function referencePrefix(reference: string): string {
  return reference.replace(/\s+/g, '').replace(/[%_\\]/g, (character) => `\\${character}`);
}

/** The inbox filter as a query on the staff member's own unit; drafts never match. */
export function inboxWhere(actor: StaffActor, filter: InboxFilter, today: string): FilterQuery<Application> {
  const work = filter.work && filter.work.length > 0 ? filter.work : null;
  const conditions: FilterQuery<Application>[] = [staffCaseFilter(actor), { status: { $in: inboxStatuses(filter.status, work !== null) } }];
  if (work) {
    const anyWork = hasAnyWork(work, today, '__alias__');
    conditions.push({ [raw((alias: string) => anyWork.sql.replaceAll('__alias__', alias), anyWork.params)]: [] } as FilterQuery<Application>);
  }
  if (filter.applicantIds) conditions.push({ applicantId: { $in: filter.applicantIds.map(String).filter(isUuid) } });
  if (filter.applicantId) conditions.push({ applicantId: isUuid(filter.applicantId) ? filter.applicantId : '00000000-0000-0000-0000-000000000000' });
  if (filter.reference) conditions.push({ reference: { $ilike: `${referencePrefix(filter.reference)}%` } });
  if (filter.serviceType) conditions.push({ requestedServices: { serviceType: filter.serviceType } });
  if (filter.area) conditions.push({ districtArea: filter.area });
  if (filter.assigneeId) conditions.push({ assigneeId: isUuid(filter.assigneeId) ? filter.assigneeId : '00000000-0000-0000-0000-000000000000' });
  if (filter.unassigned) conditions.push({ assigneeId: null });
  if (filter.mine) conditions.push({ assigneeId: actor.staffId });
  if (filter.urgent !== null && filter.urgent !== undefined) conditions.push({ urgent: filter.urgent });
  const cutoff = overdueIfSubmittedBefore(today);
  if (filter.overdue === true) conditions.push({ status: { $in: [...OPEN_STATUSES] }, submittedAt: { $lt: cutoff } });
  if (filter.overdue === false) conditions.push({ $or: [{ status: { $nin: [...OPEN_STATUSES] } }, { submittedAt: { $gte: cutoff } }] });
  return { $and: conditions };
}

/** The order of a sort: the column asked for, then the default's earliest due first; id last, so pages never overlap. */
export function inboxOrder(sort: InboxSort | null | undefined): QueryOrderMap<Application>[] {
  const direction = sort?.direction === 'DESC' ? 'desc' : 'asc';
  const last: QueryOrderMap<Application>[] = [{ submittedAt: 'asc' }, { id: 'asc' }];
  switch (sort?.field ?? 'PRIORITY') {
    case 'REFERENCE':
      return [{ reference: direction }, { id: 'asc' }];
    case 'RECEIVED':
      return [{ submittedAt: direction }, { id: 'asc' }];
    case 'STATUS':
      return [{ status: direction }, ...last];
    case 'AREA':
      return [{ districtArea: direction === 'asc' ? 'asc nulls last' : 'desc nulls last' }, ...last];
    default:
      return direction === 'asc' ? [{ urgent: 'desc' }, ...last] : [{ urgent: 'asc' }, { submittedAt: 'desc' }, { id: 'desc' }];
  }
}

/**
 * One page of the inbox, most urgent and earliest due first, with the requested services: the
 * page and its services in two statements (plus the total, unless the tab counts give it).
 */
export async function inboxPage(
  context: RequestContext,
  actor: StaffActor,
  filter: InboxFilter,
  page: { offset: number; limit: number },
  today: string,
  withTotal: boolean,
  sort?: InboxSort | null,
): Promise<[Application[], number | null]> {
  const options = {
    populate: ['requestedServices'] as const,
    populateWhere: 'all' as const,
    strategy: 'select-in' as const,
    orderBy: inboxOrder(sort),
    limit: page.limit,
    offset: page.offset,
  };
  const where = inboxWhere(actor, filter, today);
  if (withTotal) return context.em.findAndCount(Application, where, options);
  return [await context.em.find(Application, where, options), null];
}

/**
 * The inbox tabs' counts for the unit in one statement: the open applications from the
 * trigger-kept inbox_tally (a few hundred rows, whatever the number of cases), and the decided
 * and closed cases with work from the trigger-kept case_work (work-sql.ts). Each count is the total of
 * the list its tab opens (totalCountKey), so a number never disagrees with its table.
 */
export async function inboxCounts(context: RequestContext, actor: StaffActor, today: string): Promise<InboxCounts> {
  const schema = applicationsDatabase.schema;
  const visible = list(STAFF_VISIBLE_STATUSES);
  const closed = list(STAFF_VISIBLE_STATUSES.filter((status) => !OPEN_STATUSES.includes(status)));
  const work = unitWorkRows(today);
  /** The unit's cases with this kind of work, or yours (the caseworker's id is then its parameter). */
  const casesWith = (kind: DecidedWorkKind, whose: 'unit' | 'mine' = 'unit') =>
    `(select count(distinct application_id) from work where kind = '${kind}'${whose === 'mine' ? ' and assignee_key = ?' : ''})`;
  const [row] = await context.em.getConnection().execute<Record<keyof InboxCounts, string | number>[]>(
    `with work as materialized (select * from (${work.sql}) w where w.status in (${visible})),
          -- The decided and closed cases with work, once each, with what the tabs filter on.
          decided as materialized (select distinct application_id, assignee_key, urgent from work where status in (${closed})),
          tally as materialized (select status, assignee_key, urgent, submitted_on, cases from "${schema}"."inbox_tally" where unit = ? and cases > 0)
     select
       (select coalesce(sum(cases), 0) from tally) as "open",
       (select coalesce(sum(cases), 0) from tally where status = 'SUBMITTED') as "submitted",
       (select coalesce(sum(cases), 0) from tally where assignee_key = ?) + (select count(*) from decided where assignee_key = ?) as "mine",
       (select coalesce(sum(cases), 0) from tally where assignee_key = ?) + (select count(*) from decided where assignee_key = ?) as "unassigned",
       (select coalesce(sum(cases), 0) from tally where urgent) + (select count(*) from decided where urgent) as "urgent",
       (select coalesce(sum(cases), 0) from tally where submitted_on < ?) as "overdue",
       (select coalesce(sum(cases), 0) from tally) + (select count(*) from decided) as "work",
       ${casesWith('OPEN_APPEAL')} as "openAppeals",
       ${casesWith('SERVICE_NOT_ORDERED')} as "servicesNotOrdered",
       ${casesWith('PLAN_OVERDUE')} as "plansOverdue",
       ${casesWith('FOLLOW_UP_DUE')} as "followUpsDue",
       (select coalesce(sum(cases), 0) from tally where status = 'SUBMITTED' and assignee_key = ?) as "mineSubmitted",
       ${casesWith('OPEN_APPEAL', 'mine')} as "mineOpenAppeals",
       ${casesWith('SERVICE_NOT_ORDERED', 'mine')} as "mineServicesNotOrdered",
       ${casesWith('PLAN_OVERDUE', 'mine')} as "minePlansOverdue",
       ${casesWith('FOLLOW_UP_DUE', 'mine')} as "mineFollowUpsDue",
       (select count(*) from "${schema}"."callback_request" c where c.unit = ? and c.completed_at is null) as "openCallbacks"`,
    [
      actor.unit,
      ...work.params,
      actor.unit,
      actor.staffId,
      actor.staffId,
      NO_ASSIGNEE,
      NO_ASSIGNEE,
      addDaysTo(today, -INBOX_DUE_DAYS),
      ...Array.from({ length: 5 }, () => actor.staffId),
      staffCallbackFilter(actor).unit,
    ],
  );
  const number = (key: keyof InboxCounts) => Number(row?.[key] ?? 0);
  return {
    open: number('open'),
    submitted: number('submitted'),
    mine: number('mine'),
    unassigned: number('unassigned'),
    urgent: number('urgent'),
    overdue: number('overdue'),
    openCallbacks: number('openCallbacks'),
    work: number('work'),
    openAppeals: number('openAppeals'),
    servicesNotOrdered: number('servicesNotOrdered'),
    plansOverdue: number('plansOverdue'),
    followUpsDue: number('followUpsDue'),
    mineSubmitted: number('mineSubmitted'),
    mineOpenAppeals: number('mineOpenAppeals'),
    mineServicesNotOrdered: number('mineServicesNotOrdered'),
    minePlansOverdue: number('minePlansOverdue'),
    mineFollowUpsDue: number('mineFollowUpsDue'),
  };
}
