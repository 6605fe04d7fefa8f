import { currentLocale } from './current-locale.ts';

const localeTags = { sv: 'sv-SE', en: 'en-GB', fi: 'fi-FI', ar: 'ar' } as const;

export function formatDate(iso: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(localeTags[currentLocale()], options).format(date);
}

export function formatDateTime(iso: string): string {
  return formatDate(iso, { dateStyle: 'medium', timeStyle: 'short' });
}
