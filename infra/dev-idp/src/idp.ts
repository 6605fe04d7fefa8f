import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import Provider from 'oidc-provider';
import { createAccountStore } from './accounts.ts';
import { contentSecurityPolicy } from './html.ts';
import { renderHomePage } from './interaction-pages.ts';
import { createInteractionHandler } from './interactions.ts';
import { buildProviderConfiguration } from './provider-config.ts';
import type { DevClient } from './provider-config.ts';
import { generateSigningKey } from './signing-key.ts';
import { listenHost } from '@omsorg/platform';

export type { DevClient } from './provider-config.ts';
export { TEST_CITIZENS, TEST_REPRESENTATIONS, TEST_STAFF } from './test-identities.ts';
export type { TestCitizen, TestRepresentation, TestStaff } from './test-identities.ts';
export {
  NATURAL_PERSON_NUMBER_SCOPE,
  PERSONAL_IDENTITY_NUMBER_CLAIM,
  COORDINATION_NUMBER_CLAIM,
  citizenAccountId,
  staffAccountId,
} from './accounts.ts';

export type DevIdpOptions = {
  port: number;
  /** The issuer as clients see it, e.g. http://localhost:4400 (no trailing slash). */
  issuer: string;
  clients: DevClient[];
  /** Where to listen; HOST or 127.0.0.1 by default. */
  host?: string;
};

export type DevIdp = {
  close(): Promise<void>;
};

/**
 * Starts a real OpenID Connect provider for development: authorization code flow with PKCE,
 * Swedish login pages for the test citizens and staff, no consent screen.
 */
export async function startDevIdp(options: DevIdpOptions): Promise<DevIdp> {
  const accounts = createAccountStore();
  const formTargets = options.clients
    .flatMap((c) => [...c.redirectUris, ...c.postLogoutRedirectUris])
    .map((uri) => URL.parse(uri)?.origin)
    .filter((origin): origin is string => Boolean(origin));
  const csp = contentSecurityPolicy(formTargets);
  const provider = new Provider(
    options.issuer,
    buildProviderConfiguration({ clients: options.clients, accounts, signingKey: await generateSigningKey(), contentSecurityPolicy: csp }),
  );
  const audienceOfClient = (clientId: string) => options.clients.find((c) => c.clientId === clientId)?.audience;
  const handleInteraction = createInteractionHandler({ provider, accounts, audienceOfClient, contentSecurityPolicy: csp });
  const handleProtocol = provider.callback();

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (await handleInteraction(req, res)) return;
    if (req.method === 'GET' && (req.url === '/' || req.url === '')) {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.setHeader('Content-Security-Policy', csp);
      res.end(renderHomePage());
      return;
    }
    await handleProtocol(req, res);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('dev-idp: request failed', error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? listenHost(), () => {
      server.off('error', reject);
      resolve();
    });
  });

  return {
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
