import { getISOWeek } from 'date-fns/getISOWeek';
import { getISOWeekYear } from 'date-fns/getISOWeekYear';
import { parseISO } from 'date-fns/parseISO';
import { instantInStockholm } from '@omsorg/rules';

const STOCKHOLM = 'Europe/Stockholm';
const dayFormat = new Intl.DateTimeFormat('sv-SE', { timeZone: STOCKHOLM, year: 'numeric', month: '2-digit', day: '2-digit' });

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

/** A Stockholm day and time of day as an instant: the rule the portals use too (@omsorg/rules). */
export { instantInStockholm };

/** The first instant of a Stockholm day (midnight, summer or winter time). */
export function startOfDayInStockholm(day: string): Date {
  return instantInStockholm(day, '00:00');
}

const LANGUAGE_TAGS: Record<string, string> = { sv: 'sv-SE', en: 'en-GB', fi: 'fi-FI', ar: 'ar' };
const writtenFormats = new Map<string, Intl.DateTimeFormat>();

function writtenFormat(language: string, kind: 'day' | 'weekday' | 'clock'): Intl.DateTimeFormat {
  const tag = LANGUAGE_TAGS[language] ?? language;
  const key = `${tag} ${kind}`;
  let format = writtenFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      kind === 'clock'
        ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: STOCKHOLM }
        : { ...(kind === 'weekday' ? { weekday: 'long' as const } : {}), day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
    format = new Intl.DateTimeFormat(tag, options);
    writtenFormats.set(key, format);
  }
  return format;
}

/**
 * A Stockholm day "YYYY-MM-DD" written out for a reader: "4 december 2026", or with the weekday
 * "fredag 4 december 2026". The day is already Stockholm's and is never moved. `language` is
 * "sv", "en", "fi", "ar" or a language tag such as "sv-SE". Every letter and mail writes days so.
 */
export function writeDay(day: string, language = 'sv', options: { weekday?: boolean } = {}): string {
  return writtenFormat(language, options.weekday ? 'weekday' : 'day').format(new Date(`${day}T00:00:00Z`));
}

/** The Stockholm day of an instant, written out (see writeDay). */
export function writeDayOf(instant: Date, language = 'sv', options: { weekday?: boolean } = {}): string {
  return writeDay(dayInStockholm(instant), language, options);
}

/** The Stockholm clock time of an instant, "14:05", summer or winter time. */
export function writeClockTime(instant: Date, language = 'sv'): string {
  return writtenFormat(language, 'clock').format(instant);
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
