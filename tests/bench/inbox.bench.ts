/**
 * The inbox under a realistic load of data: 20,000 submitted applications (1–3 requested
 * services each) in one unit on an embedded PostgreSQL, queried through the real applications
 * subgraph over HTTP, signed the way the gateway signs.
 *
 *   pnpm --filter @omsorg/bench bench                          (20,000 applications)
 *   pnpm --filter @omsorg/bench bench -- --applications=100000
 *
 * Measures the SQL statements per inbox request for pages of 10, 50 and 100 (they must not grow
 * with the page) on a subgraph in this process, whose ORM logger sees every statement; then the
 * latency of 300 requests for a page of 50 on the service as `pnpm start` runs it: its own
 * process, with the services' Node flags (serviceNodeFlags). Writes RESULTS.md.
 *
 *   --statements   also times each statement (in this process) and prints them
 *   --explain      also prints the plans of the page and tab-count statements
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { arch, cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { applicationsService } from '@omsorg/applications';
import {
  createLogger,
  freePort,
  internalTokenKey,
  openDatabase,
  signInternalToken,
  startEmbeddedPostgres,
  startSubgraphServer,
  type Actor,
} from '@omsorg/platform';
import { serviceNodeFlags, startNodeProcess, waitForHttp } from '@omsorg/dev';
import { cpuSeconds, processCpuSeconds } from './cpu-time.ts';
import { percentile, writeResultsSection } from './results.ts';

/** How many applications to seed: `--applications=100000` or BENCH_APPLICATIONS (default 20,000). */
function applicationCount(): number {
  const argument = process.argv.find((arg) => arg.startsWith('--applications='))?.split('=')[1];
  const value = Number.parseInt(argument ?? process.env.BENCH_APPLICATIONS ?? '20000', 10);
  if (!Number.isInteger(value) || value < 1000 || value > 2_000_000) throw new Error('applications must be a whole number from 1,000 to 2,000,000');
  return value;
}
const APPLICATIONS = applicationCount();
const REQUESTS = 300;
const WARM_UP = 30;
const UNIT = 'Beställarenheten äldre, Hägersten-Älvsjö';
const SECRET = 'bench-internal-secret-that-is-long-enough-0123456789';
const SERVICE_TYPES = [
  'HOME_CARE_PERSONAL',
  'HOME_CARE_SERVICE',
  'SAFETY_ALARM',
  'DAY_ACTIVITY',
  'ESCORT',
  'CARER_RELIEF',
  'HOUSING_SUPPORT',
  'MEAL_DELIVERY',
  'HOME_CARE_ALLOWANCE',
  'SHORT_TERM_STAY',
  'NURSING_HOME',
  'SERVICE_FLAT',
];

/**
 * What the staff portal's inbox (StaffInbox, portals/applications/src/staff/inbox/inbox.graphql)
 * asks of this subgraph: every field it selects that the applications subgraph owns. Through the
 * gateway, identity then adds the person's name and age and the caseworker's name.
 */
const INBOX = `query Inbox($limit: Int!, $filter: InboxFilter) {
  inbox(limit: $limit, filter: $filter) {
    totalCount hasNextPage
    counts { submitted mine unassigned urgent overdue openCallbacks work openApplications openAppeals servicesNotOrdered plansOverdue followUpsDue }
    nodes {
      dueOn overdue work { kind count }
      case {
        id reference status version submittedAt createdAt urgent districtArea
        applicant { id }
        assignee { id }
        serviceTypes
        otherOpenApplications { id reference }
      }
    }
  }
}`;

const caseworker: Actor = { kind: 'staff', staffId: crypto.randomUUID(), roles: ['CASEWORKER'], unit: UNIT };


const dataDir = await mkdtemp(join(tmpdir(), 'omsorg-bench-'));
const db = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'omsorg_bench', persistent: false });
try {
  const orm = await openDatabase(applicationsService.database, db.url);
  const sql = orm.em.getConnection();
  const schema = applicationsService.database.schema;

  const seedStarted = performance.now();
  await sql.execute(
    `insert into "${schema}"."application"
       (id, reference, applicant_id, unit, district_area, status, channel, urgent, assignee_id, applicant_legal_gender, answers, submitted_at, version, created_at, updated_at)
     select gen_random_uuid(), 'ANS-2026-' || lpad(i::text, 6, '0'), gen_random_uuid(), ?,
            (array['Hägersten', 'Älvsjö', 'Liljeholmen', 'Fruängen'])[1 + i % 4],
            (array['SUBMITTED', 'SUBMITTED', 'IN_INVESTIGATION', 'COMMUNICATED', 'DECIDED'])[1 + i % 5],
            'WEB', i % 40 = 0,
            case when i % 3 = 0 then ?::uuid end,
            (array['FEMALE', 'MALE', null])[1 + i % 3],
            '{}'::jsonb,
            now() - (i % 90) * interval '1 day' - (i % 1440) * interval '1 minute',
            1, now() - (i % 90) * interval '1 day', now()
       from generate_series(1, ${APPLICATIONS}) as i`,
    [UNIT, (caseworker as { staffId: string }).staffId],
  );
  await sql.execute(
    `insert into "${schema}"."requested_service" (id, application_id, service_type, needs)
     select gen_random_uuid(), a.id, (array[${SERVICE_TYPES.map((type) => `'${type}'`).join(', ')}])[1 + (abs(hashtext(a.reference)) + s * 5) % 12], 'Behöver hjälp.'
       from "${schema}"."application" a
       cross join lateral generate_series(1, 1 + abs(hashtext(a.reference || 'n')) % 3) as s`,
  );
  await sql.execute(
    `insert into "${schema}"."callback_request" (id, person_id, unit, phone, message, requested_at, due_at)
     select gen_random_uuid(), gen_random_uuid(), ?, '070-123 45 67', '', now() - (i % 40) * interval '1 hour', now() + (48 - i % 40) * interval '1 hour'
       from generate_series(1, 200) as i`,
    [UNIT],
  );
  // Bulk-loaded as an import would be: the case_work triggers (one refresh per row written) are off
  // while the decided fifth is written, and the table is filled from case_work_rows once after.
  const caseWorkTriggers = { decision: 'decision_case_work', service_order: 'service_order_case_work', follow_up: 'follow_up_case_work', appeal: 'appeal_case_work' };
  for (const [table, trigger] of Object.entries(caseWorkTriggers)) await sql.execute(`alter table "${schema}"."${table}" disable trigger "${trigger}"`);
  // The decided fifth: every requested service decided (1 in 7 denied), most granted ones ordered,
  // some plans late, follow-ups over the coming year, an appeal now and then. The work list finds
  // its work among these.
  const provider = crypto.randomUUID();
  await sql.execute(`insert into "${schema}"."provider" (id, name, in_house, service_types, active) values (?, 'Hemtjänst i egen regi', true, '{}', true)`, [provider]);
  await sql.execute(
    `insert into "${schema}"."decision" (id, requested_service_id, status, outcome, valid_from, motivation, decided_by_id, decided_at, created_at)
     select gen_random_uuid(), rs.id, 'DECIDED', case when abs(hashtext(rs.id::text)) % 7 = 0 then 'DENIED' else 'GRANTED' end,
            (now() - (abs(hashtext(rs.id::text)) % 300) * interval '1 day')::date, 'Behovet är utrett.', ?::uuid, now(), now()
       from "${schema}"."requested_service" rs join "${schema}"."application" a on a.id = rs.application_id
      where a.status = 'DECIDED'`,
    [(caseworker as { staffId: string }).staffId],
  );
  await sql.execute(
    `insert into "${schema}"."service_order" (id, decision_id, provider_id, goals, start_on, ordered_on, ordered_by_id, plan_received_on, created_at)
     select gen_random_uuid(), d.id, ?::uuid, 'Mål.', d.valid_from, d.valid_from,
            ?::uuid, case when abs(hashtext(d.id::text)) % 50 = 0 then null else d.valid_from + 10 end, now()
       from "${schema}"."decision" d
      where d.outcome <> 'DENIED' and abs(hashtext(d.id::text || 'o')) % 30 <> 0`,
    [provider, (caseworker as { staffId: string }).staffId],
  );
  await sql.execute(
    `insert into "${schema}"."follow_up" (id, decision_id, due_on, reason)
     select gen_random_uuid(), d.id, d.valid_from + 365, 'YEARLY' from "${schema}"."decision" d where d.outcome <> 'DENIED'`,
  );
  await sql.execute(
    `insert into "${schema}"."appeal" (id, decision_id, received_on, channel, text, in_time, status, created_at)
     select gen_random_uuid(), d.id, current_date, 'PAPER', 'Jag överklagar.', true, 'RECEIVED', now()
       from "${schema}"."decision" d where abs(hashtext(d.id::text || 'a')) % 200 = 0`,
  );
  await sql.execute(`insert into "${schema}"."case_work" select * from "${schema}"."case_work_rows"(array(select id from "${schema}"."decision"))`);
  for (const [table, trigger] of Object.entries(caseWorkTriggers)) await sql.execute(`alter table "${schema}"."${table}" enable trigger "${trigger}"`);
  // What autovacuum would have done by now on a live database.
  for (const table of ['application', 'requested_service', 'callback_request', 'decision', 'service_order', 'follow_up', 'appeal', 'inbox_tally', 'case_work']) {
    await sql.execute(`vacuum analyze "${schema}"."${table}"`);
  }
  const [workRow] = await sql.execute<Array<{ decisions: string; orders: string; appeals: string }>>(
    `select (select count(*) from "${schema}"."decision") as decisions, (select count(*) from "${schema}"."service_order") as orders, (select count(*) from "${schema}"."appeal") as appeals`,
  );
  const [serviceCount] = await sql.execute<{ services: string }[]>(`select count(*) as services from "${schema}"."requested_service"`);
  const services = Number(serviceCount?.services ?? 0);
  const seedSeconds = (performance.now() - seedStarted) / 1000;

  // Every statement the ORM sends goes through its query logger.
  const logger = orm.config.getLogger();
  const logQuery = logger.logQuery.bind(logger);
  let statements = 0;
  /** The last page and tab-count statements sent (for --explain). */
  let timingStatements = false;
  const captured: Record<'tab counts' | 'page', { query: string; params: readonly unknown[] } | undefined> = { 'tab counts': undefined, page: undefined };
  /** Each statement's time, by its first words (printed with --statements). */
  const statementTimings = new Map<string, number[]>();
  logger.logQuery = (context) => {
    statements += 1;
    const query = context.query ?? '';
    if (timingStatements && context.took !== undefined) {
      const shape = query.replace(/\s+/g, ' ').slice(0, 90);
      statementTimings.set(shape, [...(statementTimings.get(shape) ?? []), context.took]);
    }
    if (query.includes('inbox_tally')) captured['tab counts'] = { query, params: context.params ?? [] };
    else if (/^select "a0"\./.test(query) && query.includes('limit')) captured.page = { query, params: context.params ?? [] };
    logQuery(context);
  };

  const key = internalTokenKey(SECRET);
  const server = await startSubgraphServer({ service: applicationsService, schema: applicationsService.buildSchema(), orm, tokenKey: key, log: createLogger('bench'), port: 0 });
  let url = `http://127.0.0.1:${server.port}/graphql`;
  let token = await signInternalToken({ actor: caseworker, locale: 'sv' }, key);
  let signedAt = Date.now();

  /** What the staff portal's inbox asks for by default: every case with something to do. */
  const TODO = { work: ['OPEN_APPLICATION', 'OPEN_APPEAL', 'SERVICE_NOT_ORDERED', 'PLAN_OVERDUE', 'FOLLOW_UP_DUE'] };
  async function inbox(limit: number, filter: Record<string, unknown> | null = TODO): Promise<{ ms: number; nodes: number }> {
    if (Date.now() - signedAt > 30_000) {
      token = await signInternalToken({ actor: caseworker, locale: 'sv' }, key);
      signedAt = Date.now();
    }
    const started = performance.now();
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: INBOX, variables: { limit, filter } }),
    });
    const body = (await response.json()) as { data?: { inbox: { nodes: unknown[] } }; errors?: unknown[] };
    const ms = performance.now() - started;
    if (body.errors || !body.data) throw new Error(`inbox failed: ${JSON.stringify(body.errors)}`);
    return { ms, nodes: body.data.inbox.nodes.length };
  }

  const FILTERED = { ...TODO, serviceType: 'HOME_CARE_PERSONAL', unassigned: true };
  const perPage: Array<{ limit: number; statements: number; nodes: number; filteredStatements: number; filteredNodes: number }> = [];
  for (const limit of [10, 50, 100]) {
    await inbox(limit);
    statements = 0;
    const { nodes } = await inbox(limit);
    const unfilteredStatements = statements;
    await inbox(limit, FILTERED);
    statements = 0;
    const filtered = await inbox(limit, FILTERED);
    perPage.push({ limit, statements: unfilteredStatements, nodes, filteredStatements: statements, filteredNodes: filtered.nodes });
  }

  if (process.argv.includes('--statements') || process.argv.includes('--explain')) {
    timingStatements = true;
    for (let i = 0; i < REQUESTS; i++) await inbox(50);
    timingStatements = false;
  }
  if (process.argv.includes('--explain')) {
    for (const [name, statement] of Object.entries(captured)) {
      if (!statement) continue;
      const plan = await sql.execute<Array<{ 'QUERY PLAN': string }>>(`explain (analyze, buffers) ${statement.query}`, [...statement.params]);
      console.log(`--- ${name}\n${plan.map((row) => row['QUERY PLAN']).join('\n')}`);
    }
  }
  if (process.argv.includes('--statements')) {
    console.log('Each statement in this process (the ORM logger\'s timings):');
    for (const [shape, took] of statementTimings) {
      took.sort((a, b) => a - b);
      console.log(`${String(took.length).padStart(5)} × p50 ${percentile(took, 0.5).toFixed(1)} ms p95 ${percentile(took, 0.95).toFixed(1)} ms  ${shape}`);
    }
  }
  await server.close();

  // The latency: the service as `pnpm start` runs it, in its own process with the services' Node
  // flags, so its heap holds only its own garbage and its limits decide the collector's pauses.
  const servicePort = await freePort();
  const serviceProcess = startNodeProcess('applications', fileURLToPath(import.meta.resolve('@omsorg/applications/server')), {
    ...process.env,
    DATABASE_URL: db.url,
    INTERNAL_JWT_SECRET: SECRET,
    APPLICATIONS_PORT: String(servicePort),
    LOG_LEVEL: 'warn',
  });
  const timings: number[] = [];
  let loadBefore = 0;
  let cpuPerRequest = { database: 0, service: 0, client: 0 };
  try {
    await waitForHttp(`http://127.0.0.1:${servicePort}/health/ready`);
    url = `http://127.0.0.1:${servicePort}/graphql`;
    for (let i = 0; i < WARM_UP; i++) await inbox(50);
    loadBefore = loadavg()[0]!;
    const before = { ...(await cpuSeconds(db.pid)), service: await processCpuSeconds(serviceProcess.pid) };
    for (let i = 0; i < REQUESTS; i++) timings.push((await inbox(50)).ms);
    const after = { ...(await cpuSeconds(db.pid)), service: await processCpuSeconds(serviceProcess.pid) };
    const perRequest = (seconds: number) => (seconds * 1000) / REQUESTS;
    cpuPerRequest = { database: perRequest(after.database - before.database), service: perRequest(after.service - before.service), client: perRequest(after.node - before.node) };
  } finally {
    await serviceProcess.stop();
  }
  const loadAfter = loadavg()[0]!;
  timings.sort((a, b) => a - b);
  const p50 = percentile(timings, 0.5);
  const p95 = percentile(timings, 0.95);
  const p99 = percentile(timings, 0.99);
  const mean = timings.reduce((sum, ms) => sum + ms, 0) / timings.length;

  const [serverVersion] = await sql.execute<{ server_version: string }[]>('show server_version');
  const postgres = serverVersion?.server_version ?? 'unknown';
  await orm.close();

  const cpu = cpus();
  const machine = `${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores visible, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, ${platform()} ${release()} ${arch()}`;
  const round = (ms: number) => ms.toFixed(1);
  const constant = new Set(perPage.map((row) => row.statements)).size === 1 && new Set(perPage.map((row) => row.filteredStatements)).size === 1;
  const report = [
    `## Inbox (applications subgraph), ${APPLICATIONS.toLocaleString('en')} applications`,
    '',
    `Recorded ${new Date().toISOString()} by \`pnpm --filter @omsorg/bench bench\` (tests/bench/inbox.bench.ts).`,
    '',
    `- Machine: ${machine}; Node ${process.version}; the service with the flags \`pnpm start\` gives it (\`${serviceNodeFlags().join(' ') || 'none'}\`); embedded PostgreSQL ${postgres}, same machine, default settings.`,
    `- Data: ${APPLICATIONS.toLocaleString('en')} submitted applications (four in five open, one in five decided; 1 in 40 urgent, a third assigned) with ${services.toLocaleString('en')} requested services, ${Number(workRow?.decisions ?? 0).toLocaleString('en')} decisions (1 in 7 denied), ${Number(workRow?.orders ?? 0).toLocaleString('en')} orders (1 in 30 granted services not ordered, 1 in 50 orders without a plan), ${Number(workRow?.appeals ?? 0).toLocaleString('en')} open appeals, a yearly follow-up per granted decision and 200 open callback requests, all in the caseworker’s unit (the worst case: one unit’s inbox holds everything). Seeding took ${seedSeconds.toFixed(1)} s.`,
    '- Request: the applications service in its own process, as `pnpm start` runs it, over HTTP on loopback with a signed internal token (no gateway), one request at a time from this process; the staff portal’s default list (every case with work: open applications and decided cases with an open appeal, a service to order, a late plan or a follow-up due); the query is what the staff portal’s inbox asks of this subgraph: counts, and per case its work, services, caseworker and the person’s other open applications (see `INBOX` in the script). Each request also writes the access-log rows for the listed cases.',
    '',
    '### SQL statements per inbox request',
    '',
    '| page size | default (all work): cases | default: SQL statements | filtered (home care, unassigned): cases | filtered: SQL statements |',
    '|---|---|---|---|---|',
    ...perPage.map((row) => `| ${row.limit} | ${row.nodes} | ${row.statements} | ${row.filteredNodes} | ${row.filteredStatements} |`),
    '',
    constant
      ? `Constant whatever the page size. Unfiltered: ${perPage[0]!.statements} statements (the page; its services’ types; the tab counts, which also give the total, in one statement; the work of the listed cases; the persons’ other open applications in one batch; one access-log insert). A filtered inbox adds one count of the filtered total: ${perPage[0]!.filteredStatements}.`
      : 'NOT constant: the number of statements grows with the page size.',
    '',
    `### Latency, page of 50, ${REQUESTS} sequential requests after ${WARM_UP} warm-up requests`,
    '',
    '| p50 | p95 | p99 | mean | max |',
    '|---|---|---|---|---|',
    `| ${round(p50)} ms | ${round(p95)} ms | ${round(p99)} ms | ${round(mean)} ms | ${round(timings[timings.length - 1]!)} ms |`,
    '',
    `CPU time per request (what a request costs, about its latency on an idle machine): ${round(cpuPerRequest.database + cpuPerRequest.service + cpuPerRequest.client)} ms, of which PostgreSQL ${round(cpuPerRequest.database)} ms, the service ${round(cpuPerRequest.service)} ms and the bench's own client ${round(cpuPerRequest.client)} ms.`,
    '',
    `Target: p95 under 20 ms on this machine: ${p95 < 20 ? 'met' : 'NOT met'}.`,
    '',
    `The machine is shared: its 1-minute load average was ${loadBefore.toFixed(1)} before and ${loadAfter.toFixed(1)} after the timed requests (two cores; other engineers’ tests and browsers were running), so latencies vary between runs; the statement counts do not.`,
    '',
  ].join('\n');
  await writeResultsSection(report);
  console.log(report);
  if (!constant) process.exitCode = 1;
} finally {
  await db.stop();
  await rm(dataDir, { recursive: true, force: true });
}
