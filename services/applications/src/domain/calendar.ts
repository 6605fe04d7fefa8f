import { addDays, format, isWeekend, parseISO } from 'date-fns';
import Holidays from 'date-holidays';

const swedishHolidays = new Holidays('SE');

/**
 * A day on which a deadline cannot end (lag (1930:173) om beräkning av lagstadgad tid):
 * Saturdays, Sundays, public holidays, and midsummer, Christmas and New Year's eves.
 */
export function isNonWorkingDay(day: string): boolean {
  if (isWeekend(parseISO(day))) return true;
  const holidays = swedishHolidays.isHoliday(parseISO(`${day}T12:00:00`)) || [];
  return holidays.some((holiday) => holiday.type === 'public' || holiday.type === 'bank');
}

/** The day itself, or the next day a deadline can end on. */
export function nextWorkingDay(day: string): string {
  let current = day;
  while (isNonWorkingDay(current)) current = addDaysTo(current, 1);
  return current;
}

export function addDaysTo(day: string, days: number): string {
  return format(addDays(parseISO(day), days), 'yyyy-MM-dd');
}
