import { clientFingerprint, negotiateLocale, signInternalToken, type Actor, type InternalTokenKey, type RequestIdentity } from '@omsorg/platform';
import type { Request } from 'express';

export type { SignedInUser as SessionUser } from './identity-client.ts';

export type GatewayContext = { identity: RequestIdentity; internalToken: () => Promise<string> };

/**
 * Builds the per-request context from the actor resolved for this request (see session-gate);
 * the internal token is signed once, on first use.
 */
export function gatewayContext(req: Request, actor: Actor | undefined, key: InternalTokenKey): GatewayContext {
  const identity: RequestIdentity = {
    actor: actor ?? { kind: 'anonymous' },
    locale: negotiateLocale(req.headers['accept-language']),
    // Who the client is, for per-address rate limits, without telling any subgraph the address.
    ...(req.ip ? { client: clientFingerprint(req.ip, key) } : {}),
  };
  let token: Promise<string> | undefined;
  return { identity, internalToken: () => (token ??= signInternalToken(identity, key)) };
}
