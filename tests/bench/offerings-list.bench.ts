/**
 * The public activity list and week view (issue 11) with 5,000 sessions: bulk-inserted on an
 * embedded PostgreSQL, queried through the real offerings subgraph over HTTP as a visitor who is
 * not signed in, signed the way the gateway signs.
 *
 *   pnpm --filter @omsorg/bench bench:offerings-list          (BENCH_SESSIONS changes the count)
 *
 * Counts the SQL statements per request (list pages of 10, 20 and 100, a week of 100, with and
 * without filters: they must not grow with the page), on a subgraph in this process whose ORM
 * logger sees every statement; then the latency of 300 requests of the list page (20) and of the
 * week view, on the service in its own process as `pnpm start` runs it. Writes its section of RESULTS.md.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { arch, cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { serviceNodeFlags, startNodeProcess, waitForHttp } from '@omsorg/dev';
import { createLogger, freePort, internalTokenKey, openDatabase, signInternalToken, startEmbeddedPostgres, startSubgraphServer } from '@omsorg/platform';
import { countStatements } from '@omsorg/platform/testing';
import { cpuSeconds, processCpuSeconds } from './cpu-time.ts';
import { offeringsService, seedOfferings } from '../../services/offerings/src/service.ts';
import { percentile, writeResultsSection } from './results.ts';

const SESSIONS = Number(process.env.BENCH_SESSIONS ?? 5_000);
const OFFERINGS = 80;
const REQUESTS = 300;
const WARM_UP = 30;
const TARGET_P95_MS = 50;
const SECRET = 'bench-internal-secret-that-is-long-enough-0123456789';

/** What the citizen portal's find page (CitizenOfferingSessions + CitizenSessionSummary) asks. */
const LIST = `query List($filter: OfferingSessionFilter, $language: ContentLanguage, $offset: Int!, $limit: Int!) {
  offeringSessions(filter: $filter, language: $language, offset: $offset, limit: $limit) {
    totalCount hasNextPage
    nodes {
      id day startTime endTime room capacity placesLeft waitingCount cancelled price language
      offering { id kind audience title { text language translated } summary { text language translated } }
      venue { id name area stepFree hearingLoop accessibleToilet }
    }
  }
}`;

/** Monday of the week four weeks ahead, and its Sunday: a week in the middle of the data. */
function weekAhead(): { from: string; to: string } {
  const now = new Date();
  const monday = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 28 - ((now.getUTCDay() + 6) % 7)));
  const sunday = new Date(monday.getTime() + 6 * 86_400_000);
  return { from: monday.toISOString().slice(0, 10), to: sunday.toISOString().slice(0, 10) };
}
const WEEK = weekAhead();

const CASES: Record<string, { limit: number; filter: Record<string, unknown> | null; language?: string }> = {
  'list, no filter': { limit: 20, filter: null },
  'list, area + kind + free': { limit: 20, filter: { area: 'Fruängen', kinds: ['ACTIVITY', 'CULTURE'], freeOfCharge: true } },
  'list, search in Finnish': { limit: 20, filter: { search: 'jumppa' }, language: 'FI' },
  'week, no filter': { limit: 100, filter: WEEK },
  'week, step-free + language': { limit: 100, filter: { ...WEEK, stepFree: true, language: 'sv' } },
};

const dataDir = await mkdtemp(join(tmpdir(), 'omsorg-bench-'));
const db = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'omsorg_bench', persistent: false });
try {
  const orm = await openDatabase(offeringsService.database, db.url);
  const sql = orm.em.getConnection();
  const schema = offeringsService.database.schema;
  await seedOfferings(orm);

  const seedStarted = performance.now();
  // 80 more offerings at the seeded venues (a fifth with a Finnish translation, a quarter with a
  // price), then sessions spread over the coming 26 weeks between 9 and 17, a tenth cancelled.
  await sql.execute(
    `insert into "${schema}"."offering" (id, kind, audience, venue_id, texts, price, language, organiser_unit, registration_required, status, version, created_at, updated_at)
     select gen_random_uuid(), (array['ACTIVITY','CULTURE','OUTING','COURSE','MEAL','DIGITAL_HELP','RELATIVES_GROUP'])[1 + i % 7], case when i % 11 = 0 then 'DECISION' else 'OPEN_65' end,
            (select id from "${schema}"."venue" order by name offset (i % 9) limit 1),
            case when i % 5 = 0 then jsonb_build_object('sv', jsonb_build_object('title', 'Gympa ' || i, 'summary', 'Rörelse och gemenskap', 'description', ''), 'fi', jsonb_build_object('title', 'Jumppa ' || i, 'summary', 'Liikettä', 'description', ''))
                 else jsonb_build_object('sv', jsonb_build_object('title', 'Aktivitet ' || i, 'summary', 'Gemenskap och fika', 'description', '')) end,
            case when i % 4 = 0 then 40 else 0 end, case when i % 13 = 0 then 'fi' else 'sv' end, 'Träffpunkter och aktiviteter, Hägersten-Älvsjö', true, 'PUBLISHED', 1, now(), now()
       from generate_series(1, ${OFFERINGS}) as i`,
  );
  await sql.execute(
    `with offerings as (select id, venue_id, row_number() over (order by id) - 1 as n from "${schema}"."offering")
     insert into "${schema}"."offering_session" (id, offering_id, venue_id, starts_at, ends_at, capacity, registered_count, waiting_sequence, cancelled_at, walk_in_women, walk_in_men, walk_in_unknown, version, created_at)
     select gen_random_uuid(), o.id, o.venue_id, s.starts_at, s.starts_at + interval '90 minutes', case when i % 6 = 0 then null else 20 end, i % 21, 0,
            case when i % 10 = 0 then now() end, 0, 0, 0, 1, now()
       from generate_series(1, ${SESSIONS}) as i
       join offerings o on o.n = i % (select count(*) from offerings)
       cross join lateral (select date_trunc('day', now()) + ((i * 7) % 182) * interval '1 day' + (9 + i % 8) * interval '1 hour' as starts_at) s`,
  );
  await sql.execute(
    `insert into "${schema}"."registration" (id, session_id, status, waiting_position, name, notice_by, gender, created_at)
     select gen_random_uuid(), id, 'WAITING', 1, 'Väntande', 'PHONE', 'UNKNOWN', now() from "${schema}"."offering_session" where registered_count = 20`,
  );
  await sql.execute(`vacuum analyze`);
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  const [{ count: total } = { count: 0 }] = await sql.execute<{ count: number }[]>(`select count(*)::int as count from "${schema}"."offering_session"`);

  const key = internalTokenKey(SECRET);
  let token = await signInternalToken({ actor: { kind: 'anonymous' }, locale: 'sv' }, key);
  let signedAt = Date.now();
  let url = '';
  async function list(name: string): Promise<{ ms: number; nodes: number; total: number }> {
    const request = CASES[name]!;
    if (Date.now() - signedAt > 30_000) {
      token = await signInternalToken({ actor: { kind: 'anonymous' }, locale: 'sv' }, key);
      signedAt = Date.now();
    }
    const started = performance.now();
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: LIST, variables: { offset: 0, limit: request.limit, filter: request.filter, language: request.language ?? 'SV' } }),
    });
    const body = (await response.json()) as { data?: { offeringSessions: { nodes: unknown[]; totalCount: number } }; errors?: unknown[] };
    const ms = performance.now() - started;
    if (body.errors || !body.data) throw new Error(`list failed: ${JSON.stringify(body.errors)}`);
    return { ms, nodes: body.data.offeringSessions.nodes.length, total: body.data.offeringSessions.totalCount };
  }

  // Statements, in this process.
  const server = await startSubgraphServer({ service: offeringsService, schema: offeringsService.buildSchema(), orm, tokenKey: key, log: createLogger('bench'), port: 0 });
  url = `http://127.0.0.1:${server.port}/graphql`;
  const counter = countStatements(orm);
  const perPage: Array<{ name: string; limit: number; statements: number; nodes: number; total: number }> = [];
  for (const name of Object.keys(CASES)) {
    for (const limit of [10, CASES[name]!.limit]) {
      const saved = CASES[name]!.limit;
      CASES[name]!.limit = limit;
      await list(name);
      counter.reset();
      const { nodes, total: count } = await list(name);
      perPage.push({ name, limit, statements: counter.count, nodes, total: count });
      CASES[name]!.limit = saved;
    }
  }
  counter.stop();
  await server.close();

  // Latency: the service in its own process with the services' Node flags.
  const servicePort = await freePort();
  const serviceProcess = startNodeProcess('offerings', fileURLToPath(new URL('../../services/offerings/src/server.ts', import.meta.url)), {
    ...process.env,
    DATABASE_URL: db.url,
    INTERNAL_JWT_SECRET: SECRET,
    OFFERINGS_PORT: String(servicePort),
    LOG_LEVEL: 'warn',
    // BENCH_PROFILE=<dir>: a CPU profile of the service, for finding where a request's time goes.
    ...(process.env.BENCH_PROFILE ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${process.env.BENCH_PROFILE}` } : {}),
  });
  const latency: Array<{ name: string; p50: number; p95: number; p99: number; max: number; cpu: { database: number; service: number } }> = [];
  let loadBefore = 0;
  try {
    await waitForHttp(`http://127.0.0.1:${servicePort}/health/ready`);
    url = `http://127.0.0.1:${servicePort}/graphql`;
    for (let i = 0; i < WARM_UP; i++) await list('list, no filter');
    loadBefore = loadavg()[0]!;
    for (const name of Object.keys(CASES)) {
      const timings: number[] = [];
      const before = { ...(await cpuSeconds(db.pid)), service: await processCpuSeconds(serviceProcess.pid) };
      for (let i = 0; i < REQUESTS; i++) timings.push((await list(name)).ms);
      const after = { ...(await cpuSeconds(db.pid)), service: await processCpuSeconds(serviceProcess.pid) };
      const perRequest = (seconds: number) => (seconds * 1000) / REQUESTS;
      timings.sort((a, b) => a - b);
      latency.push({
        name,
        p50: percentile(timings, 0.5),
        p95: percentile(timings, 0.95),
        p99: percentile(timings, 0.99),
        max: timings.at(-1)!,
        cpu: { database: perRequest(after.database - before.database), service: perRequest(after.service - before.service) },
      });
    }
  } finally {
    await serviceProcess.stop();
  }
  const loadAfter = loadavg()[0]!;
  const [serverVersion] = await sql.execute<{ server_version: string }[]>('show server_version');
  await orm.close();

  const cpu = cpus();
  const machine = `${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores visible, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, ${platform()} ${release()} ${arch()}`;
  const round = (ms: number) => ms.toFixed(1);
  const constant = new Set(perPage.map((row) => row.statements)).size === 1;
  const worstP95 = Math.max(...latency.map((row) => row.p95));
  const report = [
    `## Public activity list and week view (offerings subgraph), ${total.toLocaleString('en')} sessions`,
    '',
    `Recorded ${new Date().toISOString()} by \`pnpm --filter @omsorg/bench bench:offerings-list\` (tests/bench/offerings-list.bench.ts).`,
    '',
    `- Machine: ${machine}; Node ${process.version}; the service with the flags \`pnpm start\` gives it (\`${serviceNodeFlags().join(' ') || 'none'}\`); embedded PostgreSQL ${serverVersion?.server_version ?? 'unknown'}, same machine, default settings.`,
    `- Data: the seeded venues and offerings, ${OFFERINGS} more offerings, ${SESSIONS.toLocaleString('en')} sessions over the coming 26 weeks (a tenth cancelled, a sixth drop-in, full ones with a waiting list), bulk-inserted in ${seedSeconds.toFixed(1)} s.`,
    `- Request: what the citizen find page asks (see \`LIST\`), as a visitor not signed in, over HTTP on loopback with a signed internal token (no gateway), one at a time. The week is ${WEEK.from} to ${WEEK.to}.`,
    '',
    '### SQL statements per request',
    '',
    '| request | page size | rows | total | SQL statements |',
    '|---|---|---|---|---|',
    ...perPage.map((row) => `| ${row.name} | ${row.limit} | ${row.nodes} | ${row.total.toLocaleString('en')} | ${row.statements} |`),
    '',
    constant
      ? `Constant whatever the page size and filter: ${perPage[0]?.statements} (the sessions joined with their offering and venue, their count, and the waiting counts of the page in one statement).`
      : 'NOT constant: the number of statements grows with the page size or filter.',
    '',
    `### Latency, ${REQUESTS} sequential requests per case after ${WARM_UP} warm-up requests`,
    '',
    '| request | p50 | p95 | p99 | max | CPU per request: PostgreSQL + service |',
    '|---|---|---|---|---|---|',
    ...latency.map(
      (row) =>
        `| ${row.name} | ${round(row.p50)} ms | ${round(row.p95)} ms | ${round(row.p99)} ms | ${round(row.max)} ms | ${round(row.cpu.database + row.cpu.service)} ms (${round(row.cpu.database)} + ${round(row.cpu.service)}) |`,
    ),
    '',
    'CPU time per request is what a request costs, about its latency on an idle machine; wall-clock latency on a shared machine mostly measures the other work.',
    '',
    `Target: p95 under ${TARGET_P95_MS} ms: ${worstP95 < TARGET_P95_MS ? 'met' : 'NOT met'} (worst p95 ${round(worstP95)} ms).`,
    '',
    `The machine is shared: its 1-minute load average was ${loadBefore.toFixed(1)} before and ${loadAfter.toFixed(1)} after the timed requests, so latencies vary between runs; the statement counts do not.`,
    '',
  ].join('\n');
  await writeResultsSection(report);
  console.log(report);
  if (!constant) process.exitCode = 1;
} finally {
  await db.stop();
  await rm(dataDir, { recursive: true, force: true });
}
