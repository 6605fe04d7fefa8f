import { describe, expect, it } from 'vitest';
import { appealDeadline, isAppealInTime } from './appeal-deadline.ts';
import { isNonWorkingDay } from './calendar.ts';

describe('appealDeadline', () => {
  it('is three weeks after notification on an ordinary weekday', () => {
    expect(appealDeadline('2026-11-02')).toBe('2026-11-23');
  });

  it('moves past a weekend to Monday', () => {
    // 2026-11-07 + 21 days = Saturday 2026-11-28
    expect(appealDeadline('2026-11-07')).toBe('2026-11-30');
  });

  it('moves past Christmas Eve, Christmas and Boxing Day and the weekend', () => {
    // 2026-12-03 + 21 = Thursday 24 December (julafton)
    expect(appealDeadline('2026-12-03')).toBe('2026-12-28');
  });

  it('moves past midsummer eve', () => {
    // 2026-05-29 + 21 = Friday 19 June 2026, midsommarafton
    expect(appealDeadline('2026-05-29')).toBe('2026-06-22');
  });

  it('accepts an appeal on the last day and marks one a day later as late', () => {
    expect(isAppealInTime('2026-11-02', '2026-11-23')).toBe(true);
    expect(isAppealInTime('2026-11-02', '2026-11-24')).toBe(false);
  });
});

describe('isNonWorkingDay', () => {
  it('knows the National Day, Easter Monday and New Year’s Eve, and ordinary days', () => {
    expect(isNonWorkingDay('2027-06-07')).toBe(false);
    expect(isNonWorkingDay('2026-04-06')).toBe(true);
    expect(isNonWorkingDay('2026-12-31')).toBe(true);
    expect(isNonWorkingDay('2026-11-24')).toBe(false);
  });
});
