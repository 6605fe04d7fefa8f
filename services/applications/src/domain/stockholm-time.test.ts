import { describe, expect, it } from 'vitest';
import { dayInStockholm, isDay, isIsoWeek, isoWeekOf, startOfDayInStockholm } from './stockholm-time.ts';

describe('Stockholm days', () => {
  it('takes the day in Stockholm, not in UTC', () => {
    expect(dayInStockholm(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-23');
    expect(dayInStockholm(new Date('2026-07-01T22:30:00Z'))).toBe('2026-07-02');
  });
  it('starts a day at local midnight in winter and summer', () => {
    expect(startOfDayInStockholm('2026-11-23').toISOString()).toBe('2026-11-22T23:00:00.000Z');
    expect(startOfDayInStockholm('2026-07-02').toISOString()).toBe('2026-07-01T22:00:00.000Z');
    expect(startOfDayInStockholm('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfDayInStockholm('2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z');
  });
  it('knows real days and ISO weeks', () => {
    expect(isDay('2026-02-29')).toBe(false);
    expect(isDay('2028-02-29')).toBe(true);
    expect(isDay('2026-1-01')).toBe(false);
    expect(isoWeekOf('2026-11-23')).toBe('2026-W48');
    expect(isoWeekOf('2027-01-01')).toBe('2026-W53');
    expect(isIsoWeek('2026-W48')).toBe(true);
    expect(isIsoWeek('2026-W54')).toBe(false);
  });
});
