import { describe, expect, it } from 'vitest';
import { filterFromQuery, isFiltered, queryOfFilter, toListFilter } from './list-filters.ts';

describe('the staff list filter in the address', () => {
  it('reads what it knows and ignores the rest', () => {
    const values = filterFromQuery({ status: 'IN_PROGRESS', typ: 'HACK', vem: 'mina', fran: '2026-12-01', till: 'igår', ref: ' SYN-2026-000123 ', sida: '3' });
    expect(values).toMatchObject({ status: 'IN_PROGRESS', type: '', who: 'mina', from: '2026-12-01', to: '', reference: 'SYN-2026-000123' });
    expect(toListFilter(values)).toEqual({
      status: 'IN_PROGRESS',
      type: null,
      target: null,
      channel: null,
      unit: null,
      mine: true,
      unassigned: null,
      receivedFrom: '2026-12-01',
      receivedTo: null,
      referenceNumber: 'SYN-2026-000123',
    });
  });

  it('writes only what is set, so a cleared filter is a clean address', () => {
    const none = filterFromQuery({});
    expect(queryOfFilter(none)).toEqual({});
    expect(isFiltered(none)).toBe(false);
    expect(queryOfFilter({ ...none, who: 'ej-tilldelade', channel: 'POSTCARD' })).toEqual({ vem: 'ej-tilldelade', kanal: 'POSTCARD' });
    expect(toListFilter({ ...none, who: 'ej-tilldelade' })).toMatchObject({ unassigned: true, mine: null });
  });
});
