import { z } from 'zod';
import { isIsoDate } from '../dates.ts';

/**
 * The invitation code printed on an outreach letter: 12 signs from a 31-sign alphabet, about 59
 * bits, so it cannot be guessed. The alphabet is the ten digits and the letters A–Z without I, L,
 * O, U and W: the letters that look like 0 and 1 are absent, so whoever reads the code aloud may
 * say "o" or "i" and normalizeInvitationCode reads O as 0 and I and L as 1; U and W are left out
 * because they are the letters most often heard or written as V. People may type it in lower case,
 * with spaces or hyphens ("kbf7 9xtm-q4rh"); the service and the portal read it the same way.
 */
export const INVITATION_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVXYZ';
export const INVITATION_CODE_LENGTH = 12;
/** What a code field accepts before it is read: the code with a few spaces or hyphens. */
export const INVITATION_CODE_INPUT_MAX_LENGTH = 40;
/** A reason given for declining ("Nej tack"), optional. */
export const INVITATION_DECLINE_REASON_MAX_LENGTH = 500;

/** Look-alikes a person may type for a sign: each can only mean one sign, since the letter is not in the alphabet. */
const LOOKALIKES: Readonly<Record<string, string>> = { O: '0', I: '1', L: '1' };

/**
 * The code a person typed, in canonical form (12 signs of the alphabet, no separators), or null
 * when it cannot be one. Spaces, hyphens, dashes, dots and underscores are ignored; lower case and
 * full-width forms from a phone keyboard (NFKC) are read as the sign.
 */
export function normalizeInvitationCode(input: string): string | null {
  if (input.length > INVITATION_CODE_INPUT_MAX_LENGTH) return null;
  const signs = [...input.normalize('NFKC').replace(/[\s\-‐‑‒–—_.]/g, '').toUpperCase()].map((sign) => LOOKALIKES[sign] ?? sign);
  if (signs.length !== INVITATION_CODE_LENGTH || signs.some((sign) => !INVITATION_CODE_ALPHABET.includes(sign))) return null;
  return signs.join('');
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
