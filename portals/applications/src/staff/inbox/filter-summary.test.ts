import { describe, expect, it } from 'vitest';
import { activeFilterParts } from './filter-summary.ts';
import { defaultFilters } from './inbox-filters.ts';

describe('activeFilterParts', () => {
  it('says nothing for the plain inbox', () => {
    expect(activeFilterParts(defaultFilters)).toEqual([]);
  });

  it('lists each filter in use', () => {
    expect(activeFilterParts({ status: 'SUBMITTED', serviceType: 'SAFETY_ALARM', area: 'Älvsjö', assignee: 'unassigned', urgent: true, overdue: true, work: 'OPEN_APPEAL', search: ' ANS ' })).toEqual([
      { key: 'search', value: 'ANS' },
      { key: 'status', value: 'SUBMITTED' },
      { key: 'work', value: 'OPEN_APPEAL' },
      { key: 'service', value: 'SAFETY_ALARM' },
      { key: 'unassigned' },
      { key: 'area', value: 'Älvsjö' },
      { key: 'urgent' },
      { key: 'overdue' },
    ]);
    expect(activeFilterParts({ ...defaultFilters, status: 'all', assignee: { id: 's1' } })).toEqual([{ key: 'statusAll' }, { key: 'assignee', value: 's1' }]);
    expect(activeFilterParts({ ...defaultFilters, status: 'open' })).toEqual([{ key: 'statusOpen' }]);
  });
});
