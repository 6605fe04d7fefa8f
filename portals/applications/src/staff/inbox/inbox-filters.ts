import { ApplicationStatus, ServiceType, type InboxFilter } from '../../generated/graphql.ts';

/**
 * The inbox filters live in the address (?status=nya&insats=SAFETY_ALARM&handlaggare=mina), so
 * a filtered list can be bookmarked, shared with a colleague and survives a reload.
 */
export type StatusFilter = 'open' | 'all' | ApplicationStatus;
export type AssigneeFilter = 'all' | 'mine' | 'unassigned' | { id: string };

export interface InboxFilters {
  status: StatusFilter;
  serviceType: ServiceType | null;
  area: string;
  assignee: AssigneeFilter;
  urgent: boolean;
  overdue: boolean;
}

export type InboxView = 'applications' | 'callbacks';

const isServiceType = (value: string): value is ServiceType => (Object.values(ServiceType) as string[]).includes(value);

export const openStatuses: readonly ApplicationStatus[] = [ApplicationStatus.Submitted, ApplicationStatus.InInvestigation, ApplicationStatus.Communicated];

export const defaultFilters: InboxFilters = { status: 'open', serviceType: null, area: '', assignee: 'all', urgent: false, overdue: false };

const statusSlugs: Record<Exclude<StatusFilter, 'open'>, string> = {
  all: 'alla',
  DRAFT: 'utkast',
  SUBMITTED: 'nya',
  IN_INVESTIGATION: 'utreds',
  COMMUNICATED: 'kommunicerade',
  DECIDED: 'beslutade',
  CLOSED: 'avslutade',
};

export type RouteQuery = Record<string, string | null | undefined | Array<string | null>>;

function single(value: RouteQuery[string]): string {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first.trim() : '';
}

export function filtersFromQuery(query: RouteQuery): InboxFilters {
  const statusSlug = single(query.status);
  const status = (Object.entries(statusSlugs).find(([, slug]) => slug === statusSlug)?.[0] as StatusFilter | undefined) ?? 'open';
  const service = single(query.insats);
  const assigneeText = single(query.handlaggare);
  let assignee: AssigneeFilter = 'all';
  if (assigneeText === 'mina') assignee = 'mine';
  else if (assigneeText === 'ej-tilldelade') assignee = 'unassigned';
  else if (/^[\w-]{1,64}$/.test(assigneeText)) assignee = { id: assigneeText };
  return {
    status,
    serviceType: isServiceType(service) ? service : null,
    area: single(query.omrade).slice(0, 100),
    assignee,
    urgent: single(query.bradskande) === 'ja',
    overdue: single(query.forsenade) === 'ja',
  };
}

/** Only what differs from the defaults, so the plain inbox has a plain address. */
export function filtersToQuery(filters: InboxFilters): Record<string, string> {
  const query: Record<string, string> = {};
  if (filters.status !== 'open') query.status = statusSlugs[filters.status];
  if (filters.serviceType) query.insats = filters.serviceType;
  if (filters.area.trim()) query.omrade = filters.area.trim();
  if (filters.assignee === 'mine') query.handlaggare = 'mina';
  else if (filters.assignee === 'unassigned') query.handlaggare = 'ej-tilldelade';
  else if (typeof filters.assignee === 'object') query.handlaggare = filters.assignee.id;
  if (filters.urgent) query.bradskande = 'ja';
  if (filters.overdue) query.forsenade = 'ja';
  return query;
}

export function viewFromQuery(query: RouteQuery): InboxView {
  return single(query.vy) === 'aterringningar' ? 'callbacks' : 'applications';
}

export function pageFromQuery(query: RouteQuery): number {
  const page = Number.parseInt(single(query.sida), 10);
  return Number.isFinite(page) && page > 0 ? Math.min(page, 10_000) : 1;
}

export function toInboxFilterInput(filters: InboxFilters): InboxFilter {
  const input: InboxFilter = {};
  if (filters.status === 'open') input.status = [...openStatuses];
  else if (filters.status !== 'all') input.status = [filters.status];
  if (filters.serviceType) input.serviceType = filters.serviceType;
  if (filters.area.trim()) input.area = filters.area.trim();
  if (filters.assignee === 'mine') input.mine = true;
  else if (filters.assignee === 'unassigned') input.unassigned = true;
  else if (typeof filters.assignee === 'object') input.assigneeId = filters.assignee.id;
  if (filters.urgent) input.urgent = true;
  if (filters.overdue) input.overdue = true;
  return input;
}

export function hasActiveFilters(filters: InboxFilters): boolean {
  return Object.keys(filtersToQuery(filters)).length > 0;
}

/** The statuses a person can pick in the filter, in the order a case moves. */
export const statusFilterOptions: readonly StatusFilter[] = ['open', ...Object.values(ApplicationStatus).filter((s) => s !== ApplicationStatus.Draft), 'all'];

/** The form's values as strings (selects and text fields) and back. */
export interface InboxFilterForm {
  status: string;
  serviceType: string;
  area: string;
  assignee: string;
  urgent: boolean;
  overdue: boolean;
}

export function toFilterForm(filters: InboxFilters): InboxFilterForm {
  return {
    status: filters.status,
    serviceType: filters.serviceType ?? '',
    area: filters.area,
    assignee: typeof filters.assignee === 'object' ? `id:${filters.assignee.id}` : filters.assignee,
    urgent: filters.urgent,
    overdue: filters.overdue,
  };
}

export function fromFilterForm(form: InboxFilterForm): InboxFilters {
  const status = (statusFilterOptions as readonly string[]).includes(form.status) ? (form.status as StatusFilter) : 'open';
  let assignee: AssigneeFilter = 'all';
  if (form.assignee === 'mine' || form.assignee === 'unassigned') assignee = form.assignee;
  else if (form.assignee.startsWith('id:') && form.assignee.length > 3) assignee = { id: form.assignee.slice(3) };
  return {
    status,
    serviceType: isServiceType(form.serviceType) ? form.serviceType : null,
    area: form.area.trim(),
    assignee,
    urgent: form.urgent,
    overdue: form.overdue,
  };
}
