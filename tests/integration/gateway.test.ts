import { SERVICES } from '@omsorg/dev/services';
import { TEST_CITIZENS, TEST_REPRESENTATIONS, TEST_STAFF, startDevIdp, type DevIdp } from '@omsorg/dev-idp';
import { createFakeBrowser, type FakeBrowser } from '@omsorg/dev-idp/testing';
import { gatewayConfigFromEnv, startGateway, type RunningGateway } from '@omsorg/gateway';
import { seedIdentity } from '@omsorg/identity';
import { seedOfferings } from '@omsorg/offerings';
import { freePort } from '@omsorg/platform';
import { TEST_INTERNAL_SECRET, createTestDatabase, startTestSubgraph, type TestSubgraph } from '@omsorg/platform/testing';
import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let idp: DevIdp;
let gateway: RunningGateway;
const subgraphs = new Map<string, TestSubgraph>();
let citizenUrl: string;
let staffUrl: string;

beforeAll(async () => {
  for (const service of SERVICES) subgraphs.set(service.name, await startTestSubgraph(service));
  await seedIdentity(subgraphs.get('identity')!.orm, { citizens: TEST_CITIZENS, staff: TEST_STAFF, representations: TEST_REPRESENTATIONS });
  await seedOfferings(subgraphs.get('offerings')!.orm);
  const [gatewayPort, idpPort] = [await freePort(), await freePort()];
  // One gateway serves both audiences; they are told apart by host, as the portals' proxies do.
  citizenUrl = `http://localhost:${gatewayPort}`;
  staffUrl = `http://127.0.0.1:${gatewayPort}`;
  const idpUrl = `http://localhost:${idpPort}`;
  idp = await startDevIdp({
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
  });
  gateway = await startGateway(config);
});

afterAll(async () => {
  await gateway?.close();
  await idp?.close();
  for (const subgraph of subgraphs.values()) await subgraph.close();
});

/** Signs in through the real authorization-code flow and returns a browser holding the session cookie. */
async function signIn(portal: string, field: 'personalIdentityNumber' | 'username', value: string): Promise<FakeBrowser> {
  const browser = createFakeBrowser();
  const loginPage = await browser.navigate(`${portal}/auth/login?returnTo=/mina-arenden`, `${portal}/`);
  expect(loginPage.status).toBe(200);
  const action = /<form[^>]*action="([^"]+)"/.exec(loginPage.body)?.[1];
  expect(action).toBeDefined();
  const callback = await browser.navigate(new URL(action!.replaceAll('&amp;', '&'), loginPage.url).toString(), `${portal}/auth/callback`, { form: { [field]: value } });
  const done = await browser.request(callback.location!);
  expect(done.status).toBe(302);
  expect(done.location).toBe(`${portal}/mina-arenden`);
  return browser;
}

async function graphql(portal: string, query: string, browser?: FakeBrowser, variables?: Record<string, unknown>) {
  const response = await fetch(`${portal}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(browser ? { cookie: browser.cookieHeader() } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as any, headers: response.headers };
}

const ME = '{ me { __typename ... on Person { fullName mayActFor { kind represented { fullName applications { totalCount } } } } ... on StaffMember { name roles unit } } }';

describe('gateway', () => {
  it('answers me with null for an anonymous visitor', async () => {
    expect((await graphql(citizenUrl, '{ me { __typename } }')).body).toEqual({ data: { me: null } });
  });

  it('signs a citizen in with OpenID Connect and shows whom she may act for', async () => {
    const erik = await signIn(citizenUrl, 'personalIdentityNumber', '19700612-4577');
    const { body, headers } = await graphql(citizenUrl, ME, erik);
    expect(body.errors).toBeUndefined();
    expect(body.data.me).toEqual({
      __typename: 'Person',
      fullName: 'Erik Andersson',
      mayActFor: [{ kind: 'POWER_OF_ATTORNEY', represented: { fullName: 'Signe Andersson', applications: { totalCount: 0 } } }],
    });
    expect(headers.get('set-cookie') ?? '').not.toContain('eyJ');
  });

  it('keeps the session cookie httpOnly and SameSite', async () => {
    const browser = createFakeBrowser();
    const response = await browser.request(`${citizenUrl}/auth/login`);
    expect(response.status).toBe(302);
    expect(browser.rawSetCookies().join('\n')).toMatch(/omsorg-citizen=.*HttpOnly.*SameSite=Lax/i);
  });

  it('signs staff in on the staff portal only, with roles deciding what they see', async () => {
    const hanna = await signIn(staffUrl, 'username', 'handlaggare1');
    const me = await graphql(staffUrl, ME, hanna);
    expect(me.body.data.me).toEqual({ __typename: 'StaffMember', name: 'Hanna Lind', roles: ['CASEWORKER'], unit: 'Beställarenheten äldre, Hägersten-Älvsjö' });
    const campaigns = await graphql(staffUrl, '{ campaigns { totalCount } }', hanna);
    expect(campaigns.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await graphql(citizenUrl, '{ me { __typename } }', hanna)).body.data.me).toBeNull();

    const omar = await signIn(staffUrl, 'username', 'uppsok1');
    const allowed = await graphql(staffUrl, '{ campaigns { totalCount } }', omar);
    expect(allowed.body.errors).toBeUndefined();
  });

  it('rejects a query deeper than the limit before executing it', async () => {
    let query = 'id';
    for (let i = 0; i < 14; i++) query = `mayActFor { represented { ${query} } }`;
    const { status, body } = await graphql(citizenUrl, `{ me { ... on Person { ${query} } } }`);
    expect(status).toBe(400);
    expect(body.errors.map((error: { message: string }) => error.message).join(" ")).toMatch(/depth limit/i);
  });

  it('rejects too many aliases', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: me { __typename }`).join(' ');
    const { status, body } = await graphql(citizenUrl, `{ ${aliases} }`);
    expect(status).toBe(400);
    expect(body.errors[0].message).toMatch(/alias/i);
  });

  it('refuses state-changing requests from another origin', async () => {
    const response = await fetch(`${citizenUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify({ query: '{ me { __typename } }' }),
    });
    expect(response.status).toBe(403);
  });

  it('returns a typed, Swedish validation error for feedback of 100 000 characters', async () => {
    const { body } = await graphql(
      citizenUrl,
      'mutation($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { __typename ... on ValidationError { issues { field message } } } }',
      undefined,
      { input: { type: 'COMPLAINT', subject: 'OTHER', text: 'a'.repeat(100_000) } },
    );
    expect(body.data.submitFeedback.__typename).toBe('ValidationError');
    expect(body.data.submitFeedback.issues[0].field).toBe('text');
  });

  it('listens on 127.0.0.1 unless HOST says otherwise', () => {
    expect((gateway.server.address() as { address: string }).address).toBe('127.0.0.1');
  });

  it('passes the GraphQL-over-HTTP audit without errors', async () => {
    const results = await auditServer({ url: `${citizenUrl}/graphql`, fetchFn: fetch });
    const errors = results.filter((result) => result.status === 'error').map((result) => `${result.id} ${result.name}: ${"reason" in result ? result.reason : ""}`);
    expect(errors).toEqual([]);
  });

  it('reports which subgraph is down and keeps serving queries that do not need it', async () => {
    await subgraphs.get('outreach')!.close();
    const health = await fetch(`${citizenUrl}/health/ready`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: 'degraded', subgraphs: { outreach: 'unavailable', offerings: 'ok' } });
    const venues = await graphql(citizenUrl, '{ venues(limit: 2) { totalCount nodes { name } } }');
    expect(venues.body.errors).toBeUndefined();
    expect(venues.body.data.venues.nodes.length).toBeGreaterThan(0);
  });
});
