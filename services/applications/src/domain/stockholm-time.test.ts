import { describe, expect, it } from 'vitest';
import { dayInStockholm, isDay, isIsoWeek, isoWeekOf, startOfDayInStockholm, writeClockTime, writeDay, writeDayOf } from './stockholm-time.ts';

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

  it('writes days and times as Stockholm has them, around midnight UTC', () => {
    // 23:30 UTC on 4 December is 00:30 on 5 December in Stockholm (winter, UTC+1).
    const winter = new Date('2026-12-04T23:30:00Z');
    expect(dayInStockholm(winter)).toBe('2026-12-05');
    expect(writeDayOf(winter)).toBe('5 december 2026');
    expect(writeDayOf(winter, 'sv', { weekday: true })).toBe('lördag 5 december 2026');
    expect(writeClockTime(winter)).toBe('00:30');
    // 22:30 UTC on 30 June is 00:30 on 1 July (summer, UTC+2); 21:59 UTC is still 30 June.
    expect(writeDayOf(new Date('2026-06-30T22:30:00Z'), 'en')).toBe('1 July 2026');
    expect(writeDayOf(new Date('2026-06-30T21:59:00Z'))).toBe('30 juni 2026');
    expect(writeClockTime(new Date('2026-06-30T22:30:00Z'))).toBe('00:30');
  });
  it('never moves a day that is already a day', () => {
    expect(writeDay('2026-12-04')).toBe('4 december 2026');
    expect(writeDay('2027-01-01', 'sv-SE', { weekday: true })).toBe('fredag 1 januari 2027');
    expect(writeDay('2026-12-04', 'fi')).toBe('4. joulukuuta 2026');
  });
});
