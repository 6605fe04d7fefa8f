import { z } from 'zod';

/** A count typed by staff: a whole number, 0 or more (blank is 0). */
const count = z
  .string()
  .trim()
  .transform((value) => (value === '' ? '0' : value))
  .refine((value) => /^\d{1,5}$/.test(value), 'errors.count')
  .transform(Number);

export const walkInsFormSchema = z.object({ women: count, men: count, unknown: count });

export const WALK_IN_IDS = { women: 'walk-ins-women', men: 'walk-ins-men', unknown: 'walk-ins-unknown' } as const;

/** "YYYY-MM" of a moment in Stockholm. */
export function monthOf(instant: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit' }).format(instant).slice(0, 7);
}

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
