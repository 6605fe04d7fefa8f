import type { FilterQuery } from '@mikro-orm/core';
import type { RequestContext, StaffActor } from '@omsorg/platform';
import type { ApplicationStatus } from '../../domain/application-status.ts';
import { inboxStatuses, OPEN_STATUSES, overdueIfSubmittedBefore } from '../../domain/inbox.ts';
import type { ServiceType } from '../../domain/service-types.ts';
import { Application } from '../../entities/application.ts';
import { applicationsDatabase } from '../../database.ts';
import { isUuid, staffCaseFilter } from '../../domain/access.ts';

export type InboxFilter = {
  status?: ApplicationStatus[] | null;
  serviceType?: ServiceType | null;
  area?: string | null;
  assigneeId?: string | null;
  unassigned?: boolean | null;
  mine?: boolean | null;
  urgent?: boolean | null;
  overdue?: boolean | null;
};

export type InboxCounts = { open: number; submitted: number; mine: number; unassigned: number; urgent: number; overdue: number; openCallbacks: number };

/** The unfiltered inbox: its total is the count of open cases, which the tab counts already have. */
export function isUnfiltered(filter: InboxFilter): boolean {
  const statuses = inboxStatuses(filter.status);
  const defaultStatuses = statuses.length === OPEN_STATUSES.length && OPEN_STATUSES.every((status) => statuses.includes(status));
  return (
    defaultStatuses &&
    !filter.serviceType &&
    !filter.area &&
    !filter.assigneeId &&
    !filter.unassigned &&
    !filter.mine &&
    (filter.urgent === null || filter.urgent === undefined) &&
    (filter.overdue === null || filter.overdue === undefined)
  );
}

/** The inbox filter as a query on the staff member's own unit; drafts never match. */
export function inboxWhere(actor: StaffActor, filter: InboxFilter, today: string): FilterQuery<Application> {
  const conditions: FilterQuery<Application>[] = [staffCaseFilter(actor), { status: { $in: inboxStatuses(filter.status) } }];
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

const INBOX_ORDER = [{ urgent: 'desc' }, { submittedAt: 'asc' }, { id: 'asc' }] as const;

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
): Promise<[Application[], number | null]> {
  const options = {
    populate: ['requestedServices'] as const,
    populateWhere: 'all' as const,
    strategy: 'select-in' as const,
    orderBy: [...INBOX_ORDER],
    limit: page.limit,
    offset: page.offset,
  };
  const where = inboxWhere(actor, filter, today);
  if (withTotal) return context.em.findAndCount(Application, where, options);
  return [await context.em.find(Application, where, options), null];
}

/** The inbox tabs' counts for the unit, in one statement. */
export async function inboxCounts(context: RequestContext, actor: StaffActor, today: string): Promise<InboxCounts> {
  const schema = applicationsDatabase.schema;
  const open = OPEN_STATUSES.map((status) => `'${status}'`).join(', ');
  const [row] = await context.em.getConnection().execute<Record<keyof InboxCounts, string | number>[]>(
    `select
       count(*) as "open",
       count(*) filter (where a.status = 'SUBMITTED') as "submitted",
       count(*) filter (where a.assignee_id = ?) as "mine",
       count(*) filter (where a.assignee_id is null) as "unassigned",
       count(*) filter (where a.urgent) as "urgent",
       count(*) filter (where a.submitted_at < ?) as "overdue",
       (select count(*) from "${schema}"."callback_request" c where c.unit = ? and c.completed_at is null) as "openCallbacks"
     from "${schema}"."application" a
     where a.unit = ? and a.status in (${open})`,
    [actor.staffId, overdueIfSubmittedBefore(today), actor.unit, actor.unit],
  );
  const number = (value: string | number | undefined) => Number(value ?? 0);
  return {
    open: number(row?.open),
    submitted: number(row?.submitted),
    mine: number(row?.mine),
    unassigned: number(row?.unassigned),
    urgent: number(row?.urgent),
    overdue: number(row?.overdue),
    openCallbacks: number(row?.openCallbacks),
  };
}
