/**
 * 200 registrations at once on a session of 20 places, through the real offerings service over
 * HTTP (its own process, as `pnpm start` runs it, signed the way the gateway signs), on an
 * embedded PostgreSQL. The row lock on the session (`select … for update`) decides every race:
 * exactly 20 registered, 180 on the waiting list with positions 1..180, no server error.
 *
 *   pnpm --filter @omsorg/bench bench:offerings-registration-race
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { arch, cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { serviceNodeFlags, startNodeProcess, waitForHttp } from '@omsorg/dev';
import { freePort, internalTokenKey, openDatabase, signInternalToken, startEmbeddedPostgres, type Actor } from '@omsorg/platform';
import { offeringsService } from '../../services/offerings/src/service.ts';
import { percentile, writeResultsSection } from './results.ts';

const PLACES = 20;
const ATTEMPTS = 200;
const SECRET = 'bench-internal-secret-that-is-long-enough-0123456789';
const REGISTER = `mutation($sessionId: ID!, $input: RegisterForSessionInput!) {
  registerForSession(sessionId: $sessionId, input: $input) {
    __typename
    ... on MutationRegisterForSessionSuccess { data { registration { status waitingPosition } } }
  }
}`;

const dataDir = await mkdtemp(join(tmpdir(), 'omsorg-bench-'));
const db = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'omsorg_bench', persistent: false });
try {
  const orm = await openDatabase(offeringsService.database, db.url);
  const sql = orm.em.getConnection();
  const [venue] = await sql.execute<Array<{ id: string }>>(
    `insert into offerings.venue (id, kind, name, street_address, postal_code, city, district, area, step_free, hearing_loop, accessible_toilet, texts, status, version, created_at, updated_at)
     values (gen_random_uuid(), 'MEETING_PLACE', 'Träffpunkt Hägersten', 'Hägerstensvägen 120', '126 49', 'Stockholm', 'Hägersten-Älvsjö', 'Hägersten', true, true, true,
             '{"sv":{"description":"","openingHours":"","holidayHours":"","directions":"","accessibility":""}}', 'PUBLISHED', 1, now(), now()) returning id`,
  );
  const [offering] = await sql.execute<Array<{ id: string }>>(
    `insert into offerings.offering (id, kind, audience, venue_id, texts, price, language, organiser_unit, registration_required, status, version, created_at, updated_at)
     values (gen_random_uuid(), 'ACTIVITY', 'OPEN_65', ?, '{"sv":{"title":"Sittgympa","summary":"","description":""}}', 0, 'sv', 'Träffpunkter och aktiviteter, Hägersten-Älvsjö', true, 'PUBLISHED', 1, now(), now()) returning id`,
    [venue!.id],
  );
  const [session] = await sql.execute<Array<{ id: string }>>(
    `insert into offerings.offering_session (id, offering_id, venue_id, starts_at, ends_at, capacity, registered_count, waiting_sequence, walk_in_women, walk_in_men, walk_in_unknown, version, created_at)
     values (gen_random_uuid(), ?, ?, now() + interval '7 days', now() + interval '7 days 1 hour', ${PLACES}, 0, 0, 0, 0, 0, 1, now()) returning id`,
    [offering!.id, venue!.id],
  );

  const servicePort = await freePort();
  const serviceProcess = startNodeProcess('offerings', fileURLToPath(new URL('../../services/offerings/src/server.ts', import.meta.url)), {
    ...process.env,
    DATABASE_URL: db.url,
    INTERNAL_JWT_SECRET: SECRET,
    OFFERINGS_PORT: String(servicePort),
    RATE_LIMIT_OFFERINGS_REGISTRATION: 'off',
    LOG_LEVEL: 'warn',
  });
  const outcomes = new Map<string, number>();
  const positions: number[] = [];
  const timings: number[] = [];
  let wallMs = 0;
  let loadBefore = 0;
  try {
    await waitForHttp(`http://127.0.0.1:${servicePort}/health/ready`);
    const url = `http://127.0.0.1:${servicePort}/graphql`;
    const key = internalTokenKey(SECRET);
    // Each attempt a different person signed in, so none is refused as registered twice.
    const tokens = await Promise.all(
      Array.from({ length: ATTEMPTS }, () => signInternalToken({ actor: { kind: 'person', personId: crypto.randomUUID(), actingFor: [] } satisfies Actor, locale: 'sv' }, key)),
    );
    const attempt = async (index: number) => {
      const started = performance.now();
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${tokens[index]}` },
        body: JSON.stringify({ query: REGISTER, variables: { sessionId: session!.id, input: { name: `Person ${index}`, phone: '070-123 45 67', noticeBy: 'PHONE' } } }),
      });
      type Answer = { data?: { registerForSession?: { __typename: string; data?: { registration: { status: string; waitingPosition: number | null } } } }; errors?: unknown[] };
      const body = (await response.json().catch(() => null)) as Answer | null;
      timings.push(performance.now() - started);
      const registration = body?.data?.registerForSession?.data?.registration;
      const outcome = response.status >= 500 ? `HTTP ${response.status}` : body?.errors ? 'GraphQL error' : (registration?.status ?? body?.data?.registerForSession?.__typename ?? 'no answer');
      if (registration?.waitingPosition) positions.push(registration.waitingPosition);
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    };
    loadBefore = loadavg()[0]!;
    const started = performance.now();
    await Promise.all(Array.from({ length: ATTEMPTS }, (_, index) => attempt(index)));
    wallMs = performance.now() - started;
  } finally {
    await serviceProcess.stop();
  }
  const loadAfter = loadavg()[0]!;
  const [stored = { registered: '0', waiting: '0', counted: 0 }] = await sql.execute<Array<{ registered: string; waiting: string; counted: number }>>(
    `select (select count(*) from offerings.registration where status = 'REGISTERED') as registered,
            (select count(*) from offerings.registration where status = 'WAITING') as waiting,
            (select registered_count from offerings.offering_session where id = ?) as counted`,
    [session!.id],
  );
  const [serverVersion] = await sql.execute<{ server_version: string }[]>('show server_version');
  await orm.close();

  timings.sort((a, b) => a - b);
  positions.sort((a, b) => a - b);
  const inOrder = positions.length === ATTEMPTS - PLACES && positions.every((position, index) => position === index + 1);
  const ok = (outcomes.get('REGISTERED') ?? 0) === PLACES && Number(stored.registered) === PLACES && Number(stored.counted) === PLACES && Number(stored.waiting) === ATTEMPTS - PLACES && inOrder;
  const cpu = cpus();
  const machine = `${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores visible, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, ${platform()} ${release()} ${arch()}`;
  const report = [
    `## Registration race (offerings), ${ATTEMPTS} concurrent registrations on a session of ${PLACES} places`,
    '',
    `Recorded ${new Date().toISOString()} by \`pnpm --filter @omsorg/bench bench:offerings-registration-race\` (tests/bench/offerings-registration-race.bench.ts).`,
    '',
    `- Machine: ${machine}; Node ${process.version}; the offerings service in its own process with \`${serviceNodeFlags().join(' ') || 'none'}\`; embedded PostgreSQL ${serverVersion?.server_version ?? 'unknown'}, same machine.`,
    `- Load: ${ATTEMPTS} \`registerForSession\` requests sent at once over HTTP on loopback (signed internal token, no gateway), each by another signed-in person. The row lock on the session decides each race.`,
    '',
    '| outcome | count |',
    '|---|---|',
    ...[...outcomes].sort(([a], [b]) => a.localeCompare(b)).map(([outcome, count]) => `| ${outcome} | ${count} |`),
    '',
    `Stored afterwards: ${stored.registered} registered (the session counts ${stored.counted}), ${stored.waiting} waiting; waiting positions ${inOrder ? `1..${ATTEMPTS - PLACES}, no gap, no duplicate` : 'NOT 1..n in order'}.`,
    '',
    `All ${ATTEMPTS} answered in ${(wallMs / 1000).toFixed(1)} s; per request p50 ${percentile(timings, 0.5).toFixed(0)} ms, p95 ${percentile(timings, 0.95).toFixed(0)} ms, max ${timings[timings.length - 1]!.toFixed(0)} ms (queued behind each other on the lock, two cores).`,
    '',
    `Target: exactly ${PLACES} registered, the rest waiting in order: ${ok ? 'met' : 'NOT met'}. Load average ${loadBefore.toFixed(1)} before and ${loadAfter.toFixed(1)} after (a shared machine).`,
    '',
  ].join('\n');
  await writeResultsSection(report);
  console.log(report);
  if (!ok) process.exitCode = 1;
} finally {
  await db.stop();
  await rm(dataDir, { recursive: true, force: true });
}
