import { createHmac, randomInt } from 'node:crypto';

/**
 * Invitation codes: printed on the letter, typed (or read aloud to someone who types) by a person
 * without BankID, together with their birth date. Only the code's HMAC is stored.
 *
 * The alphabet is the ten digits and the letters A–Z without I, L, O, U and W: 31 signs, none of
 * which can be taken for another. The letters that look like 0 and 1 are absent, so whoever reads
 * the code aloud may say "noll" or "o", "ett" or "i": normalizeInvitationCode reads O as 0 and I
 * and L as 1, and the person gets in. U and W are left out to reach 31 and because they are the
 * letters most often heard or written as V. Twelve signs give 31^12 ≈ 7.9 · 10^17 codes (about
 * 59 bits): with guessing limited per code and per client address, a code cannot be guessed.
 */
export const INVITATION_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVXYZ';
export const INVITATION_CODE_LENGTH = 12;
/** The longest input worth reading: 12 signs with separators and spaces between every one. */
export const INVITATION_CODE_INPUT_MAX_LENGTH = 40;

/** A new code, each sign drawn uniformly from the alphabet by the operating system's random source. */
export function generateInvitationCode(): string {
  let code = '';
  // randomInt rejects the draws that would bias the result (rejection sampling), so every sign is equally likely.
  for (let i = 0; i < INVITATION_CODE_LENGTH; i++) code += INVITATION_CODE_ALPHABET[randomInt(INVITATION_CODE_ALPHABET.length)];
  return code;
}

/** The code as printed and read: groups of four, "KBF7-9XTM-Q4RH". */
export function formatInvitationCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}

/*
 * The look-alikes a person may type for a sign: each can only mean one sign of the alphabet,
 * because the letter it looks like is not in it. Lower case and full-width forms from a phone
 * keyboard (NFKC) are read as the sign too.
 */
const LOOKALIKES: Readonly<Record<string, string>> = { O: '0', I: '1', L: '1' };

/**
 * The code a person typed, in canonical form (12 signs of the alphabet, no separators), or null
 * when it cannot be one. Spaces, hyphens, dashes, dots and underscores between signs are ignored.
 */
export function normalizeInvitationCode(input: string): string | null {
  if (input.length > INVITATION_CODE_INPUT_MAX_LENGTH) return null;
  const signs = input
    .normalize('NFKC')
    .replace(/[\s\-‐‑‒–—_.]/g, '')
    .toUpperCase()
    .split('')
    .map((sign) => LOOKALIKES[sign] ?? sign)
    .join('');
  if (signs.length !== INVITATION_CODE_LENGTH) return null;
  for (const sign of signs) if (!INVITATION_CODE_ALPHABET.includes(sign)) return null;
  return signs;
}

/**
 * What is stored of a code: HMAC-SHA-256 with the service's pepper, hex. A database read alone
 * gives no code, and no code can be tried against the hashes without the pepper. `code` must be
 * canonical (normalizeInvitationCode).
 */
export function hashInvitationCode(code: string, pepper: string): string {
  return createHmac('sha256', pepper).update(code, 'utf8').digest('hex');
}

/** The development pepper: fine on a laptop, refused in production. */
export const DEVELOPMENT_INVITATION_CODE_PEPPER = 'omsorg-development-invitation-code-pepper';

/**
 * The pepper from `INVITATION_CODE_PEPPER` (at least 32 characters). Unset, development uses a
 * fixed default; production refuses to start without one. Changing it makes every code ever sent
 * invalid.
 */
export function invitationCodePepper(env: Record<string, string | undefined> = process.env): string {
  const pepper = env.INVITATION_CODE_PEPPER;
  if (pepper) {
    if (pepper.length < 32) throw new Error('INVITATION_CODE_PEPPER must be at least 32 characters');
    return pepper;
  }
  if (env.NODE_ENV === 'production') throw new Error('INVITATION_CODE_PEPPER is required in production');
  return DEVELOPMENT_INVITATION_CODE_PEPPER;
}
