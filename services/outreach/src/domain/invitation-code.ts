import { createHmac, randomInt } from 'node:crypto';
import { INVITATION_CODE_ALPHABET, INVITATION_CODE_LENGTH, normalizeInvitationCode } from '@omsorg/rules/outreach';

/**
 * Invitation codes: printed on the letter, typed (or read aloud to someone who types) by a person
 * without BankID, together with their birth date. Only the code's HMAC is stored. The alphabet and
 * how typed input is read live in `@omsorg/rules/outreach`, so the portal reads a code as the
 * service does.
 */
export { INVITATION_CODE_ALPHABET, INVITATION_CODE_LENGTH, normalizeInvitationCode };

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
