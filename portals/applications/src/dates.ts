/**
 * The applications pages' date formats (citizen and staff), each a preset of @omsorg/ui's
 * formatDate: a day ("2026-12-04") is shown as it is, an instant as it is in Stockholm, so a
 * receipt, the timeline and the letter all say the same day. `locale` is the portal's language
 * unless given (tests give it).
 */
import { currentLocale, formatDate, stockholmDay, type Locale } from '@omsorg/ui';

const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
const CLOCK: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };

/** A day in full, as a letter would write it: "fredag 4 december 2026". */
export function formatFullDate(value: string, locale: Locale = currentLocale()): string {
  return formatDate(value, { weekday: 'long', ...DAY }, locale);
}

/** A day without the weekday: "4 december 2026". */
export function formatDay(value: string, locale: Locale = currentLocale()): string {
  return formatDate(value, DAY, locale);
}

/** An instant in Stockholm time: "4 december 2026 kl. 14:05". */
export function formatMoment(isoInstant: string, locale: Locale = currentLocale()): string {
  return formatDate(isoInstant, { ...DAY, ...CLOCK }, locale);
}

/** An instant in Stockholm time with the weekday: "måndag 7 december 2026 kl. 14:05". */
export function formatFullMoment(isoInstant: string, locale: Locale = currentLocale()): string {
  return formatDate(isoInstant, { weekday: 'long', ...DAY, ...CLOCK }, locale);
}

function dayAsUtcDate(isoDay: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Whole days from today to a deadline day: 0 on the day itself, negative once it has passed. */
export function daysUntil(isoDay: string, today: string = stockholmDay()): number {
  const deadline = dayAsUtcDate(isoDay);
  const from = dayAsUtcDate(today);
  if (!deadline || !from) return 0;
  return Math.round((deadline.getTime() - from.getTime()) / 86_400_000);
}
