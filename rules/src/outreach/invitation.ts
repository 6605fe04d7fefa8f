import { z } from 'zod';
import { isIsoDate } from '../dates.ts';

/**
 * The invitation code printed on an outreach letter: 12 characters from a 31-character alphabet
 * without look-alikes (no 0/O, 1/I/L), about 59 bits, so it cannot be guessed. People may type
 * it in lower case, with spaces or hyphens ("kbf7 9xtm-q4rh"); the service and the portal read
 * it the same way through `normalizeInvitationCode`.
 */
export const INVITATION_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const INVITATION_CODE_LENGTH = 12;
/** What a code field accepts before it is read: the code with a few spaces or hyphens. */
export const INVITATION_CODE_INPUT_MAX_LENGTH = 40;
/** A reason given for declining ("Nej tack"), optional. */
export const INVITATION_DECLINE_REASON_MAX_LENGTH = 500;

const CODE_CHARACTER = new RegExp(`^[${INVITATION_CODE_ALPHABET}]{${INVITATION_CODE_LENGTH}}$`);

/** The code as stored (its hash) and printed (grouped): upper case, no spaces or hyphens; null when not 12 valid characters. */
export function normalizeInvitationCode(input: string): string | null {
  if (input.length > INVITATION_CODE_INPUT_MAX_LENGTH) return null;
  const code = input.replace(/[\s\-‐‑–—]/g, '').toUpperCase();
  return CODE_CHARACTER.test(code) ? code : null;
}

/** The code field: required, then 12 valid characters ("validation.invitationCode.*"). */
export const invitationCode = z
  .string()
  .trim()
  .min(1, { message: 'validation.invitationCode.required', abort: true })
  .refine((value) => normalizeInvitationCode(value) !== null, 'validation.invitationCode.format')
  .transform((value) => normalizeInvitationCode(value) ?? value);

/**
 * A birth date from three fields (day, month, year) as older people write it ("5", "9", "1951"),
 * as YYYY-MM-DD; null when it is not a real day in a plausible year.
 */
export function birthDateOf(parts: { day: string; month: string; year: string }): string | null {
  const [day, month, year] = [parts.day.trim(), parts.month.trim(), parts.year.trim()];
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return null;
  const written = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isIsoDate(written) && Number(year) >= 1900 ? written : null;
}
