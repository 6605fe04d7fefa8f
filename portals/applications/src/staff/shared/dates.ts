/**
 * Calendar helpers for the staff pages. Days are ISO strings ("2026-11-24") and are counted in
 * Stockholm, whatever the computer's own time zone is; today is @omsorg/ui's stockholmDay().
 */
import { clockInStockholm, instantInStockholm } from '@omsorg/rules';

const DAY_MS = 86_400_000;

// Formats the service checks too are written once, in @omsorg/rules.
export { isIsoDate } from '@omsorg/rules';
export { isIsoWeek, isQuarter } from '@omsorg/rules/applications';
export const isTime = (value: string): boolean => /^([01]\d|2[0-3]):[0-5]\d$/.test(value);

export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysFromTo(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** A Stockholm wall-clock date and time ("2026-11-24", "10:30") as an ISO instant. */
export function stockholmInstant(date: string, time: string): string {
  return instantInStockholm(date, time).toISOString();
}

/** An ISO instant as Stockholm date and time, to fill a form with. */
export function stockholmDateAndTime(instant: string): { date: string; time: string } {
  const { day, time } = clockInStockholm(new Date(instant));
  return { date: day, time };
}

/** ISO 8601 week of a date, as the case review uses it: "2026-W48". */
export function isoWeek(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  const weekday = (date.getUTCDay() + 6) % 7; // Monday 0
  const thursday = new Date(date.getTime() + (3 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  const firstMonday = firstThursday.getTime() - ((firstThursday.getUTCDay() + 6) % 7) * DAY_MS;
  const week = Math.floor((thursday.getTime() - firstMonday) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Monday of an ISO week. */
export function weekMonday(week: string): string {
  const [yearText, weekText] = week.split('-W');
  const year = Number(yearText);
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const mondayOfWeek1 = jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * DAY_MS;
  return new Date(mondayOfWeek1 + (Number(weekText) - 1) * 7 * DAY_MS).toISOString().slice(0, 10);
}

export function shiftWeek(week: string, weeks: number): string {
  return isoWeek(addDays(weekMonday(week), weeks * 7));
}

export function weekNumber(week: string): number {
  return Number(week.split('-W')[1]);
}

/** Calendar quarter of a date: "2026-Q4". */
export function quarterOf(isoDate: string): string {
  const month = Number(isoDate.slice(5, 7));
  return `${isoDate.slice(0, 4)}-Q${Math.ceil(month / 3)}`;
}

export function shiftQuarter(quarter: string, quarters: number): string {
  const year = Number(quarter.slice(0, 4));
  const index = year * 4 + Number(quarter.slice(6)) - 1 + quarters;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/** The quarters to offer, newest first, starting with the one of `today`. */
export function recentQuarters(today: string, count: number): string[] {
  const current = quarterOf(today);
  return Array.from({ length: count }, (_, i) => shiftQuarter(current, -i));
}
