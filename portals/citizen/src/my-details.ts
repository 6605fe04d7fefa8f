/** 194203152386 as 19420315-2386, the way people write it. */
export function formatPersonnummer(digits: string): string {
  return /^\d{12}$/.test(digits) ? `${digits.slice(0, 8)}-${digits.slice(8)}` : digits;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A moment in Stockholm time ("5 dec. 2026 14:05"), whatever the computer's time zone; one formatter per language. */
export function formatStockholmMoment(iso: string, localeTag: string): string {
  let formatter = formatters.get(localeTag);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(localeTag, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Stockholm' });
    formatters.set(localeTag, formatter);
  }
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatter.format(date);
}
