import { ApplicationStatus, InboxSortField, InboxWork, ServiceType, SortDirection, type InboxFilter, type InboxSort } from '../../generated/graphql.ts';

/**
 * The inbox filters live in the address (?status=nya&insats=SAFETY_ALARM&handlaggare=mina), so
 * a filtered list can be bookmarked, shared with a colleague and survives a reload.
 */
/** 'todo' (the default): every case with something to do, decided ones too; 'all': every case. */
export type StatusFilter = 'todo' | 'open' | 'all' | ApplicationStatus;
export type AssigneeFilter = 'all' | 'mine' | 'unassigned' | { id: string };

export interface InboxFilters {
  status: StatusFilter;
  serviceType: ServiceType | null;
  area: string;
  assignee: AssigneeFilter;
  urgent: boolean;
  overdue: boolean;
  /** One kind of work only ("Överklaganden", "Att beställa" …); null for every kind. */
  work: InboxWork | null;
  /** A personnummer or a case number (see inbox-search.ts). */
  search: string;
}

export type InboxView = 'applications' | 'callbacks';

const isServiceType = (value: string): value is ServiceType => (Object.values(ServiceType) as string[]).includes(value);

export const openStatuses: readonly ApplicationStatus[] = [ApplicationStatus.Submitted, ApplicationStatus.InInvestigation, ApplicationStatus.Communicated];

export const defaultFilters: InboxFilters = { status: 'todo', serviceType: null, area: '', assignee: 'all', urgent: false, overdue: false, work: null, search: '' };

/** Every status staff may see, which is what "Alla, även beslutade och avslutade" asks for. */
export const visibleStatuses: readonly ApplicationStatus[] = Object.values(ApplicationStatus).filter((status) => status !== ApplicationStatus.Draft);

const statusSlugs: Record<Exclude<StatusFilter, 'todo'>, string> = {
  open: 'oppna',
  all: 'alla',
  DRAFT: 'utkast',
  SUBMITTED: 'nya',
  IN_INVESTIGATION: 'utreds',
  COMMUNICATED: 'kommunicerade',
  DECIDED: 'beslutade',
  CLOSED: 'avslutade',
};

const workSlugs: Record<InboxWork, string> = {
  OPEN_APPLICATION: 'ansokningar',
  OPEN_APPEAL: 'overklaganden',
  SERVICE_NOT_ORDERED: 'att-bestalla',
  PLAN_OVERDUE: 'genomforandeplaner',
  FOLLOW_UP_DUE: 'uppfoljningar',
};

export const SEARCH_MAX_LENGTH = 100;

export type RouteQuery = Record<string, string | null | undefined | Array<string | null>>;

function single(value: RouteQuery[string]): string {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first.trim() : '';
}

export function filtersFromQuery(query: RouteQuery): InboxFilters {
  const statusSlug = single(query.status);
  const status = (Object.entries(statusSlugs).find(([, slug]) => slug === statusSlug)?.[0] as StatusFilter | undefined) ?? 'todo';
  const workSlug = single(query.arbete);
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
    work: (Object.entries(workSlugs).find(([, slug]) => slug === workSlug)?.[0] as InboxWork | undefined) ?? null,
    search: single(query.sok).slice(0, SEARCH_MAX_LENGTH),
  };
}

/** Only what differs from the defaults, so the plain inbox has a plain address. */
export function filtersToQuery(filters: InboxFilters): Record<string, string> {
  const query: Record<string, string> = {};
  if (filters.status !== 'todo') query.status = statusSlugs[filters.status];
  if (filters.serviceType) query.insats = filters.serviceType;
  if (filters.area.trim()) query.omrade = filters.area.trim();
  if (filters.assignee === 'mine') query.handlaggare = 'mina';
  else if (filters.assignee === 'unassigned') query.handlaggare = 'ej-tilldelade';
  else if (typeof filters.assignee === 'object') query.handlaggare = filters.assignee.id;
  if (filters.urgent) query.bradskande = 'ja';
  if (filters.overdue) query.forsenade = 'ja';
  if (filters.work) query.arbete = workSlugs[filters.work];
  if (filters.search.trim()) query.sok = filters.search.trim();
  return query;
}

/** The inbox address that lists exactly these filters, the rest as the defaults: what a count links to. */
export function inboxQuery(filters: Partial<InboxFilters>): Record<string, string> {
  return filtersToQuery({ ...defaultFilters, ...filters });
}

/** The inbox address of the callback requests ("Återringningar"). */
export const callbacksQuery = { vy: 'aterringningar' } as const;

export function viewFromQuery(query: RouteQuery): InboxView {
  return single(query.vy) === callbacksQuery.vy ? 'callbacks' : 'applications';
}

export function pageFromQuery(query: RouteQuery): number {
  const page = Number.parseInt(single(query.sida), 10);
  return Number.isFinite(page) && page > 0 ? Math.min(page, 10_000) : 1;
}

/**
 * The filter as the API takes it. The default asks for every kind of work (decided cases with an
 * open appeal included), "alla" for every status by name, so each means what its label says.
 * The search is added by the page (a personnummer becomes the person's id first).
 */
export function toInboxFilterInput(filters: InboxFilters): InboxFilter {
  const input: InboxFilter = {};
  if (filters.status === 'todo') input.work = filters.work ? [filters.work] : Object.values(InboxWork);
  else {
    if (filters.status === 'open') input.status = [...openStatuses];
    else if (filters.status === 'all') input.status = [...visibleStatuses];
    else input.status = [filters.status];
    if (filters.work) input.work = [filters.work];
  }
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
export const statusFilterOptions: readonly StatusFilter[] = ['todo', 'open', ...visibleStatuses, 'all'];

/** The form's values as strings (selects and text fields) and back. */
export interface InboxFilterForm {
  status: string;
  serviceType: string;
  area: string;
  assignee: string;
  urgent: boolean;
  overdue: boolean;
  work: string;
}

export function toFilterForm(filters: InboxFilters): InboxFilterForm {
  return {
    status: filters.status,
    serviceType: filters.serviceType ?? '',
    area: filters.area,
    assignee: typeof filters.assignee === 'object' ? `id:${filters.assignee.id}` : filters.assignee,
    urgent: filters.urgent,
    overdue: filters.overdue,
    work: filters.work ?? '',
  };
}

/** The form's values; the search, set in its own form, is kept as it was. */
export function fromFilterForm(form: InboxFilterForm, search = ''): InboxFilters {
  const status = (statusFilterOptions as readonly string[]).includes(form.status) ? (form.status as StatusFilter) : 'todo';
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
    work: (Object.values(InboxWork) as string[]).includes(form.work) ? (form.work as InboxWork) : null,
    search,
  };
}

/** The sort in the address (?sortera=arende&ordning=fallande); the default is the priority order. */
const sortSlugs: Record<InboxSortField, string> = {
  PRIORITY: 'prioritet',
  REFERENCE: 'arende',
  RECEIVED: 'inkom',
  STATUS: 'status',
  AREA: 'omrade',
};

export const defaultSort: InboxSort = { field: InboxSortField.Priority, direction: SortDirection.Asc };

export function sortFromQuery(query: RouteQuery): InboxSort {
  const field = (Object.entries(sortSlugs).find(([, slug]) => slug === single(query.sortera))?.[0] as InboxSortField | undefined) ?? InboxSortField.Priority;
  return { field, direction: single(query.ordning) === 'fallande' ? SortDirection.Desc : SortDirection.Asc };
}

export function sortToQuery(sort: InboxSort): Record<string, string> {
  if (sort.field === InboxSortField.Priority && sort.direction === SortDirection.Asc) return {};
  return { sortera: sortSlugs[sort.field], ...(sort.direction === SortDirection.Desc ? { ordning: 'fallande' } : {}) };
}

/** Sorting on a column: ascending first, the other way on a second press. */
export function nextSort(current: InboxSort, field: InboxSortField): InboxSort {
  if (current.field !== field) return { field, direction: SortDirection.Asc };
  return { field, direction: current.direction === SortDirection.Asc ? SortDirection.Desc : SortDirection.Asc };
}
