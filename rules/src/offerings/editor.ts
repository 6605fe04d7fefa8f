import { addDaysTo, isHoliday } from '../swedish-calendar.ts';

/**
 * The editor's rules that the offerings service and the staff portal both check (docs/OFFERINGS.md
 * "Editor"): how long each text may be, and which days a session series falls on.
 */

/** At most this many sessions are made by one series (two years of one weekday, or a term of every day). */
export const SERIES_MAX_OCCASIONS = 120;
/** At most this many weeks in one series. */
export const SERIES_MAX_WEEKS = 104;
/** A session's room, a cancel reason: short texts. */
export const ROOM_MAX_LENGTH = 200;
export const CANCEL_REASON_MAX_LENGTH = 500;

/** ISO weekdays: 1 Monday … 7 Sunday. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A clock time "HH:MM" (24 hours). */
export function isClockTime(value: string): boolean {
  return TIME.test(value);
}

/** The ISO weekday (1 Monday … 7 Sunday) of a day "YYYY-MM-DD". */
export function isoWeekday(day: string): number {
  const [year, month, date] = day.split('-').map(Number);
  const weekday = new Date(Date.UTC(year!, month! - 1, date!)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

export type SeriesDays = {
  firstDate: string;
  weekdays: readonly number[];
  /** How many weeks from the first date, or the last date: one of the two. */
  weeks?: number | null;
  lastDate?: string | null;
  /** Leave out Swedish public holidays and the midsummer, Christmas and New Year's eves. */
  skipHolidays?: boolean;
};

/**
 * The days ("YYYY-MM-DD", in order) a weekly series falls on: every chosen weekday from the first
 * date to the last date (or for `weeks` weeks), holidays left out when asked. Counted on calendar
 * days, so summer time cannot move a day; the clock time is applied per day in Stockholm time.
 */
export function seriesDays(series: SeriesDays): string[] {
  const last = series.lastDate ?? addDaysTo(series.firstDate, Math.max(0, (series.weeks ?? 1) * 7 - 1));
  const weekdays = new Set(series.weekdays);
  const days: string[] = [];
  for (let day = series.firstDate; day <= last && days.length <= SERIES_MAX_OCCASIONS; day = addDaysTo(day, 1)) {
    if (!weekdays.has(isoWeekday(day))) continue;
    if (series.skipHolidays && isHoliday(day)) continue;
    days.push(day);
  }
  return days;
}
