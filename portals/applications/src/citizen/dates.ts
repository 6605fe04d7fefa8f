/** The portal's languages (as @omsorg/ui's Locale); kept here so this file stays free of Vue. */
export type Locale = 'sv' | 'en' | 'fi' | 'ar';

const localeTags: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB', fi: 'fi-FI', ar: 'ar' };
/** Times are shown as they are in Stockholm, wherever the browser happens to be. */
export const serviceTimeZone = 'Europe/Stockholm';

function dayAsUtcDate(isoDay: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDay);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A day in full, as a letter would write it: "fredag 4 december 2026". */
export function formatFullDate(isoDay: string, locale: Locale): string {
  const date = dayAsUtcDate(isoDay);
  if (!date) return isoDay;
  return new Intl.DateTimeFormat(localeTags[locale], { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** A day without the weekday: "4 december 2026". */
export function formatDay(isoDay: string, locale: Locale): string {
  const date = dayAsUtcDate(isoDay);
  if (!date) return isoDay;
  return new Intl.DateTimeFormat(localeTags[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** An instant in Stockholm time: "4 december 2026 kl. 14:05". */
export function formatMoment(isoInstant: string, locale: Locale): string {
  const date = new Date(isoInstant);
  if (Number.isNaN(date.getTime())) return isoInstant;
  return new Intl.DateTimeFormat(localeTags[locale], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: serviceTimeZone,
  }).format(date);
}

/** An instant in Stockholm time with the weekday: "måndag 7 december 2026 kl. 14:05". */
export function formatFullMoment(isoInstant: string, locale: Locale): string {
  const date = new Date(isoInstant);
  if (Number.isNaN(date.getTime())) return isoInstant;
  return new Intl.DateTimeFormat(localeTags[locale], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: serviceTimeZone,
  }).format(date);
}

/** Today's date in Stockholm as YYYY-MM-DD. */
export function stockholmDay(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: serviceTimeZone }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Whole days from today to a deadline day: 0 on the day itself, negative once it has passed. */
export function daysUntil(isoDay: string, today: string = stockholmDay()): number {
  const deadline = dayAsUtcDate(isoDay);
  const from = dayAsUtcDate(today);
  if (!deadline || !from) return 0;
  return Math.round((deadline.getTime() - from.getTime()) / 86_400_000);
}
