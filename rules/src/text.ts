import { z } from 'zod';

/**
 * Text that must be written: trimmed, at most `max` characters; `missing` is the message key when
 * it is empty (a form asks in its own words), "validation.tooLong" when it is too long.
 */
export function requiredText(max: number, missing = 'validation.required') {
  return z.string().trim().min(1, { message: missing, abort: true }).max(max, 'validation.tooLong');
}
