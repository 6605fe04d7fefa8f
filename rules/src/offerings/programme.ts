import { clockInStockholm, instantInStockholm } from '../stockholm-clock.ts';

/**
 * The printable programme's month ("YYYY-MM"): which months may be asked for, and where one
 * begins and ends in Stockholm time. The service checks it; the staff page offers only these.
 */

/** How many months before or after this month a programme may be made for. */
export const PROGRAMME_MONTHS_AWAY = 12;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The month `count` months after "YYYY-MM" (negative: before). */
export function addMonths(month: string, count: number): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (number - 1) + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Why a month cannot be asked for: not a month at all, or more than 12 months from `today`'s; null when it can. */
export function programmeMonthIssue(month: string, today: string): 'format' | 'tooFar' | null {
  const match = MONTH.exec(month);
  if (!match) return 'format';
  const current = today.slice(0, 7);
  const distance = (Number(match[1]) * 12 + Number(match[2])) - (Number(current.slice(0, 4)) * 12 + Number(current.slice(5, 7)));
  return Math.abs(distance) > PROGRAMME_MONTHS_AWAY ? 'tooFar' : null;
}

/** The months the staff page offers: this month and the next twelve (`today` is a Stockholm day). */
export function programmeMonths(today: string): string[] {
  const current = today.slice(0, 7);
  return Array.from({ length: PROGRAMME_MONTHS_AWAY + 1 }, (_, index) => addMonths(current, index));
}

/** The month's first instant and the next month's, in Stockholm time: [from, to). */
export function monthInStockholm(month: string): { from: Date; to: Date } {
  return { from: instantInStockholm(`${month}-01`, '00:00'), to: instantInStockholm(`${addMonths(month, 1)}-01`, '00:00') };
}

/** This month in Stockholm, "YYYY-MM". */
export function currentMonthInStockholm(now: Date = new Date()): string {
  return clockInStockholm(now).day.slice(0, 7);
}
