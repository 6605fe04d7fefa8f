import { describe, expect, it } from 'vitest';
import { isClockTime, isoWeekday, SERIES_MAX_OCCASIONS, seriesDays } from './editor.ts';

describe('seriesDays', () => {
  it('gives each chosen weekday for the number of weeks', () => {
    // 2027-03-15 is a Monday.
    expect(seriesDays({ firstDate: '2027-03-15', weekdays: [1, 3], weeks: 2 })).toEqual(['2027-03-15', '2027-03-17', '2027-03-22', '2027-03-24']);
  });

  it('ends on the last date when one is given, the last date included', () => {
    expect(seriesDays({ firstDate: '2027-03-15', weekdays: [1], lastDate: '2027-03-29' })).toEqual(['2027-03-15', '2027-03-22', '2027-03-29']);
  });

  it('starts with the first chosen weekday on or after the first date', () => {
    // Two weeks from a Tuesday: Tuesday 16 to Monday 29 March.
    expect(seriesDays({ firstDate: '2027-03-16', weekdays: [1], weeks: 2 })).toEqual(['2027-03-22', '2027-03-29']);
  });

  it('leaves out public holidays and the eves only when asked', () => {
    // 2027-12-24 (Christmas Eve) and 2027-12-31 are Fridays.
    const series = { firstDate: '2027-12-17', weekdays: [5], weeks: 3 };
    expect(seriesDays(series)).toEqual(['2027-12-17', '2027-12-24', '2027-12-31']);
    expect(seriesDays({ ...series, skipHolidays: true })).toEqual(['2027-12-17']);
  });

  it('stops one past the most a series may make, so the caller can refuse it', () => {
    expect(seriesDays({ firstDate: '2027-01-04', weekdays: [1, 2, 3, 4, 5, 6, 7], weeks: 52 })).toHaveLength(SERIES_MAX_OCCASIONS + 1);
  });
});

describe('clock and weekday', () => {
  it('reads 24-hour times and ISO weekdays', () => {
    expect(isClockTime('09:30')).toBe(true);
    expect(isClockTime('24:00')).toBe(false);
    expect(isClockTime('9:30')).toBe(false);
    expect(isoWeekday('2027-03-28')).toBe(7);
    expect(isoWeekday('2027-03-29')).toBe(1);
  });
});
