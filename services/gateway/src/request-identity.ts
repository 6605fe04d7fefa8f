import { clientFingerprint, negotiateLocale, signInternalToken, type Actor, type InternalTokenKey, type RequestIdentity } from '@omsorg/platform';
import type { Request } from 'express';

/** What the gateway keeps about a signed-in user in the server-side session. */
export type SessionUser = { actor: Exclude<Actor, { kind: 'anonymous' | 'system' }>; displayName: string };

export type GatewayContext = { identity: RequestIdentity; internalToken: () => Promise<string> };

/** Builds the per-request context; the internal token is signed once, on first use. */
export function gatewayContext(req: Request, key: InternalTokenKey): GatewayContext {
  const user = req.session?.user;
  const identity: RequestIdentity = {
    actor: user?.actor ?? { kind: 'anonymous' },
    locale: negotiateLocale(req.headers['accept-language']),
    // Who the client is, for per-address rate limits, without telling any subgraph the address.
    ...(req.ip ? { client: clientFingerprint(req.ip, key) } : {}),
  };
  let token: Promise<string> | undefined;
  return { identity, internalToken: () => (token ??= signInternalToken(identity, key)) };
}
