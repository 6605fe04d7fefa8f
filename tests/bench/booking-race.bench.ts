/**
 * 1,000 booking attempts at once on 100 free slots, through the real outreach service over HTTP
 * (its own process, as `pnpm start` runs it, signed the way the gateway signs), on an embedded
 * PostgreSQL. The database's partial unique index (booking_one_per_slot) decides every race:
 * exactly 100 bookings, no server error, and the 900 others a SlotTakenError with nearer times.
 *
 *   pnpm --filter @omsorg/bench bench:booking-race
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { arch, cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { serviceNodeFlags, startNodeProcess, waitForHttp } from '@omsorg/dev';
import { outreachService } from '@omsorg/outreach';
import { freePort, internalTokenKey, openDatabase, signInternalToken, startEmbeddedPostgres, type Actor } from '@omsorg/platform';
import { percentile, writeResultsSection } from './results.ts';

const SLOTS = 100;
const ATTEMPTS = 1000;
const UNIT = 'Uppsökande verksamhet, Hägersten-Älvsjö';
const SECRET = 'bench-internal-secret-that-is-long-enough-0123456789';
const worker: Actor = { kind: 'staff', staffId: crypto.randomUUID(), roles: ['OUTREACH'], unit: UNIT };
const BOOK = `mutation($input: BookForPersonInput!) {
  bookForPerson(input: $input) {
    __typename
    ... on MutationBookForPersonSuccess { data { id } }
    ... on SlotTakenError { nearest { id } }
    ... on BookingRefusedError { reason }
  }
}`;


const dataDir = await mkdtemp(join(tmpdir(), 'omsorg-bench-'));
const db = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'omsorg_bench', persistent: false });
try {
  const orm = await openDatabase(outreachService.database, db.url);
  const sql = orm.em.getConnection();
  const workerId = (worker as { staffId: string }).staffId;
  await sql.execute(`insert into outreach.staff_member (id, unit, roles, name, title, phone, updated_at) values (?, ?, '["OUTREACH"]', 'Omar Haddad', 'Äldrelots', null, now())`, [workerId, UNIT]);
  const [campaign] = await sql.execute<Array<{ id: string }>>(
    `insert into outreach.campaign (id, name, status, target_description, unit, created_at) values (gen_random_uuid(), 'Hälsosamtal', 'ACTIVE', 'Alla som fyller 75.', ?, now()) returning id`,
    [UNIT],
  );
  // 1,000 residents in the campaign's cohort (one per attempt), 100 free slots over the next weeks.
  await sql.execute(
    `insert into outreach.resident (id, given_name, family_name, birth_date, legal_gender, district_area, preferred_language, interpreter_needed, updated_at)
     select gen_random_uuid(), 'Person', 'Nummer ' || i, date '1951-01-01' + i, case when i % 2 = 0 then 'FEMALE' else 'MALE' end, 'Fruängen', 'sv', false, now()
       from generate_series(1, ${ATTEMPTS}) as i`,
  );
  await sql.execute(`insert into outreach.cohort_member (campaign_id, person_id, added_at) select ?, id, now() from outreach.resident`, [campaign!.id]);
  await sql.execute(
    `insert into outreach.slot (id, worker_id, starts_at, ends_at, kind, place_name, place_address, created_at)
     select gen_random_uuid(), ?, date_trunc('hour', now()) + interval '1 day' + i * interval '1 hour', date_trunc('hour', now()) + interval '1 day' + i * interval '1 hour' + interval '45 minutes',
            'MEETING_PLACE', 'Träffpunkt Hägersten', 'Hägerstensvägen 120', now()
       from generate_series(1, ${SLOTS}) as i`,
    [workerId],
  );
  const slotIds = (await sql.execute<Array<{ id: string }>>(`select id from outreach.slot order by starts_at`)).map((row) => row.id);
  const personIds = (await sql.execute<Array<{ id: string }>>(`select id from outreach.resident order by id`)).map((row) => row.id);

  const servicePort = await freePort();
  const serviceProcess = startNodeProcess('outreach', fileURLToPath(import.meta.resolve('@omsorg/outreach/server')), {
    ...process.env,
    DATABASE_URL: db.url,
    INTERNAL_JWT_SECRET: SECRET,
    OUTREACH_PORT: String(servicePort),
    LOG_LEVEL: 'warn',
  });
  const outcomes = new Map<string, number>();
  const timings: number[] = [];
  let wallMs = 0;
  let loadBefore = 0;
  try {
    await waitForHttp(`http://127.0.0.1:${servicePort}/health/ready`);
    const url = `http://127.0.0.1:${servicePort}/graphql`;
    const token = await signInternalToken({ actor: worker, locale: 'sv' }, internalTokenKey(SECRET));
    const attempt = async (index: number) => {
      const started = performance.now();
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: BOOK, variables: { input: { slotId: slotIds[index % SLOTS], personId: personIds[index] } } }),
      });
      const body = (await response.json().catch(() => null)) as { data?: { bookForPerson?: { __typename: string } }; errors?: unknown[] } | null;
      timings.push(performance.now() - started);
      const outcome = response.status >= 500 ? `HTTP ${response.status}` : body?.errors ? 'GraphQL error' : (body?.data?.bookForPerson?.__typename ?? 'no answer');
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
  const [{ holding, slotsBooked } = { holding: '0', slotsBooked: '0' }] = await sql.execute<Array<{ holding: string; slotsBooked: string }>>(
    `select count(*) as holding, count(distinct slot_id) as "slotsBooked" from outreach.booking where status in ('ACTIVE', 'HELD')`,
  );
  const [serverVersion] = await sql.execute<{ server_version: string }[]>('show server_version');
  await orm.close();

  timings.sort((a, b) => a - b);
  const booked = outcomes.get('MutationBookForPersonSuccess') ?? 0;
  const taken = outcomes.get('SlotTakenError') ?? 0;
  const serverErrors = [...outcomes].filter(([outcome]) => outcome.startsWith('HTTP') || outcome === 'GraphQL error' || outcome === 'no answer').reduce((sum, [, count]) => sum + count, 0);
  const ok = booked === SLOTS && Number(holding) === SLOTS && Number(slotsBooked) === SLOTS && serverErrors === 0 && taken === ATTEMPTS - SLOTS;
  const cpu = cpus();
  const machine = `${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores visible, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, ${platform()} ${release()} ${arch()}`;
  const report = [
    `## Booking race (outreach), ${ATTEMPTS.toLocaleString('en')} concurrent attempts on ${SLOTS} free slots`,
    '',
    `Recorded ${new Date().toISOString()} by \`pnpm --filter @omsorg/bench bench:booking-race\` (tests/bench/booking-race.bench.ts).`,
    '',
    `- Machine: ${machine}; Node ${process.version}; the outreach service in its own process with \`${serviceNodeFlags().join(' ') || 'none'}\`; embedded PostgreSQL ${serverVersion?.server_version ?? 'unknown'}, same machine.`,
    `- Load: ${ATTEMPTS.toLocaleString('en')} \`bookForPerson\` requests sent at once over HTTP on loopback (signed internal token, no gateway), ten for each of ${SLOTS} slots, each for another resident of the campaign's cohort. The partial unique index \`booking_one_per_slot\` decides each race; the losers get \`SlotTakenError\` with the nearest free slots of the same kind.`,
    '',
    '| outcome | count |',
    '|---|---|',
    ...[...outcomes].sort(([a], [b]) => a.localeCompare(b)).map(([outcome, count]) => `| ${outcome} | ${count} |`),
    '',
    `Bookings holding a slot afterwards: ${holding}, on ${slotsBooked} different slots. Server errors: ${serverErrors}.`,
    '',
    `All ${ATTEMPTS.toLocaleString('en')} answered in ${(wallMs / 1000).toFixed(1)} s; per request p50 ${percentile(timings, 0.5).toFixed(0)} ms, p95 ${percentile(timings, 0.95).toFixed(0)} ms, max ${timings[timings.length - 1]!.toFixed(0)} ms (queued behind each other on two cores and the service's connection pool).`,
    '',
    `Target: exactly ${SLOTS} bookings, no server error: ${ok ? 'met' : 'NOT met'}. Load average ${loadBefore.toFixed(1)} before and ${loadAfter.toFixed(1)} after (a shared machine).`,
    '',
  ].join('\n');
  await writeResultsSection(report);
  console.log(report);
  if (!ok) process.exitCode = 1;
} finally {
  await db.stop();
  await rm(dataDir, { recursive: true, force: true });
}
