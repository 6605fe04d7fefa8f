import * as oidc from 'openid-client';
import type { Audience, GatewayConfig } from './config.ts';

export const PERSONAL_IDENTITY_NUMBER_CLAIM = 'https://id.oidc.se/claim/personalIdentityNumber';
/** Samordningsnummer, for people without a personnummer (Swedish OIDC profile). */
export const COORDINATION_NUMBER_CLAIM = 'https://id.oidc.se/claim/coordinationNumber';
export const SCOPES: Record<Audience, string> = {
  citizen: 'openid profile https://id.oidc.se/scope/naturalPersonNumber',
  staff: 'openid profile',
};

/**
 * OpenID Connect client configurations, discovered lazily and retried on the next login if
 * the provider was not reachable yet. Plain http is allowed only for a provider on localhost.
 */
export function createOidcClients(config: GatewayConfig) {
  const cache = new Map<Audience, Promise<oidc.Configuration>>();
  return (audience: Audience): Promise<oidc.Configuration> => {
    let pending = cache.get(audience);
    if (!pending) {
      const client = config.oidc[audience];
      const issuer = new URL(client.issuer);
      const local = issuer.protocol === 'http:' && ['localhost', '127.0.0.1'].includes(issuer.hostname);
      pending = oidc.discovery(issuer, client.clientId, client.clientSecret, undefined, local ? { execute: [oidc.allowInsecureRequests] } : undefined);
      pending.catch(() => cache.delete(audience));
      cache.set(audience, pending);
    }
    return pending;
  };
}

export type OidcClients = ReturnType<typeof createOidcClients>;
