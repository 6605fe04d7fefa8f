import { describe, expect, it } from 'vitest';
import { daysUntil, formatDay, formatFullDate, formatFullMoment, formatMoment } from './dates.ts';

describe('formatFullDate', () => {
  it('writes a day in full, as a letter would', () => {
    expect(formatFullDate('2026-12-04', 'sv')).toBe('fredag 4 december 2026');
    expect(formatFullDate('2026-12-04', 'en')).toBe('Friday, 4 December 2026');
    expect(formatFullDate('2026-12-04', 'fi')).toContain('4. joulukuuta 2026');
  });

  it('does not move a day across midnight, whatever the time zone', () => {
    expect(formatFullDate('2027-01-01', 'sv')).toBe('fredag 1 januari 2027');
    expect(formatDay('2026-03-29', 'sv')).toBe('29 mars 2026');
  });

  it('shows what it cannot read as it is', () => {
    expect(formatFullDate('snart', 'sv')).toBe('snart');
  });
});

describe('formatMoment', () => {
  it('shows Stockholm time, also across daylight saving', () => {
    expect(formatMoment('2026-12-04T13:05:00Z', 'sv')).toBe('4 december 2026 kl. 14:05');
    expect(formatMoment('2026-06-04T13:05:00Z', 'sv')).toBe('4 juni 2026 kl. 15:05');
    expect(formatFullMoment('2026-12-07T08:30:00Z', 'sv')).toBe('måndag 7 december 2026 kl. 09:30');
  });
});

describe('an instant shown as a day', () => {
  it('is the Stockholm day: sent at 00:44 on 5 December is "5 december", as the timeline says', () => {
    expect(formatDay('2026-12-04T23:44:00Z', 'sv')).toBe('5 december 2026');
    expect(formatMoment('2026-12-04T23:44:00Z', 'sv')).toBe('5 december 2026 kl. 00:44');
    expect(formatFullDate('2026-12-04T23:30:00Z', 'en')).toBe('Saturday, 5 December 2026');
  });

  it('follows summer time: 22:30 UTC on 30 June is 1 July in Stockholm', () => {
    expect(formatDay('2026-06-30T22:30:00Z', 'sv')).toBe('1 juli 2026');
    expect(formatDay('2026-06-30T21:59:00Z', 'sv')).toBe('30 juni 2026');
  });
});

describe('days', () => {
  it('counts whole days to a deadline', () => {
    expect(daysUntil('2026-12-04', '2026-12-01')).toBe(3);
    expect(daysUntil('2026-12-04', '2026-12-04')).toBe(0);
    expect(daysUntil('2026-12-04', '2026-12-05')).toBe(-1);
    expect(daysUntil('2026-03-30', '2026-03-28')).toBe(2);
  });
});
