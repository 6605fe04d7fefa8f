import { describe, expect, it } from 'vitest';
import {
  defaultFilters,
  defaultSort,
  filtersFromQuery,
  filtersToQuery,
  fromFilterForm,
  hasActiveFilters,
  inboxQuery,
  nextSort,
  pageFromQuery,
  sortFromQuery,
  sortToQuery,
  toFilterForm,
  toInboxFilterInput,
  viewFromQuery,
  type InboxFilters,
} from './inbox-filters.ts';

describe('inbox filters in the address', () => {
  it('reads the defaults from an empty query: everything to do, everyone', () => {
    expect(filtersFromQuery({})).toEqual(defaultFilters);
    expect(filtersToQuery(defaultFilters)).toEqual({});
    expect(hasActiveFilters(defaultFilters)).toBe(false);
  });

  it('round-trips every filter through the query', () => {
    const filters: InboxFilters = { status: 'SUBMITTED', serviceType: 'SAFETY_ALARM', area: 'Hägersten', assignee: 'mine', urgent: true, overdue: true, work: 'OPEN_APPEAL', search: 'ANS-2026' };
    const query = filtersToQuery(filters);
    expect(query).toEqual({ status: 'nya', insats: 'SAFETY_ALARM', omrade: 'Hägersten', handlaggare: 'mina', bradskande: 'ja', forsenade: 'ja', arbete: 'overklaganden', sok: 'ANS-2026' });
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
  it('asks for every kind of work by default, the open statuses with "oppna" and every status by name with "alla"', () => {
    expect(toInboxFilterInput(defaultFilters)).toEqual({ work: ['OPEN_APPLICATION', 'OPEN_APPEAL', 'SERVICE_NOT_ORDERED', 'PLAN_OVERDUE', 'FOLLOW_UP_DUE'] });
    expect(toInboxFilterInput({ ...defaultFilters, status: 'open' })).toEqual({ status: ['SUBMITTED', 'IN_INVESTIGATION', 'COMMUNICATED'] });
    // "Alla, även beslutade och avslutade": a decided case with an open appeal is among them.
    expect(toInboxFilterInput({ ...defaultFilters, status: 'all' })).toEqual({ status: ['SUBMITTED', 'IN_INVESTIGATION', 'COMMUNICATED', 'DECIDED', 'CLOSED'] });
    expect(toInboxFilterInput({ ...defaultFilters, status: 'DECIDED' })).toEqual({ status: ['DECIDED'] });
  });

  it('narrows to one kind of work, within the status asked for', () => {
    expect(toInboxFilterInput({ ...defaultFilters, work: 'OPEN_APPEAL' })).toEqual({ work: ['OPEN_APPEAL'] });
    expect(toInboxFilterInput({ ...defaultFilters, status: 'DECIDED', work: 'FOLLOW_UP_DUE' })).toEqual({ status: ['DECIDED'], work: ['FOLLOW_UP_DUE'] });
  });

  it('keeps the sort in the address, the priority order plain', () => {
    expect(sortToQuery(defaultSort)).toEqual({});
    const byReference = nextSort(defaultSort, 'REFERENCE');
    expect(byReference).toEqual({ field: 'REFERENCE', direction: 'ASC' });
    expect(nextSort(byReference, 'REFERENCE')).toEqual({ field: 'REFERENCE', direction: 'DESC' });
    expect(sortToQuery(nextSort(byReference, 'REFERENCE'))).toEqual({ sortera: 'arende', ordning: 'fallande' });
    expect(sortFromQuery({ sortera: 'arende', ordning: 'fallande' })).toEqual({ field: 'REFERENCE', direction: 'DESC' });
    expect(sortFromQuery({ sortera: 'namn' })).toEqual(defaultSort);
  });

  it('maps the assignee choice to mine, unassigned or an id', () => {
    expect(toInboxFilterInput({ ...defaultFilters, assignee: 'mine' }).mine).toBe(true);
    expect(toInboxFilterInput({ ...defaultFilters, assignee: 'unassigned' }).unassigned).toBe(true);
    expect(toInboxFilterInput({ ...defaultFilters, assignee: { id: 's1' } }).assigneeId).toBe('s1');
  });

  it('sends only the filters in use', () => {
    expect(toInboxFilterInput({ ...defaultFilters, status: 'all', serviceType: 'NURSING_HOME', area: ' Fruängen ', urgent: true })).toEqual({
      status: ['SUBMITTED', 'IN_INVESTIGATION', 'COMMUNICATED', 'DECIDED', 'CLOSED'],
      serviceType: 'NURSING_HOME',
      area: 'Fruängen',
      urgent: true,
    });
  });
});

describe('the filter form', () => {
  it('round-trips through the form values', () => {
    const filters: InboxFilters = { status: 'COMMUNICATED', serviceType: 'ESCORT', area: 'Liseberg', assignee: { id: 's9' }, urgent: false, overdue: true, work: 'PLAN_OVERDUE', search: '123' };
    expect(fromFilterForm(toFilterForm(filters), '123')).toEqual(filters);
    expect(toFilterForm(defaultFilters)).toEqual({ status: 'todo', serviceType: '', area: '', assignee: 'all', urgent: false, overdue: false, work: '' });
  });

  it('falls back to the defaults for values the form should never hold', () => {
    expect(fromFilterForm({ status: 'x', serviceType: 'y', area: '', assignee: 'id:', urgent: false, overdue: false, work: 'z' })).toEqual(defaultFilters);
  });
});

describe('inboxQuery', () => {
  it('writes only the filters asked for, so a count links to exactly its list', () => {
    expect(inboxQuery({})).toEqual({});
    expect(inboxQuery({ status: 'SUBMITTED', assignee: 'mine' })).toEqual({ status: 'nya', handlaggare: 'mina' });
    expect(inboxQuery({ work: 'SERVICE_NOT_ORDERED' })).toEqual({ arbete: 'att-bestalla' });
    expect(filtersFromQuery(inboxQuery({ urgent: true, assignee: 'unassigned' }))).toEqual({ ...defaultFilters, urgent: true, assignee: 'unassigned' });
  });
});
