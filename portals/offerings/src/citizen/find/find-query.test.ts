import { describe, expect, it } from 'vitest';
import { contentLanguageOf, filterFromState, groupByDay, mondayOf, queryFromState, stateFromQuery } from './find-query.ts';

describe('the find page’s address', () => {
  it('reads and writes the filters, ignoring what is not one', () => {
    const state = stateFromQuery({ omrade: 'Fruängen', typ: 'MEAL', sprak: 'fi', gratis: '1', sida: '3', fran: 'igår' }, '2026-12-05');
    expect(state).toMatchObject({ area: 'Fruängen', kind: 'MEAL', language: 'fi', free: true, page: 3, from: '', view: 'list', week: '2026-11-30' });
    expect(queryFromState(state)).toEqual({ omrade: 'Fruängen', typ: 'MEAL', sprak: 'fi', gratis: '1', sida: '3' });
    expect(stateFromQuery({ typ: 'DROP TABLE' }, '2026-12-05').kind).toBe('');
  });

  it('asks for a whole week, Monday to Sunday, in the week view', () => {
    const state = stateFromQuery({ vy: 'vecka', vecka: '2027-03-03', tillganglig: '1' }, '2026-12-05');
    expect(state.week).toBe('2027-03-01');
    expect(filterFromState(state)).toEqual({ from: '2027-03-01', to: '2027-03-07', stepFree: true });
    expect(queryFromState(state)).toEqual({ vy: 'vecka', vecka: '2027-03-01', tillganglig: '1' });
  });

  it('finds Monday across a month and a year', () => {
    expect(mondayOf('2027-01-03')).toBe('2026-12-28');
    expect(mondayOf('2026-12-28')).toBe('2026-12-28');
  });

  it('lists every day of the week, with or without sessions', () => {
    const days = groupByDay('2027-03-01', [{ day: '2027-03-01' }, { day: '2027-03-07' }, { day: '2027-03-01' }]);
    expect(days.map((entry) => entry.sessions.length)).toEqual([2, 0, 0, 0, 0, 0, 1]);
  });

  it('asks for the reader’s language, plain Swedish too', () => {
    expect(contentLanguageOf('fi')).toBe('FI');
    expect(contentLanguageOf('sv-x-easy')).toBe('SV_X_EASY');
    expect(contentLanguageOf('xx')).toBe('SV');
  });
});
