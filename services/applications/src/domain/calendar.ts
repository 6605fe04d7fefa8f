// One function per import: the 'date-fns' index loads every function and added ~300 MB to each process.
import { addDays } from 'date-fns/addDays';
import { eachDayOfInterval } from 'date-fns/eachDayOfInterval';
import { isWeekend } from 'date-fns/isWeekend';
import { lightFormat } from 'date-fns/lightFormat';
import { parseISO } from 'date-fns/parseISO';
import Holidays from 'date-holidays';

const swedishHolidays = new Holidays('SE');

/** Each year's non-working days, computed once: a date-holidays check costs ~0.7 ms. */
const nonWorkingDaysByYear = new Map<number, Set<string>>();

/** Saturdays, Sundays, public holidays, and midsummer, Christmas and New Year's eves of `year`. */
function computeNonWorkingDays(year: number): Set<string> {
  const days = new Set<string>();
  for (const date of eachDayOfInterval({ start: new Date(year, 0, 1), end: new Date(year, 11, 31) })) {
    const day = lightFormat(date, 'yyyy-MM-dd');
    if (isWeekend(date)) {
      days.add(day);
      continue;
    }
    const holidays = swedishHolidays.isHoliday(parseISO(`${day}T12:00:00`)) || [];
    if (holidays.some((holiday) => holiday.type === 'public' || holiday.type === 'bank')) days.add(day);
  }
  return days;
}

/**
 * A day on which a deadline cannot end (lag (1930:173) om beräkning av lagstadgad tid):
 * Saturdays, Sundays, public holidays, and midsummer, Christmas and New Year's eves.
 */
export function isNonWorkingDay(day: string): boolean {
  const year = parseISO(day).getFullYear();
  let days = nonWorkingDaysByYear.get(year);
  if (!days) {
    days = computeNonWorkingDays(year);
    nonWorkingDaysByYear.set(year, days);
  }
  return days.has(day);
}

/** The day itself, or the next day a deadline can end on. */
export function nextWorkingDay(day: string): string {
  let current = day;
  while (isNonWorkingDay(current)) current = addDaysTo(current, 1);
  return current;
}

export function addDaysTo(day: string, days: number): string {
  return lightFormat(addDays(parseISO(day), days), 'yyyy-MM-dd');
}
