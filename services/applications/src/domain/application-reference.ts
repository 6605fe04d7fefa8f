import { dayInStockholm } from './stockholm-time.ts';

const PREFIX = 'ANS';
const DIGITS = 6;

/**
 * The reference number ("ärendenummer") an applicant quotes, e.g. ANS-2026-000123. The serial
 * comes from a database sequence, so it is unique across years; the year only helps people
 * read it.
 */
export function formatApplicationReference(year: number, serial: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`Not a four-digit year: ${year}`);
  if (!Number.isSafeInteger(serial) || serial < 1) throw new RangeError(`Not a positive serial: ${serial}`);
  return `${PREFIX}-${year}-${String(serial).padStart(DIGITS, '0')}`;
}

/** The year a reference number shows: the year in Stockholm when the application was sent. */
export function referenceYear(submittedAt: Date): number {
  return Number(dayInStockholm(submittedAt).slice(0, 4));
}
