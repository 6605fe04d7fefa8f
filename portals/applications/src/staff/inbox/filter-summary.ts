import type { ApplicationStatus, InboxWork, ServiceType } from '../../generated/graphql.ts';
import type { InboxFilters } from './inbox-filters.ts';

/** One active filter: its message key, and the value it names where it has one. */
export type FilterPart =
  | { key: 'status'; value: ApplicationStatus }
  | { key: 'service'; value: ServiceType }
  | { key: 'work'; value: InboxWork }
  | { key: 'assignee' | 'area' | 'search'; value: string }
  | { key: 'statusAll' | 'statusOpen' | 'mine' | 'unassigned' | 'urgent' | 'overdue' };

/** The active filters, to say in words what the list shows. */
export function activeFilterParts(filters: InboxFilters): FilterPart[] {
  const parts: FilterPart[] = [];
  if (filters.search.trim()) parts.push({ key: 'search', value: filters.search.trim() });
  if (filters.status === 'all') parts.push({ key: 'statusAll' });
  else if (filters.status === 'open') parts.push({ key: 'statusOpen' });
  else if (filters.status !== 'todo') parts.push({ key: 'status', value: filters.status });
  if (filters.work) parts.push({ key: 'work', value: filters.work });
  if (filters.serviceType) parts.push({ key: 'service', value: filters.serviceType });
  if (filters.assignee === 'mine') parts.push({ key: 'mine' });
  else if (filters.assignee === 'unassigned') parts.push({ key: 'unassigned' });
  else if (typeof filters.assignee === 'object') parts.push({ key: 'assignee', value: filters.assignee.id });
  if (filters.area) parts.push({ key: 'area', value: filters.area });
  if (filters.urgent) parts.push({ key: 'urgent' });
  if (filters.overdue) parts.push({ key: 'overdue' });
  return parts;
}
