import type { Locale } from '@omsorg/ui';

/*
 * How a day and a time read in full, for the eye and for a screen reader alike: "tisdag 12
 * januari", "tisdag 12 januari klockan 10.00, Träffpunkt Hägersten". Days and times come from the
 * API as Stockholm wall-clock ("2027-01-12", "10:00"), so nothing here converts time zones.
 */

const TAGS: Record<Locale, string> = { sv: 'sv-SE', 'sv-x-easy': 'sv-SE', en: 'en-GB', fi: 'fi-FI', ar: 'ar' };

/** "tisdag 12 januari" (en "Tuesday 12 January", fi "tiistai 12. tammikuuta"). */
export function dayInWords(day: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12));
  return new Intl.DateTimeFormat(TAGS[locale], { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(date).replace(',', '');
}

/** A clock time as it is written: "10.00" in Swedish and Finnish, "10:00" otherwise. */
export function clockInWords(time: string, locale: Locale): string {
  return locale === 'sv' || locale === 'sv-x-easy' || locale === 'fi' ? time.replace(':', '.') : time;
}

/** What a time is called in words, with its connecting word ("klockan") and its place. */
export type TimeWords = { at: string; place: string };

/** "tisdag 12 januari klockan 10.00, Träffpunkt Hägersten". */
export function timeInWords(slot: { date: string; startTime: string }, place: string, locale: Locale, at: string): string {
  return `${dayInWords(slot.date, locale)} ${at} ${clockInWords(slot.startTime, locale)}, ${place}`;
}
