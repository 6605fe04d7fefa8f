import { createHmac, type webcrypto } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';
import { z } from 'zod';
import { LOCALES } from '../i18n/locale.ts';
import { STAFF_ROLES, type RequestIdentity } from './actor.ts';

const ISSUER = 'omsorg-gateway';
const AUDIENCE = 'omsorg-subgraphs';
/** Short-lived: a token only has to outlive one planned query. */
const LIFETIME_SECONDS = 60;
/** The longest lifetime a subgraph accepts, and the clock skew it forgives between replicas. */
export const MAX_TOKEN_LIFETIME_SECONDS = 5 * 60;
const CLOCK_TOLERANCE_SECONDS = 5;

const actorSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('anonymous') }),
  z.object({ kind: z.literal('person'), personId: z.uuid(), actingFor: z.array(z.uuid()).max(100) }),
  z.object({ kind: z.literal('staff'), staffId: z.uuid(), roles: z.array(z.enum(STAFF_ROLES)), unit: z.string() }),
  z.object({ kind: z.literal('system') }),
]);

const claimsSchema = z.object({ actor: actorSchema, locale: z.enum(LOCALES), client: z.string().regex(/^[0-9a-f]{64}$/).optional() });

export type InternalTokenKey = Uint8Array;

export function internalTokenKey(secret = process.env.INTERNAL_JWT_SECRET): InternalTokenKey {
  if (!secret || secret.length < 32) {
    throw new Error('INTERNAL_JWT_SECRET must be set to at least 32 characters');
  }
  return new TextEncoder().encode(secret);
}

/** The secret imported once as a WebCrypto key, not at every request as jose does with bytes. */
const verifyingKeys = new WeakMap<InternalTokenKey, Promise<webcrypto.CryptoKey>>();
function verifyingKey(key: InternalTokenKey): Promise<webcrypto.CryptoKey> {
  let imported = verifyingKeys.get(key);
  if (!imported) verifyingKeys.set(key, (imported = crypto.subtle.importKey('raw', key, { name: 'HMAC', hash: 'SHA-256' }, false, ['verify'])));
  return imported;
}

export async function signInternalToken(identity: RequestIdentity, key: InternalTokenKey): Promise<string> {
  return new SignJWT({ actor: identity.actor, locale: identity.locale, ...(identity.client ? { client: identity.client } : {}) })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${LIFETIME_SECONDS}s`)
    .sign(key);
}

/**
 * Throws when the token is missing, forged, expired or malformed, and when it lacks `exp` or
 * `iat` or would live longer than five minutes (from its issue or from now): a leaked token
 * is useless within minutes.
 */
export async function verifyInternalToken(token: string, key: InternalTokenKey): Promise<RequestIdentity> {
  const { payload } = await jwtVerify(token, await verifyingKey(key), {
    issuer: ISSUER,
    audience: AUDIENCE,
    algorithms: ['HS256'],
    requiredClaims: ['exp', 'iat'],
    maxTokenAge: MAX_TOKEN_LIFETIME_SECONDS,
    clockTolerance: CLOCK_TOLERANCE_SECONDS,
  });
  const { exp = Infinity, iat = -Infinity } = payload;
  const now = Math.floor(Date.now() / 1000);
  if (exp - iat > MAX_TOKEN_LIFETIME_SECONDS || exp - now > MAX_TOKEN_LIFETIME_SECONDS + CLOCK_TOLERANCE_SECONDS) {
    throw new Error('internal token lives too long');
  }
  return claimsSchema.parse(payload);
}

/**
 * The client's address as the subgraphs may know it: an HMAC keyed by the internal secret, so
 * rate limits can count per address without any service storing the address.
 */
export function clientFingerprint(address: string, key: InternalTokenKey): string {
  return createHmac('sha256', key).update(address).digest('hex');
}
