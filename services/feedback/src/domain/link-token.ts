import { createHmac, randomBytes } from 'node:crypto';

/*
 * The token in a forward's link (/synpunkter/svar/<token>): random, 32 bytes, base64url; only its
 * HMAC with the service's pepper is stored, so a database read alone opens no forward.
 */

/** A new token: 32 random bytes, base64url (43 characters). */
export function generateLinkToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Whether a text can be a token at all (checked before any hashing or database read). */
export function isLinkTokenShaped(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

/** What is stored of a token: HMAC-SHA-256 with the pepper, hex. */
export function hashLinkToken(token: string, pepper: string): string {
  return createHmac('sha256', pepper).update(token, 'utf8').digest('hex');
}

/** The development pepper: fine on a laptop, refused in production. */
export const DEVELOPMENT_LINK_PEPPER = 'omsorg-development-feedback-link-pepper';

/**
 * The pepper from `FEEDBACK_LINK_PEPPER` (at least 32 characters). Unset, development uses a
 * fixed default; production refuses without one. Changing it makes every link sent invalid.
 */
export function linkPepper(env: Record<string, string | undefined> = process.env): string {
  const pepper = env.FEEDBACK_LINK_PEPPER;
  if (pepper) {
    if (pepper.length < 32) throw new Error('FEEDBACK_LINK_PEPPER must be at least 32 characters');
    return pepper;
  }
  if (env.NODE_ENV === 'production') throw new Error('FEEDBACK_LINK_PEPPER is required in production');
  return DEVELOPMENT_LINK_PEPPER;
}

/** A forward's link is open this many days after it was sent. */
export const LINK_VALID_DAYS = 60;

export function linkExpiry(sentAt: Date): Date {
  return new Date(sentAt.getTime() + LINK_VALID_DAYS * 86_400_000);
}

/** The citizen portal's page where a provider answers. */
export const PROVIDER_ANSWER_PATH = '/synpunkter/svar';

/** The link in the mail: CITIZEN_PORTAL_URL (http://localhost:8080 in development) + /synpunkter/svar/<token>. */
export function providerAnswerLink(token: string, env: Record<string, string | undefined> = process.env): string {
  const base = (env.CITIZEN_PORTAL_URL ?? 'http://localhost:8080').replace(/\/+$/, '');
  return `${base}${PROVIDER_ANSWER_PATH}/${token}`;
}

/** Why a link does not open a forward, or null when it does. */
export type LinkRefusal = 'UNKNOWN' | 'EXPIRED' | 'ANSWERED';

export function linkRefusal(forward: { linkExpiresAt?: Date | null; answeredAt?: Date | null } | null, now: Date): LinkRefusal | null {
  if (!forward) return 'UNKNOWN';
  if (forward.answeredAt) return 'ANSWERED';
  if (!forward.linkExpiresAt || forward.linkExpiresAt.getTime() <= now.getTime()) return 'EXPIRED';
  return null;
}
