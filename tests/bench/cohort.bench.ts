/**
 * Outreach's cohort over 20,000 residents (issue 9): the residents written through the
 * people-changed handler (1,000 per statement, as identity's import sends them), some with
 * current care services and some already in another campaign's fixed cohort; then the preview
 * (the cohort statement with count(*) grouped by gender) and fixing (one insert…select) for
 *
 * - a usual rule: 75 this year in seven district areas, out of residents of every age;
 * - the worst case: every one of the 20,000 residents matches, so fixing writes 20,000 rows.
 *
 * Writes its section of RESULTS.md with seconds and statements. Target: each under 60 s.
 *
 *   pnpm --filter @omsorg/bench bench:cohort      (BENCH_RESIDENTS changes the count)
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { freePort, openDatabase, startEmbeddedPostgres } from '@omsorg/platform';
import { countStatements } from '@omsorg/platform/testing';
import { countCohort, fixCohortRows } from '../../services/outreach/src/cohort/cohort-sql.ts';
import { outreachDatabase } from '../../services/outreach/src/database.ts';
import type { CohortRule } from '../../services/outreach/src/domain/cohort.ts';
import { Campaign } from '../../services/outreach/src/entities/campaign.ts';
import { handleCareStatusChanged } from '../../services/outreach/src/jobs/care-status-changed.ts';
import { handlePeopleChanged } from '../../services/outreach/src/jobs/people-changed.ts';
import { writeResultsSection } from './results.ts';

const RESIDENTS = Number(process.env.BENCH_RESIDENTS ?? 20_000);
const TARGET_SECONDS = 60;
const UNIT = 'Beställarenheten äldre, Hägersten-Älvsjö';
const AREAS = ['Fruängen', 'Hägersten', 'Västertorp', 'Midsommarkransen', 'Liseberg', 'Älvsjö', 'Solberga'];
const OTHER_AREAS = ['Skärholmen', 'Bredäng', 'Sätra', 'Vårberg'];

/** A deterministic resident: every age from 60 to 100, most in the unit's areas. */
function resident(index: number, allMatch: boolean) {
  const birthYear = allMatch ? 1951 : 1926 + (index % 41);
  const areas = index % 5 === 0 ? OTHER_AREAS : AREAS;
  return {
    id: crypto.randomUUID(),
    givenName: `Förnamn${index}`,
    familyName: `Efternamn${index}`,
    birthDate: `${birthYear}-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}`,
    legalGender: index % 2 === 0 ? ('FEMALE' as const) : ('MALE' as const),
    districtArea: allMatch ? AREAS[index % AREAS.length]! : areas[index % areas.length]!,
    preferredLanguage: index % 20 === 0 ? 'fi' : 'sv',
    interpreterNeeded: false,
    streetAddress: `Gatan ${index}`,
    postalCode: '129 52',
    postalTown: 'Hägersten',
    email: null,
    version: '2026-12-01T08:00:00.000Z',
  };
}

const seconds = (ms: number) => (ms / 1000).toFixed(2);

const dataDir = await mkdtemp(join(tmpdir(), 'omsorg-bench-cohort-'));
const db = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'omsorg_bench', persistent: false });
const rows: string[] = [];
const loadBefore = loadavg()[0]!;
try {
  const orm = await openDatabase(outreachDatabase, db.url);
  const statements = countStatements(orm);
  const schema = outreachDatabase.schema;

  for (const allMatch of [false, true]) {
    const label = allMatch ? 'worst case: all match' : 'usual rule';
    await orm.em.getConnection().execute(`truncate "${schema}"."cohort_member", "${schema}"."resident", "${schema}"."person_care_status", "${schema}"."campaign" cascade`);
    const people = Array.from({ length: RESIDENTS }, (_, index) => resident(index, allMatch));

    statements.reset();
    const loadStarted = performance.now();
    for (let start = 0; start < people.length; start += 1000) await handlePeopleChanged(orm.em.fork(), { people: people.slice(start, start + 1000) });
    const loadMs = performance.now() - loadStarted;
    const loadStatements = statements.count;

    // Every 10th has current care services; every 7th is in another campaign's cohort fixed last month.
    for (let start = 0; start < people.length; start += 10_000) {
      const chunk = people.slice(start, start + 10_000).filter((_, index) => index % 10 === 0);
      for (let from = 0; from < chunk.length; from += 1000) {
        await handleCareStatusChanged(orm.em.fork(), { people: chunk.slice(from, from + 1000).map((person) => ({ personId: person.id, hasCurrentCareServices: true, version: person.version })) });
      }
    }
    const em = orm.em.fork();
    const earlier = em.create(Campaign, { name: 'Tidigare', targetDescription: '-', unit: UNIT, cohortFixedAt: new Date(Date.now() - 30 * 86_400_000) });
    const campaign = em.create(Campaign, { name: 'Hälsosamtal 75', targetDescription: '-', unit: UNIT, cohortAge: 75, cohortYear: 2026, districtAreas: AREAS });
    await em.flush();
    await orm.em.getConnection().execute(
      `insert into "${schema}"."cohort_member" ("campaign_id", "person_id", "added_at") select ?, "id", now() from "${schema}"."resident" where abs(hashtext("id"::text)) % 7 = 0`,
      [earlier.id],
    );
    await orm.em.getConnection().execute(`analyze`);

    const rule: CohortRule = { age: 75, year: 2026, districtAreas: AREAS, excludeCurrentCare: true, notInvitedWithinMonths: 12 };
    statements.reset();
    const previewStarted = performance.now();
    const counts = await countCohort(orm.em.fork(), rule, campaign.id);
    const previewMs = performance.now() - previewStarted;
    const previewStatements = statements.count;

    statements.reset();
    const fixStarted = performance.now();
    const fixed = await orm.em.fork().transactional((tx) => fixCohortRows(tx, campaign.id, rule));
    const fixMs = performance.now() - fixStarted;
    const fixStatements = statements.count;
    if (fixed !== counts.total) throw new Error(`preview said ${counts.total}, fixing wrote ${fixed}`);

    rows.push(
      `| ${label} | ${RESIDENTS} | ${seconds(loadMs)} s (${loadStatements}) | ${counts.total} (${counts.women} k, ${counts.men} m) | ${seconds(previewMs)} s (${previewStatements}) | ${seconds(fixMs)} s (${fixStatements}) | ${previewMs < TARGET_SECONDS * 1000 && fixMs < TARGET_SECONDS * 1000 ? 'yes' : 'NO'} |`,
    );
    console.log(rows.at(-1));
  }
  statements.stop();
  await orm.close();
} finally {
  await db.stop();
  await rm(dataDir, { recursive: true, force: true });
}

await writeResultsSection(
  [
    '## Outreach cohort (tests/bench/cohort.bench.ts)',
    '',
    `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC. Machine: ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB, load ${loadBefore.toFixed(2)} before; embedded PostgreSQL, default settings.`,
    `${RESIDENTS} residents in \`outreach.resident\` written through the people-changed handler (1,000 per statement); every 10th with current care services, every 7th in another campaign's cohort fixed a month ago (so "not invited in 12 months" leaves them out). Seconds are wall clock; statements in parentheses are the SQL statements sent (fixing: the transaction's begin and commit, the campaign's update and the one insert…select). Target: under ${TARGET_SECONDS} s each.`,
    '',
    '| case | residents | load (statements) | cohort | preview (statements) | fix (statements) | under target |',
    '|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n'),
);
