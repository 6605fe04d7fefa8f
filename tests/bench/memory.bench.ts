/**
 * Memory under sustained load: the whole stack as `pnpm start` runs it (each service its own
 * process, embedded PostgreSQL), 20,000 applications of 2,000 persons in one unit, and a
 * caseworker's inbox (the staff portal's own query, page of 50, random pages) requested by
 * several clients at once through the staff portal's proxy and the gateway for ten minutes.
 * Records each service's resident memory (RSS) before, during and after, with the load
 * average; writes its section of RESULTS.md. Target: no service above 300 MB.
 *
 *   pnpm --filter @omsorg/bench bench:memory        (BENCH_MINUTES, BENCH_CLIENTS to change)
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startStack, type StackPorts } from '@omsorg/dev';
import { createFakeBrowser, type FakeBrowser } from '@omsorg/dev-idp/testing';
import { freePort } from '@omsorg/platform';
import pg from 'pg';
import { writeResultsSection } from './results.ts';

const MINUTES = Number(process.env.BENCH_MINUTES ?? 10);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 4);
const SAMPLE_EVERY_MS = 60_000;
const PERSONS = 2_000;
const APPLICATIONS = 20_000;
const PAGE = 50;
const LIMIT_MB = 300;
const UNIT = 'Beställarenheten äldre, Hägersten-Älvsjö';
const SERVICES = ['gateway', 'identity', 'applications', 'feedback', 'offerings', 'outreach'];

/**
 * The staff portal's inbox query (portals/applications/src/staff/inbox/inbox.graphql), applicant
 * included, sent as the portal sends it: by the hash of the generated document (trusted
 * documents), so the bench also runs against a gateway with TRUSTED_DOCUMENTS=required.
 */
const INBOX_HASH = inboxHash();

function inboxHash(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../schema/operations/applications.json', import.meta.url), 'utf8')) as Record<string, string>;
  const found = Object.entries(manifest).find(([, text]) => /\bquery StaffInbox\(/.test(text));
  if (!found) throw new Error('StaffInbox is not in schema/operations/applications.json: run pnpm codegen');
  return found[0];
}

type Sample = { label: string; at: string; load: number; rssMb: Record<string, number> };

function rssMb(pid: number | undefined): number {
  if (!pid) return Number.NaN;
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((row) => row.startsWith('VmRSS:'));
  return Math.round(Number(line?.replace(/\D/g, '') ?? 0) / 1024);
}

async function seed(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      `insert into identity.person (id, personal_identity_number, given_name, family_name, birth_date, legal_gender, district_area, preferred_language, interpreter_needed, created_at, updated_at)
       select gen_random_uuid(), '1900' || lpad(i::text, 8, '0'), 'Testperson', 'Nummer ' || i, date '1925-01-01' + (i * 7) % 20000,
              (array['FEMALE', 'MALE'])[1 + i % 2], 'Hägersten', 'sv', false, now(), now()
         from generate_series(1, ${PERSONS}) as i`,
    );
    await client.query(
      `insert into applications.application
         (id, reference, applicant_id, unit, district_area, status, channel, urgent, assignee_id, applicant_legal_gender, answers, submitted_at, version, created_at, updated_at)
       select gen_random_uuid(), 'BEN-2026-' || lpad(i::text, 6, '0'), persons.ids[1 + i % ${PERSONS}], $1,
              (array['Hägersten', 'Älvsjö', 'Liljeholmen', 'Fruängen'])[1 + i % 4],
              (array['SUBMITTED', 'SUBMITTED', 'IN_INVESTIGATION', 'COMMUNICATED'])[1 + i % 4],
              'WEB', i % 40 = 0, case when i % 3 = 0 then staff.id end, (array['FEMALE', 'MALE'])[1 + i % 2], '{}'::jsonb,
              now() - (i % 90) * interval '1 day', 1, now() - (i % 90) * interval '1 day', now()
         from generate_series(1, ${APPLICATIONS}) as i
        cross join (select array_agg(id order by personal_identity_number) as ids from identity.person where personal_identity_number like '1900%') as persons
        cross join (select id from identity.staff_member where username = 'handlaggare1') as staff`,
      [UNIT],
    );
    // What identity learns through a job when a case is submitted: the unit may read the person.
    await client.query(
      `insert into identity.person_link (id, person_id, unit, source, created_at)
       select gen_random_uuid(), id, $1, 'CASE', now() from identity.person where personal_identity_number like '1900%'`,
      [UNIT],
    );
    await client.query(
      `insert into applications.requested_service (id, application_id, service_type, needs)
       select gen_random_uuid(), a.id, (array['HOME_CARE_PERSONAL', 'HOME_CARE_SERVICE', 'SAFETY_ALARM', 'MEAL_DELIVERY'])[1 + abs(hashtext(a.reference)) % 4], 'Behöver hjälp.'
         from applications.application a where a.reference like 'BEN-%'`,
    );
    await client.query('vacuum analyze applications.application');
    await client.query('vacuum analyze applications.requested_service');
    await client.query('vacuum analyze identity.person');
  } finally {
    await client.end();
  }
}

/** Signs in as a caseworker through the staff portal, the gateway and the development identity provider. */
async function signIn(portal: string): Promise<FakeBrowser> {
  const browser = createFakeBrowser();
  const loginPage = await browser.navigate(`${portal}/auth/login?returnTo=/inkorg`, `${portal}/`);
  const action = /<form[^>]*action="([^"]+)"/.exec(loginPage.body)?.[1];
  if (!action) throw new Error(`no login form at ${loginPage.url} (status ${loginPage.status})`);
  const callback = await browser.navigate(new URL(action.replaceAll('&amp;', '&'), loginPage.url).toString(), `${portal}/auth/callback`, { form: { username: 'handlaggare1' } });
  await browser.request(callback.location!);
  return browser;
}

const ports = {} as StackPorts;
for (const name of ['citizen', 'staff', 'gateway', 'idp', 'mailWeb', 'smtp', 'postgres', ...SERVICES.slice(1)] as const) ports[name as keyof StackPorts] = await freePort();
const dataDir = await mkdtemp(join(tmpdir(), 'omsorg-memory-bench-'));
const stack = await startStack({ ports, dataDir, quiet: true });
try {
  const seedStarted = performance.now();
  await seed(stack.databaseUrl);
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  const browser = await signIn(stack.urls.staff);
  const samples: Sample[] = [];
  const startedAt = Date.now();
  const sample = (label: string) => {
    const pids = stack.pids();
    const entry = { label, at: new Date().toISOString(), load: loadavg()[0]!, rssMb: Object.fromEntries(SERVICES.map((name) => [name, rssMb(pids[name])])) };
    samples.push(entry);
    console.log(`${label.padEnd(10)} load ${entry.load.toFixed(1)}  ${SERVICES.map((name) => `${name} ${entry.rssMb[name]} MB`).join('  ')}`);
  };

  let requests = 0;
  let failures = 0;
  let firstFailure = '';
  const timings: number[] = [];
  async function inbox(): Promise<void> {
    const offset = Math.floor(Math.random() * (APPLICATIONS - PAGE));
    const started = performance.now();
    try {
      const response = await fetch(`${stack.urls.staff}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: browser.cookieHeader(`${stack.urls.staff}/graphql`) },
        body: JSON.stringify({ variables: { offset, limit: PAGE, filter: null }, extensions: { persistedQuery: { version: 1, sha256Hash: INBOX_HASH } } }),
      });
      const body = (await response.json()) as { data?: { inbox?: { nodes: unknown[] } }; errors?: unknown[] };
      if (!response.ok || body.errors || body.data?.inbox?.nodes.length !== PAGE) throw new Error(`status ${response.status}: ${JSON.stringify(body.errors ?? body).slice(0, 300)}`);
    } catch (error) {
      failures += 1;
      firstFailure ||= (error as Error).message;
    }
    requests += 1;
    timings.push(performance.now() - started);
  }

  await inbox();
  if (failures) throw new Error(`the inbox does not answer: ${firstFailure}`);
  sample('start');
  const deadline = Date.now() + MINUTES * 60_000;
  const sampler = setInterval(() => sample(`${Math.round((Date.now() - startedAt) / 60_000)} min`), SAMPLE_EVERY_MS);
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (Date.now() < deadline) await inbox();
    }),
  );
  clearInterval(sampler);
  sample('end');
  await new Promise((resolve) => setTimeout(resolve, 30_000)); // idle: does memory come back?
  sample('end + 30 s');

  timings.sort((a, b) => a - b);
  const at = (share: number) => timings[Math.max(0, Math.ceil(share * timings.length) - 1)]!.toFixed(0);
  const peak = Object.fromEntries(SERVICES.map((name) => [name, Math.max(...samples.map((row) => row.rssMb[name] ?? 0))]));
  const met = SERVICES.every((name) => peak[name]! <= LIMIT_MB);
  const cpu = cpus();
  const section = [
    '## Memory under sustained inbox load (whole stack, through the gateway)',
    '',
    `Recorded ${new Date().toISOString()} by \`pnpm --filter @omsorg/bench bench:memory\` (tests/bench/memory.bench.ts).`,
    '',
    `- Machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores visible, ${Math.round(totalmem() / 2 ** 30)} GiB RAM; Node ${process.version}. Shared with other work: the load average is in the table.`,
    `- Stack: as \`pnpm start\` runs it, each service its own Node process, embedded PostgreSQL. Data: the development seed plus ${PERSONS.toLocaleString('en')} persons and ${APPLICATIONS.toLocaleString('en')} applications in the caseworker’s unit (seeded in ${seedSeconds.toFixed(1)} s).`,
    `- Load: ${CLIENTS} clients at once, each requesting the staff inbox (the portal’s own query: page of ${PAGE} with each applicant’s name and age from identity, the assignee, the services, the tab counts) at a random page, signed in as handlaggare1 through the staff portal’s proxy and the gateway, for ${MINUTES} minutes without pause.`,
    `- Requests: ${requests.toLocaleString('en')} (${(requests / (MINUTES * 60)).toFixed(1)} per second), ${failures} failed${firstFailure ? ` (first: ${firstFailure.replaceAll('|', '\\|')})` : ''}; latency p50 ${at(0.5)} ms, p95 ${at(0.95)} ms.`,
    '',
    `| when | load (1 min) | ${SERVICES.join(' | ')} |`,
    `|---|---|${SERVICES.map(() => '---').join('|')}|`,
    ...samples.map((row) => `| ${row.label} | ${row.load.toFixed(1)} | ${SERVICES.map((name) => `${row.rssMb[name]} MB`).join(' | ')} |`),
    `| **peak** | | ${SERVICES.map((name) => `**${peak[name]} MB**`).join(' | ')} |`,
    '',
    `Resident memory (RSS) of each process. Target: none above ${LIMIT_MB} MB: ${met ? 'met' : 'NOT met'}.`,
    '',
  ].join('\n');
  await writeResultsSection(section);
  console.log(section);
  if (!met || failures > 0) process.exitCode = 1;
} finally {
  await stack.stop();
  await rm(dataDir, { recursive: true, force: true });
}
