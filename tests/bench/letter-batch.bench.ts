/**
 * Outreach's letter batch end to end (issue 9): 20,000 residents in a fixed cohort, then the
 * batch job as the worker runs it (runLetterBatch): 20,000 invitations with their codes
 * (createInvitations in chunks), ONE print file with every letter, stored, and the batch DONE, in
 * one transaction; progress written on connections of its own. A second connection polls `done`
 * as the staff page does, to show the progress is seen while the job runs.
 *
 * Writes its section of RESULTS.md: seconds, file size, progress updates. Target: under 60 s.
 *
 *   pnpm --filter @omsorg/bench bench:letter-batch      (BENCH_RESIDENTS changes the count)
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createLogger, freePort, openDatabase, startEmbeddedPostgres } from '@omsorg/platform';
import { outreachDatabase } from '../../services/outreach/src/database.ts';
import { Campaign } from '../../services/outreach/src/entities/campaign.ts';
import { LetterBatch } from '../../services/outreach/src/entities/letter-batch.ts';
import { handlePeopleChanged } from '../../services/outreach/src/jobs/people-changed.ts';
import { runLetterBatch } from '../../services/outreach/src/letter-batches/letter-batch-job.ts';
import { writeResultsSection } from './results.ts';

const RESIDENTS = Number(process.env.BENCH_RESIDENTS ?? 20_000);
const TARGET_SECONDS = 60;
const UNIT = 'Beställarenheten äldre, Hägersten-Älvsjö';
const AREAS = ['Fruängen', 'Hägersten', 'Västertorp', 'Midsommarkransen', 'Liseberg', 'Älvsjö', 'Solberga'];
const POSTAL = ['129 52', '126 51', '125 30', '129 37', '126 37'];

function resident(index: number) {
  return {
    id: crypto.randomUUID(),
    givenName: `Förnamn${index}`,
    familyName: `Efternamn${index}`,
    birthDate: `1951-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}`,
    legalGender: index % 2 === 0 ? ('FEMALE' as const) : ('MALE' as const),
    districtArea: AREAS[index % AREAS.length]!,
    preferredLanguage: index % 20 === 0 ? 'fi' : 'sv',
    interpreterNeeded: false,
    streetAddress: `Fruängsgången ${(index % 90) + 1} lgh ${1000 + (index % 400)}`,
    postalCode: POSTAL[index % POSTAL.length]!,
    postalTown: 'Hägersten',
    email: null,
    version: '2026-12-01T08:00:00.000Z',
  };
}

const seconds = (ms: number) => (ms / 1000).toFixed(2);
const dataDir = await mkdtemp(join(tmpdir(), 'omsorg-bench-letter-batch-'));
const db = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'omsorg_bench', persistent: false });
const loadBefore = loadavg()[0]!;
let row = '';
try {
  const orm = await openDatabase(outreachDatabase, db.url);
  const schema = outreachDatabase.schema;
  // Written 1,000 at a time and not kept: the job, not the bench, should fill the heap.
  for (let start = 0; start < RESIDENTS; start += 1000) {
    const people = Array.from({ length: Math.min(1000, RESIDENTS - start) }, (_, index) => resident(start + index));
    await handlePeopleChanged(orm.em.fork(), { people });
  }
  const em = orm.em.fork();
  const campaign = em.create(Campaign, {
    name: 'Hälsosamtal för dig som fyller 75', targetDescription: '-', unit: UNIT, status: 'ACTIVE', cohortAge: 75, cohortYear: 2026, districtAreas: AREAS, cohortFixedAt: new Date(),
  });
  await em.flush();
  await orm.em.getConnection().execute(`insert into "${schema}"."cohort_member" ("campaign_id", "person_id", "added_at") select ?, "id", now() from "${schema}"."resident"`, [campaign.id]);
  const batch = em.create(LetterBatch, { campaign, kind: 'INVITATION', status: 'QUEUED' });
  await em.flush();
  await orm.em.getConnection().execute('analyze');

  // The staff page's view: `done` read every 250 ms from another connection while the job runs.
  const seen = new Set<number>();
  let polling = true;
  let peakHeap = 0;
  const poller = (async () => {
    while (polling) {
      const [current] = await orm.em.getConnection().execute<Array<{ done: number }>>(`select "done" from "${schema}"."letter_batch" where "id" = ?`, [batch.id]);
      if (current) seen.add(current.done);
      peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  })();

  const started = performance.now();
  const outcome = await runLetterBatch(orm.em.fork(), batch.id, createLogger('bench'));
  const ms = performance.now() - started;
  polling = false;
  await poller;
  const [done] = await orm.em.getConnection().execute<Array<{ status: string; total: number; done: number; invitations: string }>>(
    `select b."status", b."total", b."done", (select count(*) from "${schema}"."invitation" i where i."letter_batch_id" = b."id") as "invitations" from "${schema}"."letter_batch" b where b."id" = ?`,
    [batch.id],
  );
  if (done?.status !== 'DONE' || Number(done.invitations) !== RESIDENTS || done.done !== RESIDENTS) throw new Error(`batch ended ${JSON.stringify(done)}`);
  const seenWhileRunning = [...seen].filter((value) => value > 0 && value < RESIDENTS).length;
  row = `| ${RESIDENTS} | ${seconds(ms)} s | ${((outcome.fileSize ?? 0) / 1e6).toFixed(1)} MB | ${outcome.progressUpdates} | ${seenWhileRunning} | ${Math.round(peakHeap / 2 ** 20)} MB | ${ms < TARGET_SECONDS * 1000 ? 'yes' : 'NO'} |`;
  console.log(row);
  await orm.close();
} finally {
  await db.stop();
  await rm(dataDir, { recursive: true, force: true });
}

await writeResultsSection(
  [
    '## Outreach letter batch (tests/bench/letter-batch.bench.ts)',
    '',
    `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC. Machine: ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB, load ${loadBefore.toFixed(2)} before; embedded PostgreSQL, default settings; node with a 192 MB old-space heap, as a service.`,
    `${RESIDENTS} residents in a fixed cohort, none invited; the batch job as its worker runs it (\`runLetterBatch\`): the invitations with their codes (\`createInvitations\`, 1,000 a chunk), every letter into ONE print PDF, the file stored (bytea) and the batch DONE, in one transaction. "Progress updates" are the \`done\` writes (every 200 letters, each its own short statement); "seen" is how many different values between 0 and the total a second connection read while polling every 250 ms, as the staff page polls every second. Target: under ${TARGET_SECONDS} s.`,
    '',
    '| letters | seconds | file | progress updates | seen while running | peak heap (polled) | under target |',
    '|---|---|---|---|---|---|---|',
    row,
  ].join('\n'),
);
