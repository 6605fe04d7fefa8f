import { createHmac, randomInt } from 'node:crypto';

/*
 * The cancel code a person without BankID gets when registering ("avbokningskod"): 8 characters
 * from 32 that cannot be mistaken for one another (no I, O, 0, 1), shown once. Only its HMAC with
 * the service's pepper is stored (Registration.cancelCodeHash), so a database read alone cancels
 * nothing; guessing is slowed by the rate limit on cancelRegistrationByCode.
 */

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A new code, "K7QM-3PXW". */
export function generateCancelCode(): string {
  let code = '';
  for (let i = 0; i < 8; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** What is stored of a code (normalised by normaliseCancelCode first): HMAC-SHA-256 with the pepper, hex. */
export function hashCancelCode(code: string, pepper: string = cancelCodePepper()): string {
  return createHmac('sha256', pepper).update(code, 'utf8').digest('hex');
}

export const DEVELOPMENT_CANCEL_CODE_PEPPER = 'omsorg-development-offerings-cancel-code-pepper';

/**
 * The pepper from `OFFERINGS_CANCEL_CODE_PEPPER` (at least 32 characters). Unset, development uses
 * a fixed default; production refuses without one. Changing it makes every code given invalid.
 */
export function cancelCodePepper(env: Record<string, string | undefined> = process.env): string {
  const pepper = env.OFFERINGS_CANCEL_CODE_PEPPER;
  if (pepper) {
    if (pepper.length < 32) throw new Error('OFFERINGS_CANCEL_CODE_PEPPER must be at least 32 characters');
    return pepper;
  }
  if (env.NODE_ENV === 'production') throw new Error('OFFERINGS_CANCEL_CODE_PEPPER is required in production');
  return DEVELOPMENT_CANCEL_CODE_PEPPER;
}
