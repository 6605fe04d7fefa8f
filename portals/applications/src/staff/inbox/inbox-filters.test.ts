import { describe, expect, it } from 'vitest';
import {
  defaultFilters,
  filtersFromQuery,
  filtersToQuery,
  fromFilterForm,
  hasActiveFilters,
  pageFromQuery,
  toFilterForm,
  toInboxFilterInput,
  viewFromQuery,
  type InboxFilters,
} from './inbox-filters.ts';

describe('inbox filters in the address', () => {
  it('reads the defaults from an empty query: open cases, everyone', () => {
    expect(filtersFromQuery({})).toEqual(defaultFilters);
    expect(filtersToQuery(defaultFilters)).toEqual({});
    expect(hasActiveFilters(defaultFilters)).toBe(false);
  });

  it('round-trips every filter through the query', () => {
    const filters: InboxFilters = { status: 'SUBMITTED', serviceType: 'SAFETY_ALARM', area: 'Hägersten', assignee: 'mine', urgent: true, overdue: true };
    const query = filtersToQuery(filters);
    expect(query).toEqual({ status: 'nya', insats: 'SAFETY_ALARM', omrade: 'Hägersten', handlaggare: 'mina', bradskande: 'ja', forsenade: 'ja' });
    expect(filtersFromQuery(query)).toEqual(filters);
  });

  it('keeps a specific assignee and the unassigned choice', () => {
    expect(filtersFromQuery({ handlaggare: 'ej-tilldelade' }).assignee).toBe('unassigned');
    const byId = filtersFromQuery({ handlaggare: '0b6c7c1e-1111-4f00-9a00-000000000001' });
    expect(byId.assignee).toEqual({ id: '0b6c7c1e-1111-4f00-9a00-000000000001' });
    expect(filtersToQuery(byId).handlaggare).toBe('0b6c7c1e-1111-4f00-9a00-000000000001');
  });

  it('ignores values it does not know instead of failing', () => {
    const filters = filtersFromQuery({ status: 'whatever', insats: 'PONY', handlaggare: '<script>', bradskande: 'kanske', omrade: ['  Älvsjö ', null] });
    expect(filters).toEqual({ ...defaultFilters, area: 'Älvsjö' });
  });

  it('reads the view and the page', () => {
    expect(viewFromQuery({ vy: 'aterringningar' })).toBe('callbacks');
    expect(viewFromQuery({})).toBe('applications');
    expect(pageFromQuery({ sida: '3' })).toBe(3);
    expect(pageFromQuery({ sida: '-1' })).toBe(1);
    expect(pageFromQuery({ sida: 'abc' })).toBe(1);
  });
});

describe('inbox filters for the API', () => {
  it('asks for the open statuses by default and for every status with "alla"', () => {
    expect(toInboxFilterInput(defaultFilters)).toEqual({ status: ['SUBMITTED', 'IN_INVESTIGATION', 'COMMUNICATED'] });
    expect(toInboxFilterInput({ ...defaultFilters, status: 'all' })).toEqual({});
    expect(toInboxFilterInput({ ...defaultFilters, status: 'DECIDED' })).toEqual({ status: ['DECIDED'] });
  });

  it('maps the assignee choice to mine, unassigned or an id', () => {
    expect(toInboxFilterInput({ ...defaultFilters, assignee: 'mine' }).mine).toBe(true);
    expect(toInboxFilterInput({ ...defaultFilters, assignee: 'unassigned' }).unassigned).toBe(true);
    expect(toInboxFilterInput({ ...defaultFilters, assignee: { id: 's1' } }).assigneeId).toBe('s1');
  });

  it('sends only the filters in use', () => {
    expect(toInboxFilterInput({ ...defaultFilters, status: 'all', serviceType: 'NURSING_HOME', area: ' Fruängen ', urgent: true })).toEqual({
      serviceType: 'NURSING_HOME',
      area: 'Fruängen',
      urgent: true,
    });
  });
});

describe('the filter form', () => {
  it('round-trips through the form values', () => {
    const filters: InboxFilters = { status: 'COMMUNICATED', serviceType: 'ESCORT', area: 'Liseberg', assignee: { id: 's9' }, urgent: false, overdue: true };
    expect(fromFilterForm(toFilterForm(filters))).toEqual(filters);
    expect(toFilterForm(defaultFilters)).toEqual({ status: 'open', serviceType: '', area: '', assignee: 'all', urgent: false, overdue: false });
  });

  it('falls back to the defaults for values the form should never hold', () => {
    expect(fromFilterForm({ status: 'x', serviceType: 'y', area: '', assignee: 'id:', urgent: false, overdue: false })).toEqual(defaultFilters);
  });
});
