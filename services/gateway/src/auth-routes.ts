import express, { type Request, type Response, type Router } from 'express';
import * as oidc from 'openid-client';
import type { Logger } from '@omsorg/platform';
import { allowedOrigins, audienceOf } from './audience.ts';
import type { GatewayConfig } from './config.ts';
import type { IdentityClient } from './identity-client.ts';
import { clearSessionCookie } from './sessions.ts';
import { COORDINATION_NUMBER_CLAIM, PERSONAL_IDENTITY_NUMBER_CLAIM, SCOPES, type OidcClients } from './oidc-clients.ts';

/** Only a path on the same portal, never another site ("open redirect"). */
export function safeReturnPath(value: unknown): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.includes('\\') ? value : '/';
}

function regenerate(req: Request): Promise<void> {
  return new Promise((resolve, reject) => req.session.regenerate((error) => (error ? reject(error) : resolve())));
}

/**
 * The backend-for-frontend login: the authorization-code flow with PKCE runs here, tokens
 * stay on the server, and the browser gets a session cookie.
 */
export function authRoutes(config: GatewayConfig, clients: OidcClients, identity: IdentityClient, log: Logger): Router {
  const router = express.Router();
  const origins = allowedOrigins(config);

  router.get('/login', async (req, res, next) => {
    try {
      const audience = audienceOf(req, config);
      const client = await clients(audience);
      const codeVerifier = oidc.randomPKCECodeVerifier();
      const login = { state: oidc.randomState(), nonce: oidc.randomNonce(), codeVerifier, returnTo: safeReturnPath(req.query.returnTo) };
      req.session.login = login;
      const url = oidc.buildAuthorizationUrl(client, {
        redirect_uri: `${config.oidc[audience].portalUrl}/auth/callback`,
        scope: SCOPES[audience],
        code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state: login.state,
        nonce: login.nonce,
        prompt: 'login',
        ui_locales: 'sv',
      });
      req.session.save((error) => (error ? next(error) : res.redirect(url.href)));
    } catch (error) {
      log.error({ err: error }, 'login could not start');
      res.status(503).type('text/plain; charset=utf-8').send('Inloggningen fungerar inte just nu. Försök igen om en stund.');
    }
  });

  router.get('/callback', async (req: Request, res: Response) => {
    const audience = audienceOf(req, config);
    const login = req.session.login;
    const portal = config.oidc[audience].portalUrl;
    if (!login) return res.redirect(`${portal}/?inloggning=misslyckades`);
    try {
      const client = await clients(audience);
      const currentUrl = new URL(req.originalUrl, portal);
      const tokens = await oidc.authorizationCodeGrant(client, currentUrl, {
        pkceCodeVerifier: login.codeVerifier,
        expectedState: login.state,
        expectedNonce: login.nonce,
        idTokenExpected: true,
      });
      const claims: Record<string, unknown> = tokens.claims() ?? {};
      const user =
        audience === 'citizen'
          ? await identity.signInCitizen({
              personalIdentityNumber: String(claims[PERSONAL_IDENTITY_NUMBER_CLAIM] ?? claims[COORDINATION_NUMBER_CLAIM] ?? ''),
              givenName: String(claims.given_name ?? ''),
              familyName: String(claims.family_name ?? ''),
            })
          : await identity.signInStaff(String(claims.preferred_username ?? ''));
      if (!user) return res.redirect(`${portal}/?inloggning=okand`);
      await regenerate(req);
      // Only who signed in is kept; what they may do is asked of identity on every request.
      req.session.user = user;
      req.session.signedInAt = req.session.lastSeenAt = Date.now();
      req.session.save(() => res.redirect(`${portal}${login.returnTo}`));
    } catch (error) {
      log.warn({ err: error }, 'login callback failed');
      res.redirect(`${portal}/?inloggning=misslyckades`);
    }
  });

  router.post('/logout', (req, res) => {
    const origin = req.headers.origin;
    if (origin && !origins.has(origin)) return res.status(403).send('Forbidden');
    const audience = audienceOf(req, config);
    const portal = config.oidc[audience].portalUrl;
    req.session.destroy(() => {
      clearSessionCookie(res, config, audience);
      res.redirect(303, `${portal}/`);
    });
  });

  return router;
}
