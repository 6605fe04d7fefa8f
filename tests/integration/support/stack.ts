import { SERVICES } from '@omsorg/dev/services';
import { TEST_CITIZENS, TEST_REPRESENTATIONS, TEST_STAFF, startDevIdp, type DevIdp } from '@omsorg/dev-idp';
import { createFakeBrowser, type FakeBrowser } from '@omsorg/dev-idp/testing';
import { gatewayConfigFromEnv, startGateway, type GatewayConfig, type RunningGateway } from '@omsorg/gateway';
import { seedIdentity } from '@omsorg/identity';
import { seedOfferings } from '@omsorg/offerings';
import { freePort } from '@omsorg/platform';
import { TEST_INTERNAL_SECRET, createTestDatabase, startTestSubgraph, type TestSubgraph } from '@omsorg/platform/testing';
import { expect } from 'vitest';

export type Stack = {
  citizenUrl: string;
  staffUrl: string;
  config: GatewayConfig;
  gateway: RunningGateway;
  subgraphs: Map<string, TestSubgraph>;
  close: () => Promise<void>;
};

/**
 * Every subgraph on its own test database, the dev identity provider, and one gateway serving
 * both audiences (told apart by host, as the portals' proxies do). `env` adds gateway settings.
 */
export async function startStack(env: Record<string, string> = {}): Promise<Stack> {
  const subgraphs = new Map<string, TestSubgraph>();
  for (const service of SERVICES) subgraphs.set(service.name, await startTestSubgraph(service));
  await seedIdentity(subgraphs.get('identity')!.orm, { citizens: TEST_CITIZENS, staff: TEST_STAFF, representations: TEST_REPRESENTATIONS });
  await seedOfferings(subgraphs.get('offerings')!.orm);
  const [gatewayPort, idpPort] = [await freePort(), await freePort()];
  const citizenUrl = `http://localhost:${gatewayPort}`;
  const staffUrl = `http://127.0.0.1:${gatewayPort}`;
  const idpUrl = `http://localhost:${idpPort}`;
  const idp: DevIdp = await startDevIdp({
    port: idpPort,
    issuer: idpUrl,
    clients: [
      { clientId: 'omsorg-citizen', clientSecret: 'dev-citizen-secret', redirectUris: [`${citizenUrl}/auth/callback`], postLogoutRedirectUris: [`${citizenUrl}/`], audience: 'citizen' },
      { clientId: 'omsorg-staff', clientSecret: 'dev-staff-secret', redirectUris: [`${staffUrl}/auth/callback`], postLogoutRedirectUris: [`${staffUrl}/`], audience: 'staff' },
    ],
  });
  const config = gatewayConfigFromEnv({
    DATABASE_URL: await createTestDatabase(),
    INTERNAL_JWT_SECRET: TEST_INTERNAL_SECRET,
    GATEWAY_PORT: String(gatewayPort),
    DEV_IDP_URL: idpUrl,
    CITIZEN_PORTAL_URL: citizenUrl,
    STAFF_PORTAL_URL: staffUrl,
    ...Object.fromEntries([...subgraphs].map(([name, subgraph]) => [`${name.toUpperCase()}_URL`, `${subgraph.url}/graphql`])),
    ...env,
  });
  const gateway = await startGateway(config);
  return {
    citizenUrl,
    staffUrl,
    config,
    gateway,
    subgraphs,
    close: async () => {
      await gateway.close();
      await idp.close();
      for (const subgraph of subgraphs.values()) await subgraph.close();
    },
  };
}

/** Signs in through the real authorization-code flow and returns a browser holding the session cookie. */
export async function signIn(portal: string, field: 'personalIdentityNumber' | 'username', value: string, returnTo = '/mina-arenden'): Promise<FakeBrowser> {
  const browser = createFakeBrowser();
  const loginPage = await browser.navigate(`${portal}/auth/login?returnTo=${encodeURIComponent(returnTo)}`, `${portal}/`);
  expect(loginPage.status).toBe(200);
  const action = /<form[^>]*action="([^"]+)"/.exec(loginPage.body)?.[1];
  expect(action).toBeDefined();
  const callback = await browser.navigate(new URL(action!.replaceAll('&amp;', '&'), loginPage.url).toString(), `${portal}/auth/callback`, { form: { [field]: value } });
  const done = await browser.request(callback.location!);
  expect(done.status).toBe(302);
  expect(done.location).toBe(`${portal}${returnTo}`);
  return browser;
}

/** One GraphQL request with the browser's cookies (or a raw Cookie header). */
export async function graphql(portal: string, query: string, cookies?: FakeBrowser | string, variables?: Record<string, unknown>) {
  const cookie = typeof cookies === 'string' ? cookies : cookies?.cookieHeader(portal);
  const response = await fetch(`${portal}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as any, headers: response.headers };
}
