import { currentLocale } from './current-locale.ts';
import type { Locale } from './locales.ts';

/** Plain Swedish writes its dates and numbers as Swedish does. */
const localeTags: Record<Locale, string> = { sv: 'sv-SE', 'sv-x-easy': 'sv-SE', en: 'en-GB', fi: 'fi-FI', ar: 'ar' };

/** The Intl locale of a UI locale, for number and date formats of a package's own. */
export function intlLocale(locale: Locale = currentLocale()): string {
  return localeTags[locale];
}

/** Every date and time is shown and counted as it is in Stockholm, wherever the browser is. */
export const SERVICE_TIME_ZONE = 'Europe/Stockholm';

const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tag: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${tag} ${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, options);
    formatters.set(key, format);
  }
  return format;
}

/**
 * A day or an instant for a reader, in the portal's language (or `locale`). A day
 * ("2026-12-04", as the API gives decision and deadline days) is already a Stockholm day and
 * is shown as it is. An instant ("2026-12-04T23:30:00Z") is shown as it is in Stockholm: that
 * one is 5 December, 00:30, never 4 December as UTC or a browser elsewhere would have it.
 * What cannot be read is shown as it is.
 */
export function formatDate(value: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }, locale: Locale = currentLocale()): string {
  const day = CALENDAR_DAY.exec(value);
  const date = day ? new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))) : new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return formatter(localeTags[locale], { ...options, timeZone: day ? 'UTC' : SERVICE_TIME_ZONE }).format(date);
}

/** An instant's Stockholm date and time, short: "5 dec. 2026 00:30". */
export function formatDateTime(value: string, locale: Locale = currentLocale()): string {
  return formatDate(value, { dateStyle: 'medium', timeStyle: 'short' }, locale);
}

/** The Stockholm calendar day of an instant (now by default), "YYYY-MM-DD": today, as deadlines count. */
export function stockholmDay(instant: Date = new Date()): string {
  const parts = formatter('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: SERVICE_TIME_ZONE }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
