import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStack, type RunningStack, type StackPorts } from '@omsorg/dev';
import { SERVICES } from '@omsorg/dev/services';
import { createFakeBrowser, type FakeBrowser } from '@omsorg/dev-idp/testing';
import { freePort } from '@omsorg/platform';
import { pollUntil } from '@omsorg/platform/testing';
import pg from 'pg';
import { PgBoss } from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordReplicaFigures, type ReplicaFigures } from './support/replica-figures.ts';

/*
 * The stack as `pnpm start --replicas 2` runs it: two processes of every subgraph and two
 * gateways, each service behind a round-robin balancer, on one embedded PostgreSQL. Sessions,
 * rate limits, the registration race and the job queue must hold across the replicas, and
 * stopping one replica of each under load must lose no acknowledged submission.
 */
const FEEDBACK_LIMIT = 6;
const PLACES = 20;
const REGISTRATIONS = 60;
const LOAD_SUBMISSIONS = 150;
const LOAD_CLIENTS = 3;
const KILL_SUBMISSIONS = 60;
/** More than an applications replica's 4 pooled connections, once one replica is dead. */
const KILL_CLIENTS = 6;
/** What a client retries: bad gateway, a cut connection, a subgraph unreachable (as the gateway reports them). */
const RETRYABLE = /^(HTTP 50[23]|connection |GraphQL (BAD_GATEWAY|INTERNAL_SERVER_ERROR|SUBREQUEST_HTTP_ERROR|DOWNSTREAM_SERVICE_ERROR|SERVICE_UNAVAILABLE))/;
/** A sweep with a harmless handler, given a second, every-minute schedule for the test. */
const PROBE_QUEUE = 'applications.unsent-attachment-sweep';
const PROBE_KEY = 'replica-probe';

let stack: RunningStack;
let dataDir: string;
let db: pg.Pool;
let probeScheduledAt = 0;
const figures: Partial<ReplicaFigures> = { feedbackLimit: FEEDBACK_LIMIT };

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'omsorg-replicas-'));
  const names: Array<keyof StackPorts> = ['citizen', 'staff', 'gateway', 'idp', 'mailWeb', 'smtp', 'postgres', 'identity', 'applications', 'feedback', 'offerings', 'outreach'];
  const ports = Object.fromEntries(await Promise.all(names.map(async (name) => [name, await freePort()]))) as StackPorts;
  process.env.RATE_LIMIT_FEEDBACK = `${FEEDBACK_LIMIT}/1h`;
  process.env.RATE_LIMIT_OFFERINGS_REGISTRATION = 'off';
  // One citizen sends all the applications of the kill test.
  process.env.RATE_LIMIT_APPLICATIONS_SUBMITTED = 'off';
  process.env.TRUSTED_DOCUMENTS = 'allowed';
  // Idle workers look for work every half second (default 2): the mail test waits for 60 jobs.
  process.env.JOB_POLL_SECONDS = '0.5';
  const started = Date.now();
  stack = await startStack({ ports, dataDir, quiet: true, replicas: 2, portals: false });
  figures.startSeconds = (Date.now() - started) / 1000;
  db = new pg.Pool({ connectionString: stack.databaseUrl, max: 2 });
  // Registered only (schedule: false): the replicas' own pg-boss instances send its occurrences.
  const boss = new PgBoss({ connectionString: stack.databaseUrl, schema: 'pgboss', max: 1, schedule: false, supervise: false, migrate: false });
  boss.on('error', () => {});
  await boss.start();
  await boss.schedule(PROBE_QUEUE, '* * * * *', { probe: PROBE_KEY }, { key: PROBE_KEY, tz: 'Europe/Stockholm' });
  await boss.stop({ graceful: false });
  probeScheduledAt = Date.now();
}, 240_000);

afterAll(async () => {
  await db?.end();
  await stack?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
  console.log(`replica figures: ${JSON.stringify(figures)}`);
  if (process.env.RECORD_RESULTS === '1' && figures.jobsRun !== undefined) await recordReplicaFigures(figures as ReplicaFigures);
}, 120_000);

const gateway = (n: 1 | 2) => `http://localhost:${stack.replicaPorts[`gateway#${n}`]}`;
const host = (portal: string) => new URL(portal).host;
const sql = async <T extends pg.QueryResultRow>(text: string, params: unknown[] = []) => (await db.query<T>(text, params)).rows;

/** One GraphQL request to a gateway (a replica or the balancer), as the portal `portal` forwards it. */
async function graphql(base: string, portal: string, query: string, variables: Record<string, unknown> = {}, extra: { browser?: FakeBrowser; address?: string } = {}) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-host': host(portal),
      ...(extra.browser ? { cookie: extra.browser.cookieHeader(base) } : {}),
      ...(extra.address ? { 'x-forwarded-for': extra.address } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json().catch(() => null)) as any };
}

/** The dev identity provider's sign-in, started through gateway `first` and finished (the callback) through `second`. */
async function signInAcross(portal: string, field: 'personalIdentityNumber' | 'username', value: string, first: string, second: string): Promise<FakeBrowser> {
  const browser = createFakeBrowser();
  const headers = { 'x-forwarded-host': host(portal) };
  const loginPage = await browser.navigate(`${first}/auth/login?returnTo=/`, `${portal}/auth/callback`, { headers });
  expect(loginPage.status).toBe(200);
  const action = /<form[^>]*action="([^"]+)"/.exec(loginPage.body)![1]!.replaceAll('&amp;', '&');
  const toCallback = await browser.navigate(new URL(action, loginPage.url).toString(), `${portal}/auth/callback`, { form: { [field]: value } });
  const callback = new URL(toCallback.location!);
  const done = await browser.request(`${second}/auth/callback${callback.search}`, { headers });
  expect(done.status).toBe(302);
  expect(done.location).toBe(`${portal}/`);
  return browser;
}

describe('two of everything on one PostgreSQL', () => {
  it('finishes a sign-in begun on one gateway on the other, and the session works on both', async () => {
    const signe = await signInAcross(stack.urls.citizen, 'personalIdentityNumber', '19420315-2386', gateway(1), gateway(2));
    for (const base of [gateway(2), gateway(1), stack.urls.gateway.replace('/graphql', '')]) {
      const me = await graphql(base, stack.urls.citizen, '{ me { ... on Person { fullName } } }', {}, { browser: signe });
      expect(me.body.data.me).toEqual({ fullName: 'Signe Andersson' });
    }
  });

  it('counts the feedback limit of one address across both gateways and both feedback replicas', async () => {
    const SUBMIT = 'mutation($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { __typename } }';
    const send = async (n: 1 | 2) =>
      (await graphql(gateway(n), stack.urls.citizen, SUBMIT, { input: { type: 'PRAISE', subject: 'OTHER', text: 'Tack!' } }, { address: '192.0.2.50' })).body.data.submitFeedback.__typename;
    const before = [...stack.balancers.feedback!.served.values()];
    for (let i = 0; i < FEEDBACK_LIMIT; i++) expect(await send(i % 2 === 0 ? 1 : 2)).toBe('MutationSubmitFeedbackSuccess');
    expect([await send(1), await send(2)]).toEqual(['RateLimitError', 'RateLimitError']);
    // Both feedback replicas took their turn.
    [...stack.balancers.feedback!.served.values()].forEach((count, i) => expect(count).toBeGreaterThan(before[i]!));
  });

  let sessionId: string;
  let version: number;

  it('registers exactly as many as there are places when everyone asks at once through both gateways', async () => {
    const [venue] = await sql<{ id: string }>(
      `insert into offerings.venue (id, kind, name, street_address, postal_code, city, district, area, step_free, hearing_loop, accessible_toilet, texts, status, version, created_at, updated_at)
       values (gen_random_uuid(), 'MEETING_PLACE', 'Träffpunkt Replik', 'Replikvägen 2', '126 49', 'Stockholm', 'Hägersten-Älvsjö', 'Hägersten', true, true, true,
               '{"sv":{"description":"","openingHours":"","holidayHours":"","directions":"","accessibility":""}}', 'PUBLISHED', 1, now(), now()) returning id`,
    );
    const [offering] = await sql<{ id: string }>(
      `insert into offerings.offering (id, kind, audience, venue_id, texts, price, language, organiser_unit, registration_required, status, version, created_at, updated_at)
       values (gen_random_uuid(), 'ACTIVITY', 'OPEN_65', $1, '{"sv":{"title":"Sittgympa för två","summary":"","description":""}}', 0, 'sv', 'Träffpunkter och aktiviteter, Hägersten-Älvsjö', true, 'PUBLISHED', 1, now(), now()) returning id`,
      [venue!.id],
    );
    const [session] = await sql<{ id: string }>(
      `insert into offerings.offering_session (id, offering_id, venue_id, starts_at, ends_at, capacity, registered_count, waiting_sequence, walk_in_women, walk_in_men, walk_in_unknown, version, created_at)
       values (gen_random_uuid(), $1, $2, now() + interval '7 days', now() + interval '7 days 1 hour', ${PLACES}, 0, 0, 0, 0, 0, 1, now()) returning id`,
      [offering!.id, venue!.id],
    );
    sessionId = session!.id;
    const REGISTER = `mutation($sessionId: ID!, $input: RegisterForSessionInput!) {
      registerForSession(sessionId: $sessionId, input: $input) { __typename ... on MutationRegisterForSessionSuccess { data { registration { status waitingPosition } } } }
    }`;
    const answers = await Promise.all(
      Array.from({ length: REGISTRATIONS }, (_, i) =>
        graphql(gateway(i % 2 === 0 ? 1 : 2), stack.urls.citizen, REGISTER, {
          sessionId,
          input: { name: `Deltagare ${i}`, phone: '070-123 45 67', email: `deltagare${i}@example.se`, noticeBy: 'EMAIL' },
        }),
      ),
    );
    const registrations = answers.map((answer) => answer.body?.data?.registerForSession?.data?.registration);
    expect(registrations.filter((registration) => registration?.status === 'REGISTERED')).toHaveLength(PLACES);
    const waiting = registrations.filter((registration) => registration?.status === 'WAITING').map((registration) => registration.waitingPosition);
    expect(waiting.sort((a, b) => a - b)).toEqual(Array.from({ length: REGISTRATIONS - PLACES }, (_, i) => i + 1));
    const [stored] = await sql<{ registered: number; total: number; counted: number }>(
      `select count(*) filter (where r.status = 'REGISTERED')::int as registered, count(*)::int as total, max(s.registered_count) as counted
         from offerings.registration r join offerings.offering_session s on s.id = r.session_id where r.session_id = $1`,
      [sessionId],
    );
    expect(stored).toEqual({ registered: PLACES, total: REGISTRATIONS, counted: PLACES });
    figures.registrations = { attempts: REGISTRATIONS, places: PLACES, registered: stored!.registered, doubleBookings: stored!.registered - PLACES };
    version = (await sql<{ version: number }>('select version from offerings.offering_session where id = $1', [sessionId]))[0]!.version;
  });

  it('sends each of the cancellation mails exactly once, with two workers on each queue', { timeout: 90_000 }, async () => {
    const kerstin = await signInAcross(stack.urls.staff, 'username', 'aktivitet1', gateway(2), gateway(1));
    const cancelled = await graphql(
      gateway(2),
      stack.urls.staff,
      'mutation($input: CancelSessionInput!) { cancelSession(input: $input) { __typename } }',
      { input: { id: sessionId, version, reason: 'Ledaren är sjuk.' } },
      { browser: kerstin },
    );
    expect(cancelled.body.data.cancelSession.__typename).toBe('MutationCancelSessionSuccess');
    // Every mail job finished (none waiting for a retry), then count what arrived.
    const jobs = await pollUntil(
      () => sql<{ state: string; count: number }>(`select state, count(*)::int as count from pgboss.job where name = 'offerings.session-cancelled-mail' group by state`),
      (rows) => rows.length === 1 && rows[0]!.state === 'completed' && rows[0]!.count === REGISTRATIONS,
      60_000,
      'every cancellation mail job completed',
    );
    const mails = ((await (await fetch(`${stack.urls.mail}/api/messages`)).json()) as Array<{ to: string[] }>).filter((mail) => mail.to.some((to) => to.startsWith('deltagare')));
    const perRecipient = new Map<string, number>();
    for (const mail of mails) for (const to of mail.to) perRecipient.set(to, (perRecipient.get(to) ?? 0) + 1);
    expect(perRecipient.size).toBe(REGISTRATIONS);
    expect([...perRecipient.values()].every((count) => count === 1)).toBe(true);
    figures.mails = { jobs: jobs[0]!.count, delivered: mails.length, recipients: perRecipient.size };
  });

  it('never half-saves an application when a replica is killed mid-request, and the client can retry what failed', { timeout: 90_000 }, async () => {
    const citizen = stack.urls.citizen;
    const balancer = stack.urls.gateway.replace('/graphql', '');
    const signe = await signInAcross(citizen, 'personalIdentityNumber', '19420315-2386', gateway(2), gateway(2));
    const signeId = (await graphql(gateway(2), citizen, '{ me { ... on Person { id } } }', {}, { browser: signe })).body.data.me.id as string;
    // One complete draft through the API, copied row for row into as many drafts as the load sends.
    const started = await graphql(gateway(2), citizen, 'mutation($input: StartApplicationInput!) { startApplication(input: $input) { ... on MutationStartApplicationSuccess { data { id } } } }', {
      input: { applicantId: signeId },
    }, { browser: signe });
    const draftId = started.body.data.startApplication.data.id as string;
    const answers = {
      services: [
        { serviceType: 'SAFETY_ALARM', needs: 'Jag har ramlat två gånger i vinter.' },
        { serviceType: 'MEAL_DELIVERY', needs: 'Jag orkar inte laga mat längre.' },
      ],
      contactMethod: 'EMAIL',
      contactWhom: 'APPLICANT',
      email: 'signe.andersson@example.se',
    };
    const saved = await graphql(gateway(2), citizen, 'mutation($input: SaveApplicationDraftInput!) { saveApplicationDraft(input: $input) { __typename } }', {
      input: { id: draftId, version: 1, answers },
    }, { browser: signe });
    expect(saved.body.data.saveApplicationDraft.__typename).toBe('MutationSaveApplicationDraftSuccess');
    const copies = await sql<{ id: string }>(
      `insert into applications.application
       select (jsonb_populate_record(null::applications.application, to_jsonb(a) || jsonb_build_object('id', gen_random_uuid()))).*
         from applications.application a, generate_series(1, $2) where a.id = $1 returning id`,
      [draftId, KILL_SUBMISSIONS - 1],
    );
    const drafts = [draftId, ...copies.map((row) => row.id)].map((id) => ({ id, submissionKey: crypto.randomUUID() }));

    const SUBMIT = 'mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { __typename ... on MutationSubmitApplicationSuccess { data { id status } } } }';
    const submit = async (draft: (typeof drafts)[number]) => {
      try {
        const { status, body } = await graphql(balancer, citizen, SUBMIT, { input: draft }, { browser: signe });
        const data = body?.data?.submitApplication?.data as { id: string; status: string } | undefined;
        if (data?.id === draft.id && data.status === 'SUBMITTED') return { ok: true as const };
        return { ok: false as const, failure: status >= 500 ? `HTTP ${status}` : `GraphQL ${body?.errors?.[0]?.extensions?.code ?? body?.data?.submitApplication?.__typename ?? 'no answer'}` };
      } catch (error) {
        return { ok: false as const, failure: `connection ${(error as { cause?: { code?: string } }).cause?.code ?? 'failed'}` };
      }
    };
    type Outcome = { index: number; afterKill: boolean; failure?: string };
    const outcomes: Outcome[] = [];
    let next = 0;
    let killed = false;
    const client = async () => {
      while (next < drafts.length) {
        const index = next++;
        const afterKill = killed;
        const result = await submit(drafts[index]!);
        outcomes.push(result.ok ? { index, afterKill } : { index, afterKill, failure: result.failure });
      }
    };
    const killOne = async () => {
      await pollUntil(() => outcomes.length, (count) => count >= 15, 60_000, 'the first applications');
      // SIGKILL while the other clients' requests are in flight: no answer, no graceful shutdown.
      await stack.killService('applications#1');
      killed = true;
    };
    const servedBefore = stack.balancers.applications!.served.get(stack.replicaPorts['applications#2']!)!;
    await Promise.all([...Array.from({ length: KILL_CLIENTS }, client), killOne()]);

    /** Each draft as stored: sent whole (the application, both requested services, its event, its confirmation mail job), untouched, or neither. */
    const stored = async () =>
      sql<{ id: string; status: string; key: string | null; reference: string | null; services: number; events: number; mails: number }>(
        `select a.id, a.status, a.submission_key as key, a.reference,
                (select count(*)::int from applications.requested_service s where s.application_id = a.id) as services,
                (select count(*)::int from applications.application_event e where e.application_id = a.id and e.type = 'SUBMITTED') as events,
                (select count(*)::int from pgboss.job j where j.name = 'applications.mail' and j.singleton_key = 'confirmation:' || a.id) as mails
           from applications.application a where a.id = any($1::uuid[])`,
        [drafts.map((draft) => draft.id)],
      );
    const keyOf = new Map(drafts.map((draft) => [draft.id, draft.submissionKey]));
    const whole = (row: Awaited<ReturnType<typeof stored>>[number]) =>
      row.status === 'SUBMITTED' && row.key === keyOf.get(row.id) && row.reference !== null && row.services === 2 && row.events === 1 && row.mails === 1;
    const untouched = (row: Awaited<ReturnType<typeof stored>>[number]) => row.status === 'DRAFT' && row.key === null && row.services === 0 && row.events === 0 && row.mails === 0;
    const afterLoad = new Map((await stored()).map((row) => [row.id, row]));
    const failures = outcomes.filter((outcome) => outcome.failure);
    const kinds = new Map<string, number>();
    for (const { failure } of failures) kinds.set(failure!, (kinds.get(failure!) ?? 0) + 1);
    const halfSaved = [...afterLoad.values()].filter((row) => !whole(row) && !untouched(row));
    const acknowledgedNotWhole = outcomes.filter((outcome) => !outcome.failure && !whole(afterLoad.get(drafts[outcome.index]!.id)!));
    // What failed is sent again with the same key, as the portal does: it is sent now, or found sent.
    const retried = await Promise.all(failures.map((outcome) => submit(drafts[outcome.index]!)));
    const afterRetry = await stored();
    figures.kill = {
      clients: KILL_CLIENTS,
      submissions: outcomes.length,
      acknowledged: outcomes.length - failures.length,
      halfSaved: halfSaved.length,
      failedButSaved: failures.filter((outcome) => whole(afterLoad.get(drafts[outcome.index]!.id)!)).length,
      afterKill: outcomes.filter((outcome) => outcome.afterKill).length,
      failuresAfterKill: failures.filter((outcome) => outcome.afterKill).length,
      errors: Object.fromEntries(kinds),
      retriedOk: retried.filter((result) => result.ok).length,
      balancerFailures: Object.fromEntries(stack.balancers.applications!.failures),
    };

    expect(outcomes).toHaveLength(KILL_SUBMISSIONS);
    expect(halfSaved).toEqual([]);
    expect(acknowledgedNotWhole).toEqual([]);
    for (const kind of kinds.keys()) expect(kind).toMatch(RETRYABLE);
    expect(retried.every((result) => result.ok)).toBe(true);
    // After the retries every application is sent exactly once, whole, each with its own reference.
    expect(afterRetry.filter(whole)).toHaveLength(KILL_SUBMISSIONS);
    expect(new Set(afterRetry.map((row) => row.reference)).size).toBe(KILL_SUBMISSIONS);
    // Once the replica was dead, the other answered everything.
    expect(figures.kill.afterKill).toBeGreaterThan(0);
    expect(figures.kill.failuresAfterKill).toBe(0);
    expect(stack.balancers.applications!.served.get(stack.replicaPorts['applications#2']!)!).toBeGreaterThan(servedBefore);
  });

  it('loses no acknowledged submission when one replica of each service stops under load, and the others keep answering', { timeout: 120_000 }, async () => {
    const SUBMIT = 'mutation($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { __typename ... on MutationSubmitFeedbackSuccess { data { id } } } }';
    type Outcome = { index: number; afterStop: boolean; id?: string; failure?: string };
    const outcomes: Outcome[] = [];
    let next = 0;
    let stopped = false;
    const client = async () => {
      while (next < LOAD_SUBMISSIONS) {
        const index = next++;
        const afterStop = stopped;
        try {
          // Each from its own address, so the per-address limit never answers instead.
          const { status, body } = await graphql(stack.urls.gateway.replace('/graphql', ''), stack.urls.citizen, SUBMIT, {
            input: { type: 'SUGGESTION', subject: 'OTHER', text: `Belastningsprov nummer ${index}` },
          }, { address: `198.18.${index >> 8}.${index & 255}` });
          const id = body?.data?.submitFeedback?.data?.id as string | undefined;
          outcomes.push(id ? { index, afterStop, id } : { index, afterStop, failure: status >= 500 ? `HTTP ${status}` : `GraphQL ${body?.errors?.[0]?.extensions?.code ?? body?.data?.submitFeedback?.__typename ?? 'no answer'}` });
        } catch (error) {
          outcomes.push({ index, afterStop, failure: `connection ${(error as { cause?: { code?: string } }).cause?.code ?? 'failed'}` });
        }
      }
    };
    const stopOneOfEach = async () => {
      await pollUntil(() => outcomes.length, (count) => count >= 30, 60_000, 'the first submissions');
      const started = Date.now();
      await Promise.all(['gateway', ...SERVICES.map((service) => service.name)].map((name) => stack.stopService(`${name}#1`)));
      figures.stopSeconds = (Date.now() - started) / 1000;
      stopped = true;
    };
    // Each process's resident memory after the race and the mails (Linux; for docs/CITY.md).
    const rss = Object.values(stack.pids()).flatMap((pid) => {
      try {
        return [Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024];
      } catch {
        return [];
      }
    });
    if (rss.length > 0) figures.memoryMb = { processes: rss.length, max: Math.max(...rss), total: rss.reduce((sum, mb) => sum + mb, 0) };
    const servedBefore = stack.balancers.feedback!.served.get(stack.replicaPorts['feedback#2']!)!;
    await Promise.all([...Array.from({ length: LOAD_CLIENTS }, client), stopOneOfEach()]);

    const acknowledged = outcomes.filter((outcome) => outcome.id).map((outcome) => outcome.id!);
    const stored = await sql<{ id: string; text: string }>(`select id, text from feedback.feedback where text like 'Belastningsprov nummer %'`);
    const storedIds = new Set(stored.map((row) => row.id));
    const lost = acknowledged.filter((id) => !storedIds.has(id));
    const duplicates = stored.length - new Set(stored.map((row) => row.text)).size;
    const failures = outcomes.filter((outcome) => outcome.failure);
    const failedButSaved = failures.filter((outcome) => stored.some((row) => row.text === `Belastningsprov nummer ${outcome.index}`)).length;
    const kinds = new Map<string, number>();
    for (const { failure } of failures) kinds.set(failure!, (kinds.get(failure!) ?? 0) + 1);
    figures.load = {
      submissions: outcomes.length,
      acknowledged: acknowledged.length,
      lost: lost.length,
      duplicates,
      failedButSaved,
      afterStop: outcomes.filter((outcome) => outcome.afterStop).length,
      failuresAfterStop: failures.filter((outcome) => outcome.afterStop).length,
      errors: Object.fromEntries(kinds),
    };

    figures.balancerFailures = Object.fromEntries(
      Object.entries(stack.balancers).flatMap(([name, balancer]) => [...balancer.failures].map(([kind, count]) => [`${name}: ${kind}`, count] as const)),
    );
    expect(outcomes).toHaveLength(LOAD_SUBMISSIONS);
    expect(lost).toEqual([]);
    expect(duplicates).toBe(0);
    // What failed failed as an error a client retries (bad gateway, a cut connection, a subgraph unreachable), never as a success.
    for (const kind of kinds.keys()) expect(kind).toMatch(RETRYABLE);
    // Once the replicas had stopped, the others answered every submission.
    expect(figures.load.afterStop).toBeGreaterThan(0);
    expect(figures.load.failuresAfterStop).toBe(0);
    expect(stack.balancers.feedback!.served.get(stack.replicaPorts['feedback#2']!)!).toBeGreaterThan(servedBefore);
  });

  it("runs a scheduled sweep once per occurrence though every replica's pg-boss keeps the schedule", { timeout: 150_000 }, async () => {
    // Both applications replicas ran the schedule until one was stopped above; the first occurrence may still be ahead.
    const runs = await pollUntil(
      () => sql<{ state: string; retries: number }>(`select state, retry_count as retries from pgboss.job where name = $1 and data->>'probe' = $2`, [PROBE_QUEUE, PROBE_KEY]),
      (rows) => rows.length > 0 && rows.every((row) => row.state === 'completed'),
      140_000,
      'the every-minute sweep to have run',
    );
    const occurrences = Math.floor(Date.now() / 60_000) - Math.floor(probeScheduledAt / 60_000);
    // One job per occurrence (pg-boss files each under a singleton key), each run once without a retry.
    const [{ forwarded }] = (await sql<{ forwarded: number }>(`select count(*)::int as forwarded from pgboss.job where name = '__pgboss__send-it' and singleton_key = $1`, [
      `${PROBE_QUEUE}__${PROBE_KEY}`,
    ])) as [{ forwarded: number }];
    expect(runs.length).toBeLessThanOrEqual(occurrences + 1);
    expect(runs.length).toBe(forwarded);
    expect(runs.every((run) => run.retries === 0)).toBe(true);
    figures.jobsRun = { sweepRuns: runs.length, minutesWatched: occurrences, forwarded };
    figures.load1 = loadavg()[0]!;
  });
});
