import { generateKeyPair, randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import type { JWK } from 'oidc-provider';

const generateKeyPairAsync = promisify(generateKeyPair);

/**
 * A fresh RSA key for signing ID tokens, as a private JWK. Made at every start: tokens from an
 * earlier run stop verifying, which is what we want in development.
 */
export async function generateSigningKey(): Promise<JWK> {
  const { privateKey } = await generateKeyPairAsync('rsa', { modulusLength: 2048 });
  const jwk = privateKey.export({ format: 'jwk' });
  return { ...jwk, kid: randomUUID(), alg: 'RS256', use: 'sig' } as JWK;
}
