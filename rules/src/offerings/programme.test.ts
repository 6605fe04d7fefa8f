import { describe, expect, it } from 'vitest';
import { addMonths, monthInStockholm, programmeMonthIssue, programmeMonths } from './programme.ts';

describe('the programme month', () => {
  it('accepts a real month up to twelve months away, either way', () => {
    expect(programmeMonthIssue('2026-12', '2026-12-05')).toBeNull();
    expect(programmeMonthIssue('2027-12', '2026-12-05')).toBeNull();
    expect(programmeMonthIssue('2025-12', '2026-12-05')).toBeNull();
    expect(programmeMonthIssue('2028-01', '2026-12-05')).toBe('tooFar');
    expect(programmeMonthIssue('2025-11', '2026-12-05')).toBe('tooFar');
  });

  it('refuses what is not a month', () => {
    for (const month of ['2026-13', '2026-00', '2026-1', '26-12', '2026-12-01', '', 'december']) expect(programmeMonthIssue(month, '2026-12-05')).toBe('format');
  });

  it('counts months over the turn of the year', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2027-01', -1)).toBe('2026-12');
    expect(programmeMonths('2026-12-31')).toHaveLength(13);
    expect(programmeMonths('2026-12-31').at(-1)).toBe('2027-12');
  });

  it('bounds a month at Stockholm midnight, winter and summer', () => {
    expect(monthInStockholm('2026-12')).toEqual({ from: new Date('2026-11-30T23:00:00Z'), to: new Date('2026-12-31T23:00:00Z') });
    expect(monthInStockholm('2026-06')).toEqual({ from: new Date('2026-05-31T22:00:00Z'), to: new Date('2026-06-30T22:00:00Z') });
  });
});
