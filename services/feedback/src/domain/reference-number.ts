const PREFIX = 'SYN';
const DIGITS = 6;

/**
 * The number a sender quotes when they call about their feedback ("diarienummer"), e.g.
 * SYN-2026-000123. The serial comes from a database sequence, so it is unique across years;
 * the year only helps people read it.
 */
export function formatReferenceNumber(year: number, serial: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`Not a four-digit year: ${year}`);
  if (!Number.isSafeInteger(serial) || serial < 1) throw new RangeError(`Not a positive serial: ${serial}`);
  return `${PREFIX}-${year}-${String(serial).padStart(DIGITS, '0')}`;
}

const stockholmYear = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric' });

/** The calendar year in Stockholm at an instant: feedback sent at midnight on New Year's Eve belongs to the new year. */
export function yearInStockholm(at: Date): number {
  return Number(stockholmYear.format(at));
}
