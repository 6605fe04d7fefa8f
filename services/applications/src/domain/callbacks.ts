import { addDaysTo, isNonWorkingDay, nextWorkingDay } from './calendar.ts';
import { dayInStockholm, startOfDayInStockholm } from './stockholm-time.ts';

/*
 * Callbacks ("återuppringning"): when one falls due, and how a call went. A callback asked for
 * through the contact centre must happen within 48 hours (004 L164); the city answers that as
 * two working days of office hours, so a request made at night or on a weekend is never due at
 * night: it counts from the next opening, and falls due within office hours.
 */

/** Office hours in Stockholm time, minutes after midnight. */
export type OfficeHours = { opensAt: number; closesAt: number };

export const DEFAULT_OFFICE_HOURS = '08:00-16:30';
export const DEFAULT_CALLBACK_WORKING_DAYS = 2;

/** How a call went ("utfall"): reached; not reached; reached or not, another call is needed. */
export const CALLBACK_OUTCOMES = ['REACHED', 'NOT_REACHED', 'NEW_CALLBACK_NEEDED'] as const;
export type CallbackOutcome = (typeof CALLBACK_OUTCOMES)[number];

const HOURS = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)$/;

/** "08:00-16:30" as minutes; throws (at start-up, naming the variable) on anything else. */
export function parseOfficeHours(value: string, name = 'CALLBACK_OFFICE_HOURS'): OfficeHours {
  const match = HOURS.exec(value.trim());
  const hours = match ? { opensAt: Number(match[1]) * 60 + Number(match[2]), closesAt: Number(match[3]) * 60 + Number(match[4]) } : null;
  if (!hours || hours.closesAt <= hours.opensAt) throw new Error(`${name} must be "HH:MM-HH:MM" with the opening before the closing, e.g. "${DEFAULT_OFFICE_HOURS}"`);
  return hours;
}

/** When callbacks fall due: CALLBACK_OFFICE_HOURS (default 08:00-16:30) and CALLBACK_WORKING_DAYS (default 2). */
export function callbackRules(env: Record<string, string | undefined> = process.env): { hours: OfficeHours; workingDays: number } {
  const hours = parseOfficeHours(env.CALLBACK_OFFICE_HOURS?.trim() || DEFAULT_OFFICE_HOURS);
  const days = env.CALLBACK_WORKING_DAYS?.trim() ? Number(env.CALLBACK_WORKING_DAYS) : DEFAULT_CALLBACK_WORKING_DAYS;
  if (!Number.isInteger(days) || days < 1 || days > 10) throw new Error('CALLBACK_WORKING_DAYS must be a whole number from 1 to 10');
  return { hours, workingDays: days };
}

// Clocks change on Sunday nights, never on a working day, so minutes after a working day's
// midnight are its wall-clock time.
const at = (day: string, minute: number) => new Date(startOfDayInStockholm(day).getTime() + minute * 60_000);

/**
 * When a callback asked for at `requestedAt` is due: after `workingDays` days' worth of office
 * hours, counted from the request when the office is open, else from its next opening. Always
 * within office hours on a working day (Stockholm time).
 */
export function callbackDueAt(requestedAt: Date, rules: { hours: OfficeHours; workingDays: number } = callbackRules()): Date {
  const { opensAt, closesAt } = rules.hours;
  let day = dayInStockholm(requestedAt);
  let minute = Math.floor((requestedAt.getTime() - startOfDayInStockholm(day).getTime()) / 60_000);
  if (isNonWorkingDay(day) || minute >= closesAt) {
    day = nextWorkingDay(addDaysTo(day, 1));
    minute = opensAt;
  } else if (minute < opensAt) minute = opensAt;
  let remaining = rules.workingDays * (closesAt - opensAt);
  while (remaining > closesAt - minute) {
    remaining -= closesAt - minute;
    day = nextWorkingDay(addDaysTo(day, 1));
    minute = opensAt;
  }
  return at(day, minute + remaining);
}
