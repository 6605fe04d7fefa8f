import { describe, expect, it } from 'vitest';
import { easterSunday, isNonWorkingDay, nextWorkingDay, swedishHolidays } from './swedish-calendar.ts';

describe('non-working days', () => {
  it('are weekends, public holidays and the eves the law counts', () => {
    expect(isNonWorkingDay('2028-06-23')).toBe(true); // midsummer eve
    expect(isNonWorkingDay('2028-12-24')).toBe(true);
    expect(isNonWorkingDay('2028-05-01')).toBe(true);
    expect(isNonWorkingDay('2028-06-26')).toBe(false);
    expect(nextWorkingDay('2028-12-24')).toBe('2028-12-27');
  });

  it('follow Easter: Good Friday, Easter Monday and Ascension Day move with it', () => {
    expect(['2024', '2025', '2026', '2027', '2038', '2049'].map((year) => easterSunday(Number(year)))).toEqual([
      '2024-03-31',
      '2025-04-20',
      '2026-04-05',
      '2027-03-28',
      '2038-04-25',
      '2049-04-18',
    ]);
    expect(isNonWorkingDay('2026-04-03')).toBe(true); // långfredagen
    expect(isNonWorkingDay('2026-04-06')).toBe(true); // annandag påsk
    expect(isNonWorkingDay('2026-05-14')).toBe(true); // Kristi himmelsfärdsdag
    expect(isNonWorkingDay('2026-04-07')).toBe(false);
    expect(isNonWorkingDay('2027-03-26')).toBe(true);
    expect(isNonWorkingDay('2027-04-02')).toBe(false);
  });

  it('place midsummer and All Saints on their Saturdays, and midsummer eve the Friday before', () => {
    expect(swedishHolidays(2026)).toEqual(expect.arrayContaining(['2026-06-19', '2026-06-20', '2026-10-31']));
    expect(swedishHolidays(2027)).toEqual(expect.arrayContaining(['2027-06-25', '2027-06-26', '2027-11-06']));
    expect(isNonWorkingDay('2027-06-25')).toBe(true);
    expect(isNonWorkingDay('2027-06-18')).toBe(false);
  });

  it('count the national day from 2005, Whit Monday before it', () => {
    expect(isNonWorkingDay('2030-06-06')).toBe(true); // a Thursday
    expect(isNonWorkingDay('2003-06-06')).toBe(false);
    expect(isNonWorkingDay('2003-06-09')).toBe(true); // annandag pingst 2003
  });

  it('hold across year ends whatever the weekday', () => {
    expect(isNonWorkingDay('2026-12-31')).toBe(true);
    expect(isNonWorkingDay('2027-01-01')).toBe(true);
    expect(isNonWorkingDay('2026-12-30')).toBe(false);
    expect(nextWorkingDay('2026-12-31')).toBe('2027-01-04');
    expect(isNonWorkingDay('2028-01-01')).toBe(true); // a Saturday
    expect(isNonWorkingDay('2028-12-30')).toBe(true); // a Saturday
    expect(isNonWorkingDay('2028-12-29')).toBe(false);
  });
});

describe('holidays', () => {
  it('are the public holidays and the eves, not ordinary weekends', async () => {
    const { isHoliday } = await import('./swedish-calendar.ts');
    expect(isHoliday('2026-12-24')).toBe(true);
    expect(isHoliday('2027-01-06')).toBe(true);
    expect(isHoliday('2026-12-05')).toBe(false); // a Saturday
    expect(isHoliday('2026-12-08')).toBe(false);
  });
});
