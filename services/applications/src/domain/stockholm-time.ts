import { getISOWeek } from 'date-fns/getISOWeek';
import { getISOWeekYear } from 'date-fns/getISOWeekYear';
import { parseISO } from 'date-fns/parseISO';
import { dayInStockholm } from '@omsorg/letters';
import { instantInStockholm } from '@omsorg/rules';

/** Days and clock times written out for a reader are shared with the other services' letters and mails. */
export { dayInStockholm, writeClockTime, writeDay, writeDayOf } from '@omsorg/letters';

export function todayInStockholm(now: Date = new Date()): string {
  return dayInStockholm(now);
}

/** "YYYY-MM" of an instant in Stockholm. */
export function monthInStockholm(instant: Date): string {
  return dayInStockholm(instant).slice(0, 7);
}

/** A Stockholm day and time of day as an instant: the rule the portals use too (@omsorg/rules). */
export { instantInStockholm };

/** The first instant of a Stockholm day (midnight, summer or winter time). */
export function startOfDayInStockholm(day: string): Date {
  return instantInStockholm(day, '00:00');
}

/** A real calendar day written as "YYYY-MM-DD": the rule the portals check too (@omsorg/rules). */
export { isIsoDate as isDay } from '@omsorg/rules';

/** The ISO week of a day, e.g. "2026-W48": the weekly case review meets per week. */
export function isoWeekOf(day: string): string {
  const date = parseISO(day);
  return `${getISOWeekYear(date)}-W${String(getISOWeek(date)).padStart(2, '0')}`;
}

/** The week's format is the rule the staff portal checks too (@omsorg/rules). */
export { isIsoWeek } from '@omsorg/rules/applications';
