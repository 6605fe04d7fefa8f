import { z } from 'zod';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day written as YYYY-MM-DD that exists (no 2026-02-30). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A required day (YYYY-MM-DD): `missing` is the message key when it is empty (a form says
 * which date), "validation.day" when it is not a real day, "validation.notInFuture" when
 * `notAfter` is given and it is later.
 */
export function day(options: { missing?: string; notAfter?: string } = {}) {
  const written = z
    .string()
    .trim()
    .min(1, { message: options.missing ?? 'validation.required', abort: true })
    .refine(isIsoDate, { message: 'validation.day', abort: true });
  const latest = options.notAfter;
  return latest === undefined ? written : written.refine((value) => value <= latest, 'validation.notInFuture');
}

/** An optional day: empty becomes null; anything else must be a real day. */
export const optionalDay = z
  .string()
  .trim()
  .refine((value) => value === '' || isIsoDate(value), 'validation.day')
  .transform((value) => (value === '' ? null : value));
