import { createHmac, randomInt } from 'node:crypto';
import { INVITATION_CODE_ALPHABET, INVITATION_CODE_LENGTH, normalizeInvitationCode as normalize } from '@omsorg/rules/outreach';

/**
 * Invitation codes (docs/ARCHITECTURE.md, "Outreach: invitations"): 12 characters from a
 * 31-character alphabet without look-alikes, about 59 bits. Only a keyed hash is stored, so the
 * code exists in plain only on the letter.
 */

/** A new random code, 12 characters, e.g. "KBF79XTMQ4RH". */
export function generateInvitationCode(): string {
  let code = '';
  for (let i = 0; i < INVITATION_CODE_LENGTH; i++) code += INVITATION_CODE_ALPHABET[randomInt(INVITATION_CODE_ALPHABET.length)];
  return code;
}

/** As printed: groups of four with hyphens, "KBF7-9XTM-Q4RH". */
export function formatInvitationCode(code: string): string {
  return (normalize(code) ?? code).match(/.{1,4}/g)!.join('-');
}

/** Accepts lower case, spaces and hyphens; null when it is not 12 valid characters. */
export function normalizeInvitationCode(input: string): string | null {
  return normalize(input);
}

/** HMAC-SHA-256 of the normalised code with the pepper, hex: what the database keeps. */
export function hashInvitationCode(code: string, pepper: string): string {
  return createHmac('sha256', pepper).update(normalize(code) ?? code).digest('hex');
}

const DEVELOPMENT_PEPPER = 'omsorg-development-invitation-pepper';

/**
 * The pepper from INVITATION_CODE_PEPPER (a secret of at least 32 characters in production, kept
 * apart from the database); a fixed development value when unset, so codes in development data
 * and tests stay valid between runs.
 */
export function invitationCodePepper(env: Record<string, string | undefined> = process.env): string {
  const pepper = env.INVITATION_CODE_PEPPER?.trim();
  if (pepper) return pepper;
  if (env.NODE_ENV === 'production') throw new Error('INVITATION_CODE_PEPPER must be set in production (a secret of at least 32 characters)');
  return DEVELOPMENT_PEPPER;
}
