import type { Request } from 'express';
import type { Audience, GatewayConfig } from './config.ts';

/**
 * Which portal a request comes through, from the Host the portal's proxy (or the ingress)
 * keeps. The two portals have separate sessions and cookies, so a citizen session is never
 * usable in the staff workspace.
 */
export function audienceOf(req: Request, config: GatewayConfig): Audience {
  const host = String(req.headers['x-forwarded-host'] ?? req.headers.host ?? '').split(',')[0]?.trim();
  return host === new URL(config.oidc.staff.portalUrl).host ? 'staff' : 'citizen';
}

/** Origins allowed to send state-changing requests (CSRF protection beside SameSite cookies). */
export function allowedOrigins(config: GatewayConfig): Set<string> {
  return new Set([new URL(config.oidc.citizen.portalUrl).origin, new URL(config.oidc.staff.portalUrl).origin]);
}
