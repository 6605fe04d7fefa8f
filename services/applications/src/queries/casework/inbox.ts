import { raw, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import type { QBFilterQuery } from '@mikro-orm/postgresql';
import { execute, type RequestContext, type StaffActor } from '@omsorg/platform';
import type { ApplicationStatus } from '../../domain/application-status.ts';
import { addDaysTo } from '../../domain/calendar.ts';
import { INBOX_DUE_DAYS, inboxStatuses, OPEN_STATUSES, overdueIfSubmittedBefore, STAFF_VISIBLE_STATUSES } from '../../domain/inbox.ts';
import { NO_ASSIGNEE } from '../../entities/work-tallies.ts';
import { WORK_KINDS, type InboxSortField, type SortDirection, type WorkKind } from '../../domain/work-list.ts';
import { byServiceTypeOrder, type ServiceType } from '../../domain/service-types.ts';
import { Application } from '../../entities/application.ts';
import { applicationsDatabase } from '../../database.ts';
import { isUuid, staffCaseFilter, staffCallbackFilter } from '../../domain/access.ts';
import { hasAnyWork, sqlList, unitWorkRows } from './work-sql.ts';

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

/** Decided and closed: a case staff see that is no longer an open application. */
const CLOSED_STATUSES = STAFF_VISIBLE_STATUSES.filter((status) => !OPEN_STATUSES.includes(status));
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

/** A case as the inbox lists it: a read model, plain data, never an entity the request tracks. */
export type InboxRow = {
  id: string;
  reference: string | null;
  status: ApplicationStatus;
  version: number;
  submittedAt: Date | null;
  createdAt: Date;
  urgent: boolean;
  districtArea: string | null;
  applicantId: string;
  assigneeId: string | null;
  /** The requested services' types, in the order letters list them (SERVICE_TYPES). */
  serviceTypes: ServiceType[];
};

const ROW_FIELDS = ['id', 'reference', 'status', 'version', 'submittedAt', 'createdAt', 'urgent', 'districtArea', 'applicantId', 'assigneeId'] as const;
type PageRow = Omit<InboxRow, 'serviceTypes'>;

/**
 * One page of the inbox, most urgent and earliest due first, as plain rows with their services'
 * types: two statements (plus the total, unless the tab counts give it). The filter is the same
 * query the ORM would run; only the rows come back as data, not as entities to hydrate and track.
 */
export async function inboxPage(
  context: RequestContext,
  actor: StaffActor,
  filter: InboxFilter,
  page: { offset: number; limit: number },
  today: string,
  withTotal: boolean,
  sort?: InboxSort | null,
): Promise<[InboxRow[], number | null]> {
  const where = inboxWhere(actor, filter, today);
  const query = context.em
    .createQueryBuilder(Application, 'a')
    .select([...ROW_FIELDS])
    // The filter em.find would take. The builder's type refuses the bare RegExp a FilterQuery may
    // be (at any depth of $and); inboxWhere never gives one.
    .where(where as QBFilterQuery<Application, 'a'>)
    .orderBy(inboxOrder(sort))
    .limit(page.limit)
    .offset(page.offset);
  const [rows, total] = await Promise.all([query.execute<PageRow[]>('all', true), withTotal ? context.em.count(Application, where) : Promise.resolve(null)]);
  const types = await serviceTypesOf(context, rows.map((row) => row.id));
  return [rows.map((row) => ({ ...row, serviceTypes: types.get(row.id) ?? [] })), total];
}

/** The requested services' types of these cases, in the order letters list them: one statement. */
async function serviceTypesOf(context: RequestContext, ids: readonly string[]): Promise<Map<string, ServiceType[]>> {
  const types = new Map<string, ServiceType[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return types;
  const rows = await execute<Array<{ application_id: string; service_type: ServiceType }>>(
    context.em,
    `select application_id, service_type from "${applicationsDatabase.schema}"."requested_service" where application_id in (${ids.map(() => '?').join(', ')})`,
    [...ids],
  );
  for (const row of rows) types.get(row.application_id)?.push(row.service_type);
  for (const list of types.values()) list.sort(byServiceTypeOrder);
  return types;
}

/**
 * The inbox tabs' counts for the unit in one statement: the open applications from the
 * trigger-kept inbox_tally (a few hundred rows, whatever the number of cases), and the decided
 * and closed cases with work from the trigger-kept case_work (work-sql.ts). Each count is the total of
 * the list its tab opens (totalCountKey), so a number never disagrees with its table.
 */
export async function inboxCounts(context: RequestContext, actor: StaffActor, today: string): Promise<InboxCounts> {
  const schema = applicationsDatabase.schema;
  const work = unitWorkRows(actor.unit, today);
  const me = actor.staffId;
  // Each case with decided work once, with the kinds it has; then every count in one pass over
  // those cases and one over the tally.
  const [row] = await execute<Record<keyof InboxCounts, string | number>[]>(
    context.em,
    `with cases as (
       select w.application_id, w.assignee_key, w.urgent, w.status in (${sqlList(CLOSED_STATUSES)}) as decided,
              bool_or(w.kind = 'OPEN_APPEAL') as appeal, bool_or(w.kind = 'SERVICE_NOT_ORDERED') as not_ordered,
              bool_or(w.kind = 'PLAN_OVERDUE') as plan, bool_or(w.kind = 'FOLLOW_UP_DUE') as follow_up
         from (${work.sql}) w where w.status in (${sqlList(STAFF_VISIBLE_STATUSES)})
        group by w.application_id, w.assignee_key, w.urgent, w.status),
     worked as (
       select count(*) filter (where decided) as decided,
              count(*) filter (where decided and assignee_key = ?) as decided_mine,
              count(*) filter (where decided and assignee_key = ?) as decided_unassigned,
              count(*) filter (where decided and urgent) as decided_urgent,
              count(*) filter (where appeal) as appeals, count(*) filter (where appeal and assignee_key = ?) as my_appeals,
              count(*) filter (where not_ordered) as not_ordered, count(*) filter (where not_ordered and assignee_key = ?) as my_not_ordered,
              count(*) filter (where plan) as plans, count(*) filter (where plan and assignee_key = ?) as my_plans,
              count(*) filter (where follow_up) as follow_ups, count(*) filter (where follow_up and assignee_key = ?) as my_follow_ups
         from cases),
     tally as (
       select coalesce(sum(cases), 0) as open,
              coalesce(sum(cases) filter (where status = 'SUBMITTED'), 0) as submitted,
              coalesce(sum(cases) filter (where status = 'SUBMITTED' and assignee_key = ?), 0) as my_submitted,
              coalesce(sum(cases) filter (where assignee_key = ?), 0) as mine,
              coalesce(sum(cases) filter (where assignee_key = ?), 0) as unassigned,
              coalesce(sum(cases) filter (where urgent), 0) as urgent,
              coalesce(sum(cases) filter (where submitted_on < ?), 0) as overdue
         from "${schema}"."inbox_tally" where unit = ? and cases > 0)
     select t.open as "open", t.submitted as "submitted",
            t.mine + w.decided_mine as "mine", t.unassigned + w.decided_unassigned as "unassigned",
            t.urgent + w.decided_urgent as "urgent", t.overdue as "overdue", t.open + w.decided as "work",
            w.appeals as "openAppeals", w.not_ordered as "servicesNotOrdered", w.plans as "plansOverdue", w.follow_ups as "followUpsDue",
            t.my_submitted as "mineSubmitted", w.my_appeals as "mineOpenAppeals", w.my_not_ordered as "mineServicesNotOrdered",
            w.my_plans as "minePlansOverdue", w.my_follow_ups as "mineFollowUpsDue",
            (select count(*) from "${schema}"."callback_request" c where c.unit = ? and c.completed_at is null) as "openCallbacks"
       from tally t, worked w`,
    [
      ...work.params,
      me,
      NO_ASSIGNEE,
      me,
      me,
      me,
      me,
      me,
      me,
      NO_ASSIGNEE,
      addDaysTo(today, -INBOX_DUE_DAYS),
      actor.unit,
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
