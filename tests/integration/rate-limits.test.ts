import { SERVICES } from '@omsorg/dev/services';
import { startDevIdp, type DevIdp } from '@omsorg/dev-idp';
import { gatewayConfigFromEnv, startGateway, type RunningGateway } from '@omsorg/gateway';
import { freePort } from '@omsorg/platform';
import { TEST_INTERNAL_SECRET, createTestDatabase, startTestSubgraph, type TestSubgraph } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Two gateway replicas on one database: the sign-in limit must hold across them.
let idp: DevIdp;
let feedback: TestSubgraph;
const gateways: RunningGateway[] = [];
const portals: string[] = [];

beforeAll(async () => {
  const databaseUrl = await createTestDatabase();
  feedback = await startTestSubgraph(SERVICES.find((service) => service.name === 'feedback')!);
  const [first, second, idpPort, nowhere] = [await freePort(), await freePort(), await freePort(), await freePort()];
  const idpUrl = `http://localhost:${idpPort}`;
  idp = await startDevIdp({
    port: idpPort,
    issuer: idpUrl,
    clients: [
      {
        clientId: 'omsorg-citizen',
        clientSecret: 'dev-citizen-secret',
        redirectUris: [first, second].map((port) => `http://localhost:${port}/auth/callback`),
        postLogoutRedirectUris: [first, second].map((port) => `http://localhost:${port}/`),
        audience: 'citizen',
      },
    ],
  });
  for (const port of [first, second]) {
    const portal = `http://localhost:${port}`;
    const config = gatewayConfigFromEnv({
      DATABASE_URL: databaseUrl,
      INTERNAL_JWT_SECRET: TEST_INTERNAL_SECRET,
      GATEWAY_PORT: String(port),
      DEV_IDP_URL: idpUrl,
      CITIZEN_PORTAL_URL: portal,
      STAFF_PORTAL_URL: `http://127.0.0.1:${port}`,
      // Sign-in never reaches a subgraph before the callback; feedback is there to count per address.
      ...Object.fromEntries(['identity', 'applications', 'offerings', 'outreach'].map((name) => [`${name.toUpperCase()}_URL`, `http://127.0.0.1:${nowhere}/graphql`])),
      FEEDBACK_URL: `${feedback.url}/graphql`,
    });
    gateways.push(await startGateway(config));
    portals.push(portal);
  }
});

afterAll(async () => {
  for (const gateway of gateways) await gateway.close();
  await idp?.close();
  await feedback?.close();
});

/** A sign-in attempt from `address`, as the portal's proxy on loopback forwards it. */
const login = (portal: string, address: string) =>
  fetch(`${portal}/auth/login`, { redirect: 'manual', headers: { 'x-forwarded-for': address } });

describe('sign-in limit', () => {
  it('lets an address try 20 times in 10 minutes, across replicas, then answers 429 with a page in Swedish', async () => {
    for (let i = 0; i < 20; i++) {
      const response = await login(portals[i % 2]!, '203.0.113.9');
      expect(response.status).toBe(302);
    }
    const refused = await login(portals[1]!, '203.0.113.9');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(500);
    const body = await refused.text();
    expect(body).toContain('<html lang="sv">');
    expect(body).toMatch(/Du har försökt logga in många gånger på kort tid\. Vänta (\d+ minuter|1 minut) och försök igen\./);
    expect((await fetch(`${portals[0]}/auth/callback?code=x&state=y`, { redirect: 'manual', headers: { 'x-forwarded-for': '203.0.113.9' } })).status).toBe(429);
  });

  it('still lets another address sign in', async () => {
    expect((await login(portals[0]!, '198.51.100.20')).status).toBe(302);
  });
});

describe('public files limit', () => {
  it('answers 429 in Swedish to an address that fetches the public calendar files too often, across replicas, and lets another address fetch', async () => {
    process.env.RATE_LIMIT_PUBLIC_FILES = '3/10m';
    try {
      const calendar = (portal: string, address: string) =>
        fetch(`${portal}/venue-calendars/00000000-0000-4000-8000-000000000000.ics`, { headers: { 'x-forwarded-for': address } });
      // Offerings is not running here: an allowed read reaches the proxy and fails there, but is not refused.
      for (let i = 0; i < 3; i++) expect((await calendar(portals[i % 2]!, '203.0.113.40')).status).not.toBe(429);
      const refused = await calendar(portals[1]!, '203.0.113.40');
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(500);
      expect(await refused.text()).toMatch(/^För många hämtningar på kort tid\. Vänta (\d+ minuter|1 minut) och försök igen\./);
      expect((await calendar(portals[0]!, '198.51.100.40')).status).not.toBe(429);
    } finally {
      delete process.env.RATE_LIMIT_PUBLIC_FILES;
    }
  });
});

describe('the client address, as subgraphs see it', () => {
  const SUBMIT = `mutation($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { __typename ... on RateLimitError { message retryAfterSeconds } } }`;
  const send = async (portal: string, address: string) => {
    const response = await fetch(`${portal}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify({ query: SUBMIT, variables: { input: { type: 'PRAISE', subject: 'OTHER', text: 'Tack för hjälpen!' } } }),
    });
    return ((await response.json()) as { data: { submitFeedback: { __typename: string; message?: string } } }).data.submitFeedback;
  };

  it('limits anonymous feedback per address through the gateway, and lets another address send', async () => {
    for (let i = 0; i < 10; i++) expect((await send(portals[i % 2]!, '192.0.2.77')).__typename).toBe('MutationSubmitFeedbackSuccess');
    const refused = await send(portals[0]!, '192.0.2.77');
    expect(refused.__typename).toBe('RateLimitError');
    expect(refused.message).toMatch(/^Du har skickat många synpunkter på kort tid\. Vänta/);
    expect((await send(portals[1]!, '192.0.2.78')).__typename).toBe('MutationSubmitFeedbackSuccess');
  });
});
