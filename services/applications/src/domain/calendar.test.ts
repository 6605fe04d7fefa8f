import Holidays from 'date-holidays';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isNonWorkingDay, nextWorkingDay } from './calendar.ts';

afterEach(() => vi.restoreAllMocks());

describe('non-working days', () => {
  it('are weekends, public holidays and the eves the law counts', () => {
    expect(isNonWorkingDay('2028-06-23')).toBe(true); // midsummer eve
    expect(isNonWorkingDay('2028-12-24')).toBe(true);
    expect(isNonWorkingDay('2028-05-01')).toBe(true);
    expect(isNonWorkingDay('2028-06-26')).toBe(false);
    expect(nextWorkingDay('2028-12-24')).toBe('2028-12-27');
  });

  it('are computed once per year, not checked against date-holidays per call', () => {
    isNonWorkingDay('2029-03-01');
    const checked = vi.spyOn(Holidays.prototype, 'isHoliday');
    for (let day = 1; day <= 28; day++) isNonWorkingDay(`2029-02-${String(day).padStart(2, '0')}`);
    expect(checked).not.toHaveBeenCalled();
  });
});
