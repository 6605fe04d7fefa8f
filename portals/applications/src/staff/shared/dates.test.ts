import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysFromTo,
  isIsoDate,
  isIsoWeek,
  isoWeek,
  isTime,
  quarterOf,
  recentQuarters,
  shiftQuarter,
  shiftWeek,
  stockholmDateAndTime,
  stockholmInstant,
  weekMonday,
} from './dates.ts';

describe('dates', () => {
  it('adds days and counts them across months and years', () => {
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysFromTo('2026-12-28', '2027-01-04')).toBe(7);
  });

  it('checks dates and times as typed', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('28/2 2026')).toBe(false);
    expect(isTime('09:05')).toBe(true);
    expect(isTime('24:00')).toBe(false);
  });

  it('turns Stockholm wall-clock time into an instant and back, in winter and summer', () => {
    expect(stockholmInstant('2026-11-24', '10:30')).toBe('2026-11-24T09:30:00.000Z');
    expect(stockholmInstant('2026-07-01', '10:30')).toBe('2026-07-01T08:30:00.000Z');
    expect(stockholmDateAndTime('2026-11-24T09:30:00.000Z')).toEqual({ date: '2026-11-24', time: '10:30' });
    expect(stockholmDateAndTime('2026-07-01T08:30:00Z')).toEqual({ date: '2026-07-01', time: '10:30' });
  });

  it('names ISO weeks, including the ones that straddle a new year', () => {
    expect(isoWeek('2026-11-24')).toBe('2026-W48');
    expect(isoWeek('2027-01-01')).toBe('2026-W53');
    expect(isoWeek('2024-12-30')).toBe('2025-W01');
    expect(weekMonday('2026-W48')).toBe('2026-11-23');
    expect(weekMonday('2025-W01')).toBe('2024-12-30');
    expect(shiftWeek('2026-W53', 1)).toBe('2027-W01');
    expect(shiftWeek('2027-W01', -1)).toBe('2026-W53');
    expect(isIsoWeek('2026-W48')).toBe(true);
    expect(isIsoWeek('2026-48')).toBe(false);
  });

  it('names quarters and counts them backwards', () => {
    expect(quarterOf('2026-11-24')).toBe('2026-Q4');
    expect(quarterOf('2026-01-01')).toBe('2026-Q1');
    expect(shiftQuarter('2026-Q1', -1)).toBe('2025-Q4');
    expect(recentQuarters('2026-05-02', 3)).toEqual(['2026-Q2', '2026-Q1', '2025-Q4']);
  });
});
