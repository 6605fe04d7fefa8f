/*
 * The Swedish calendar, computed here rather than asked of a holiday library: date-holidays
 * cost ~0.7 ms per day checked and ~300 ms to build one year (tests/bench/RESULTS.md, "Decision
 * letter"); these rules give the same days for 2005-2100 and build a year in well under 1 ms.
 * They are short and fixed by law:
 *
 * - Public holidays, lag (1989:253) om allmänna helgdagar: nyårsdagen (1 Jan), trettondedag jul
 *   (6 Jan), långfredagen, påskdagen, annandag påsk, Kristi himmelsfärdsdag (Easter + 39),
 *   första maj, pingstdagen (Easter + 49, a Sunday), nationaldagen (6 Jun; before 2005 annandag
 *   pingst instead), midsommardagen (the Saturday 20-26 Jun), alla helgons dag (the Saturday
 *   31 Oct-6 Nov), juldagen and annandag jul.
 * - A deadline that ends on a Saturday, Sunday, public holiday, midsommarafton, julafton or
 *   nyårsafton moves to the next working day, lag (1930:173) om beräkning av lagstadgad tid:
 *   those eves are non-working days here too (the city's offices are closed on them as well).
 */

/** Each year's non-working days as "YYYY-MM-DD", built once per year on first use. */
const nonWorkingDaysByYear = new Map<number, Set<string>>();

function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher"). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(year, month, day);
}

/** Weekday of a day, 0 Sunday … 6 Saturday, independent of the process's time zone. */
function weekday(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** The day of `weekdayWanted` in [from, from + 6] of the month (e.g. the Saturday 20-26 June). */
function weekdayOnOrAfter(year: number, month: number, from: number, weekdayWanted: number): { month: number; day: number } {
  const date = new Date(Date.UTC(year, month - 1, from + ((weekdayWanted - weekday(year, month, from) + 7) % 7)));
  return { month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function shifted(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Public holidays and the three eves of `year` that fall on weekdays or not (weekends are added apart). */
export function swedishHolidays(year: number): string[] {
  const easter = easterSunday(year);
  const midsummerDay = weekdayOnOrAfter(year, 6, 20, 6);
  const allSaints = weekdayOnOrAfter(year, 10, 31, 6);
  return [
    iso(year, 1, 1),
    iso(year, 1, 6),
    shifted(easter, -2),
    easter,
    shifted(easter, 1),
    shifted(easter, 39),
    shifted(easter, 49),
    // Until 2004 annandag pingst was the holiday; from 2005 nationaldagen took its place.
    year < 2005 ? shifted(easter, 50) : iso(year, 6, 6),
    iso(year, 5, 1),
    shifted(iso(year, midsummerDay.month, midsummerDay.day), -1),
    iso(year, midsummerDay.month, midsummerDay.day),
    iso(year, allSaints.month, allSaints.day),
    iso(year, 12, 24),
    iso(year, 12, 25),
    iso(year, 12, 26),
    iso(year, 12, 31),
  ];
}

/** Saturdays, Sundays, public holidays, and midsummer, Christmas and New Year's eves of `year`. */
function computeNonWorkingDays(year: number): Set<string> {
  const days = new Set(swedishHolidays(year));
  const firstSaturday = (6 - weekday(year, 1, 1) + 7) % 7;
  const date = new Date(Date.UTC(year, 0, 1 + firstSaturday));
  while (date.getUTCFullYear() === year) {
    days.add(date.toISOString().slice(0, 10));
    date.setUTCDate(date.getUTCDate() + 1);
    if (date.getUTCFullYear() === year) days.add(date.toISOString().slice(0, 10));
    date.setUTCDate(date.getUTCDate() + 6);
  }
  return days;
}

/**
 * A day on which a deadline cannot end (lag (1930:173) om beräkning av lagstadgad tid), and on
 * which the offices are closed: Saturdays, Sundays, public holidays, and midsummer, Christmas
 * and New Year's eves. A set lookup once the year is built.
 */
export function isNonWorkingDay(day: string): boolean {
  const year = Number(day.slice(0, 4));
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

/** A calendar day ("YYYY-MM-DD") moved by whole days: counted in UTC, so no time zone or summer time can shift it. */
export function addDaysTo(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, date! + days)).toISOString().slice(0, 10);
}

/** Each year's public holidays and the three eves, built once per year on first use. */
const holidaysByYear = new Map<number, Set<string>>();

/**
 * A public holiday, or midsummer, Christmas or New Year's eve (whatever the weekday): a day no
 * outreach slot is offered on, even when a worker's template covers a weekend.
 */
export function isHoliday(day: string): boolean {
  const year = Number(day.slice(0, 4));
  let days = holidaysByYear.get(year);
  if (!days) {
    days = new Set(swedishHolidays(year));
    holidaysByYear.set(year, days);
  }
  return days.has(day);
}
