/* Days and clock times as letters and mails write them, in Stockholm time. */

const STOCKHOLM = 'Europe/Stockholm';
const dayFormat = new Intl.DateTimeFormat('sv-SE', { timeZone: STOCKHOLM, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day in Stockholm at an instant, "YYYY-MM-DD": deadlines run on Swedish days. */
export function dayInStockholm(instant: Date): string {
  return dayFormat.format(instant);
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
