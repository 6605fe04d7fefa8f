import { getISOWeek } from 'date-fns/getISOWeek';
import { getISOWeekYear } from 'date-fns/getISOWeekYear';
import { parseISO } from 'date-fns/parseISO';

const STOCKHOLM = 'Europe/Stockholm';
const dayFormat = new Intl.DateTimeFormat('sv-SE', { timeZone: STOCKHOLM, year: 'numeric', month: '2-digit', day: '2-digit' });
const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: STOCKHOLM, timeZoneName: 'longOffset' });

/** The calendar day in Stockholm at an instant, "YYYY-MM-DD": deadlines run on Swedish days. */
export function dayInStockholm(instant: Date): string {
  return dayFormat.format(instant);
}

export function todayInStockholm(now: Date = new Date()): string {
  return dayInStockholm(now);
}

/** "YYYY-MM" of an instant in Stockholm. */
export function monthInStockholm(instant: Date): string {
  return dayInStockholm(instant).slice(0, 7);
}

/** The first instant of a Stockholm day (midnight, summer or winter time). */
export function startOfDayInStockholm(day: string): Date {
  // At 00:00 UTC of the day Stockholm has not yet switched clocks (switches happen at 01:00 UTC).
  const name = offsetFormat.formatToParts(new Date(`${day}T00:00:00Z`)).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT+01:00';
  const offset = name === 'GMT' ? '+00:00' : name.slice(3);
  return new Date(`${day}T00:00:00${offset}`);
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
