import { createFakeBrowser } from '@omsorg/dev-idp/testing';
import type { RunningGateway } from '@omsorg/gateway';
import type { TestSubgraph } from '@omsorg/platform/testing';
import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, signIn, startStack, type Stack } from './support/stack.ts';

let stack: Stack;
let gateway: RunningGateway;
let subgraphs: Map<string, TestSubgraph>;
let citizenUrl: string;
let staffUrl: string;

beforeAll(async () => {
  stack = await startStack();
  ({ gateway, subgraphs, citizenUrl, staffUrl } = stack);
});

afterAll(() => stack?.close());

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
    // Hanna's staff cookie, sent as it is to the citizen host, is no session there.
    expect((await graphql(citizenUrl, '{ me { __typename } }', hanna.cookieHeader())).body.data.me).toBeNull();

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

  it('reports which subgraph is down, stays ready and keeps serving queries that do not need it', async () => {
    await subgraphs.get('outreach')!.close();
    const health = await fetch(`${citizenUrl}/health/ready`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'degraded', subgraphs: { outreach: 'unavailable', offerings: 'ok' } });
    const venues = await graphql(citizenUrl, '{ venues(limit: 2) { totalCount nodes { name } } }');
    expect(venues.body.errors).toBeUndefined();
    expect(venues.body.data.venues.nodes.length).toBeGreaterThan(0);
  });
});
