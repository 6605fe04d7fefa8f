import type { InboxFilters } from './inbox-filters.ts';

/** The active filters as (message key, value) pairs, to say in words what the list shows. */
export function activeFilterParts(filters: InboxFilters): Array<{ key: string; value?: string }> {
  const parts: Array<{ key: string; value?: string }> = [];
  if (filters.status === 'all') parts.push({ key: 'statusAll' });
  else if (filters.status !== 'open') parts.push({ key: 'status', value: filters.status });
  if (filters.serviceType) parts.push({ key: 'service', value: filters.serviceType });
  if (filters.assignee === 'mine') parts.push({ key: 'mine' });
  else if (filters.assignee === 'unassigned') parts.push({ key: 'unassigned' });
  else if (typeof filters.assignee === 'object') parts.push({ key: 'assignee', value: filters.assignee.id });
  if (filters.area) parts.push({ key: 'area', value: filters.area });
  if (filters.urgent) parts.push({ key: 'urgent' });
  if (filters.overdue) parts.push({ key: 'overdue' });
  return parts;
}
