import { startGateway, type RunningGateway } from '@omsorg/gateway';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { graphql, signIn, startStack, type Stack } from './support/stack.ts';

/*
 * Rights are asked of identity at every request (cached ACTOR_CACHE_SECONDS), sessions end
 * when idle or too old, and an ended session is answered so the portal can offer "Logga in igen".
 */
const ACTOR_CACHE_SECONDS = 1;
const WITHIN_A_MINUTE = { timeout: 60_000, interval: 250 };
let stack: Stack;
let sessions: pg.Pool;

beforeAll(async () => {
  stack = await startStack({ ACTOR_CACHE_SECONDS: String(ACTOR_CACHE_SECONDS) });
  sessions = new pg.Pool({ connectionString: stack.config.databaseUrl, max: 2 });
});

afterAll(async () => {
  await sessions?.end();
  await stack?.close();
});

const sql = (service: string, text: string, params: unknown[] = []) => stack.subgraphs.get(service)!.orm.em.getConnection().execute(text, params);
const personId = async (givenName: string) => ((await sql('identity', 'select id from identity.person where given_name = ?', [givenName])) as Array<{ id: string }>)[0]!.id;
const APPLICATION = 'query($id: ID!) { application(id: $id) { id status } }';
const START = 'mutation($input: StartApplicationInput!) { startApplication(input: $input) { ... on MutationStartApplicationSuccess { data { id status } } } }';

/** The stored session rows of one user (sessions keep only who signed in). */
async function sessionRows(userId: string) {
  const { rows } = await sessions.query<{ sid: string; sess: any; expire: Date }>(`select sid, sess, expire from gateway.session where sess->'user'->>'id' = $1`, [userId]);
  return rows;
}

async function editSession(userId: string, changes: Record<string, number>) {
  for (const [key, value] of Object.entries(changes)) {
    await sessions.query(`update gateway.session set sess = jsonb_set(sess::jsonb, $2, to_jsonb($3::bigint))::json where sess->'user'->>'id' = $1`, [userId, `{${key}}`, value]);
  }
}

function expectSessionEnded(response: { status: number; body: any }) {
  expect(response.status).toBe(401);
  expect(response.body.errors[0].extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' });
  expect(response.body.errors[0].message).toMatch(/inloggning har avslutats/);
}

describe('rights at every request', () => {
  let draftId: string;

  it("takes Signe's draft away from Erik's open session once his power of attorney ends", { timeout: 90_000 }, async () => {
    const signe = await personId('Signe');
    const erik = await signIn(stack.citizenUrl, 'personalIdentityNumber', '19700612-4577');
    const started = await graphql(stack.citizenUrl, START, erik, { input: { applicantId: signe } });
    expect(started.body.errors).toBeUndefined();
    draftId = started.body.data.startApplication.data.id;
    expect((await graphql(stack.citizenUrl, APPLICATION, erik, { id: draftId })).body.data.application).toEqual({ id: draftId, status: 'DRAFT' });

    await sql('identity', 'update identity.representation set valid_to = current_date - 1 where represented_id = ?', [signe]);

    await vi.waitFor(async () => {
      const read = await graphql(stack.citizenUrl, APPLICATION, erik, { id: draftId });
      expect(read.body.data?.application ?? null).toBeNull();
    }, WITHIN_A_MINUTE);
    const start = await graphql(stack.citizenUrl, START, erik, { input: { applicantId: signe } });
    expect(start.body.data?.startApplication ?? null).toBeNull();
    expect(start.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("takes the old unit's cases from a caseworker moved to another unit", { timeout: 90_000 }, async () => {
    await sql('applications', "update applications.application set status = 'SUBMITTED', submitted_at = now() where id = ?", [draftId]);
    const hanna = await signIn(stack.staffUrl, 'username', 'handlaggare1');
    expect((await graphql(stack.staffUrl, APPLICATION, hanna, { id: draftId })).body.data.application).toEqual({ id: draftId, status: 'SUBMITTED' });

    await sql('identity', "update identity.staff_member set unit = 'Beställarenheten äldre, Skärholmen' where username = 'handlaggare1'");

    await vi.waitFor(async () => {
      const read = await graphql(stack.staffUrl, APPLICATION, hanna, { id: draftId });
      expect(read.body.data?.application ?? null).toBeNull();
    }, WITHIN_A_MINUTE);
    const me = await graphql(stack.staffUrl, '{ me { ... on StaffMember { unit } } }', hanna);
    expect(me.body.data.me.unit).toBe('Beställarenheten äldre, Skärholmen');
  });

  it('ends the session of a removed member of staff', { timeout: 90_000 }, async () => {
    const jonas = await signIn(stack.staffUrl, 'username', 'handlaggare2');
    const cookie = jonas.cookieHeader(stack.staffUrl);
    expect((await graphql(stack.staffUrl, '{ me { ... on StaffMember { name } } }', cookie)).body.data.me).toEqual({ name: 'Jonas Ek' });
    const [{ id }] = (await sql('identity', "select id from identity.staff_member where username = 'handlaggare2'")) as [{ id: string }];
    expect(await sessionRows(id)).toHaveLength(1);

    await sql('identity', "delete from identity.staff_member where username = 'handlaggare2'");

    await vi.waitFor(async () => expectSessionEnded(await graphql(stack.staffUrl, '{ me { __typename } }', cookie)), WITHIN_A_MINUTE);
    expect(await sessionRows(id)).toEqual([]);
    // The same cookie again: still told that the sign-in has ended, never treated as signed in.
    expectSessionEnded(await graphql(stack.staffUrl, '{ venues(limit: 1) { totalCount } }', cookie));
  });
});

describe('session lifetime', () => {
  const ME = '{ me { ... on Person { fullName } } }';

  it('ends a session left idle longer than SESSION_IDLE_MINUTES', async () => {
    const karl = await signIn(stack.citizenUrl, 'personalIdentityNumber', '19450808-3195');
    const id = await personId('Karl');
    expect((await graphql(stack.citizenUrl, ME, karl)).body.data.me).toEqual({ fullName: 'Karl Nilsson' });
    await editSession(id, { lastSeenAt: Date.now() - (stack.config.sessions.idleMinutes + 1) * 60_000 });
    expectSessionEnded(await graphql(stack.citizenUrl, ME, karl));
    expect(await sessionRows(id)).toEqual([]);
  });

  it('ends a session older than SESSION_MAX_HOURS however busy it is', async () => {
    const karl = await signIn(stack.citizenUrl, 'personalIdentityNumber', '19450808-3195');
    const id = await personId('Karl');
    await editSession(id, { signedInAt: Date.now() - (stack.config.sessions.maxHours * 60 + 1) * 60_000, lastSeenAt: Date.now() });
    expectSessionEnded(await graphql(stack.citizenUrl, ME, karl));
  });

  it('does not rewrite the session row on consecutive requests within a minute, and records use after one', async () => {
    const karl = await signIn(stack.citizenUrl, 'personalIdentityNumber', '19450808-3195');
    const id = await personId('Karl');
    const [before] = await sessionRows(id);
    for (let i = 0; i < 5; i++) expect((await graphql(stack.citizenUrl, ME, karl)).status).toBe(200);
    const [after] = await sessionRows(id);
    expect(after).toEqual(before);

    const twoMinutesAgo = Date.now() - 120_000;
    await editSession(id, { lastSeenAt: twoMinutesAgo });
    expect((await graphql(stack.citizenUrl, ME, karl)).status).toBe(200);
    const [touched] = await sessionRows(id);
    expect(touched!.sess.lastSeenAt).toBeGreaterThan(twoMinutesAgo + 60_000);
    expect(touched!.expire.getTime()).toBeGreaterThanOrEqual(before!.expire.getTime());
  });

  it('keeps only who signed in, never their rights, in the session', async () => {
    await signIn(stack.citizenUrl, 'personalIdentityNumber', '19700612-4577');
    const [row] = await sessionRows(await personId('Erik'));
    expect(Object.keys(row!.sess.user).sort()).toEqual(['displayName', 'id', 'kind']);
    expect(JSON.stringify(row!.sess)).not.toMatch(/actingFor|roles|unit/);
  });
});

describe('request errors', () => {
  it('answers a parse error with HTTP 400 and a GraphQL error', async () => {
    const { status, body } = await graphql(stack.citizenUrl, '{ me { ');
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('answers a body that is not JSON with HTTP 400 and a GraphQL error', async () => {
    const response = await fetch(`${stack.citizenUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{ me {' });
    expect(response.status).toBe(400);
    expect(((await response.json()) as any).errors[0].message).toMatch(/kunde inte läsas/);
  });

  it('answers a query over the token limit with HTTP 400, not 500', async () => {
    const { status, body } = await graphql(stack.citizenUrl, `{ ${'__typename '.repeat(2500)} }`);
    expect(status).toBe(400);
    expect(body.errors[0].message).toMatch(/token/i);
  });

  it('applies the depth limit to introspection queries too', async () => {
    let type = 'name';
    for (let i = 0; i < 10; i++) type = `ofType { ${type} }`;
    const deep = await graphql(stack.citizenUrl, `{ __schema { types { fields { type { ${type} } } } } }`);
    expect(deep.status).toBe(400);
    expect(deep.body.errors[0].message).toMatch(/depth/i);
    const shallow = await graphql(stack.citizenUrl, '{ __schema { queryType { name } } }');
    expect(shallow.body.data.__schema.queryType.name).toBe('Query');
  });

  it('refuses introspection in production', async () => {
    let production: RunningGateway | undefined;
    try {
      production = await startGateway({ ...stack.config, port: 0, production: true });
      const url = `http://localhost:${production.port}`;
      const { status, body } = await graphql(url, '{ __schema { queryType { name } } }');
      expect(status).toBe(400);
      expect(body.errors[0].message).toMatch(/introspection/i);
    } finally {
      await production?.close();
    }
  });
});
