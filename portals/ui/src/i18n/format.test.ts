import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, stockholmDay } from './format.ts';

describe('dates and times in Stockholm time', () => {
  it('shows an instant just after midnight in Stockholm on the Stockholm day, winter and summer', () => {
    // 23:30 UTC on 4 December is 00:30 on 5 December in Stockholm (UTC+1).
    expect(formatDate('2026-12-04T23:30:00Z', undefined, 'sv')).toBe('5 december 2026');
    expect(formatDateTime('2026-12-04T23:30:00Z', 'sv')).toBe('5 dec. 2026 00:30');
    expect(stockholmDay(new Date('2026-12-04T23:30:00Z'))).toBe('2026-12-05');
    // 22:30 UTC on 30 June is 00:30 on 1 July (UTC+2); 21:59 UTC is still 30 June.
    expect(formatDate('2026-06-30T22:30:00Z', { day: 'numeric', month: 'long' }, 'en')).toBe('1 July');
    expect(stockholmDay(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(stockholmDay(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
  });

  it('never moves a day that is already a day', () => {
    expect(formatDate('2026-12-04', undefined, 'sv')).toBe('4 december 2026');
    expect(formatDate('2027-01-01', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }, 'sv')).toBe('fredag 1 januari 2027');
    expect(formatDate('2026-03-29', { dateStyle: 'short' }, 'sv')).toBe('2026-03-29');
  });

  it('writes dates in plain Swedish as in Swedish', () => {
    expect(formatDate('2026-12-04', undefined, 'sv-x-easy')).toBe('4 december 2026');
    expect(formatDateTime('2026-12-04T23:30:00Z', 'sv-x-easy')).toBe('5 dec. 2026 00:30');
  });

  it('shows what it cannot read as it is', () => {
    expect(formatDate('snart', undefined, 'sv')).toBe('snart');
  });
});
