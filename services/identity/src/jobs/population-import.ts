import type { EntityManager } from '@mikro-orm/postgresql';
import { execute, type JobDefinition } from '@omsorg/platform';
import { z } from 'zod';
import { differsFromPerson, type ExtractRow } from '../domain/population-extract.ts';
import { Person } from '../entities/person.ts';
import { enqueuePeopleChanged } from './people-changed.ts';

/** Identity's own queue: one job per 1,000 accepted rows of an uploaded population extract. */
export const POPULATION_IMPORT_QUEUE = 'identity.population-import';

/** Rows per job (and per people-changed event). */
export const IMPORT_CHUNK_ROWS = 1000;

const row = z.object({
  personalIdentityNumber: z.string().regex(/^\d{12}$/),
  birthDate: z.iso.date(),
  legalGender: z.enum(['FEMALE', 'MALE']),
  givenName: z.string().min(1).max(100),
  familyName: z.string().min(1).max(100),
  streetAddress: z.string().min(1).max(200),
  postalCode: z.string().min(1).max(10),
  postalTown: z.string().min(1).max(100),
  districtArea: z.string().max(100).nullable(),
});

export const populationImportData = z.object({ runId: z.uuid(), chunk: z.number().int().min(0), rows: z.array(row).min(1).max(IMPORT_CHUNK_ROWS) });
export type PopulationImportChunk = { runId: string; chunk: number; rows: ExtractRow[] };

/**
 * Applies one chunk: upserts each person by personnummer (a row equal to the person in every
 * imported field leaves them unchanged), tells outreach of those created or changed, and adds the
 * counts to the run; the last chunk marks it DONE. All in one transaction, once per chunk: a
 * retried job finds its `import_chunk` row and does nothing.
 */
export async function applyImportChunk(em: EntityManager, data: unknown): Promise<void> {
  const { runId, chunk, rows } = populationImportData.parse(data);
  await em.transactional(async (tx) => {
    const first = await execute(tx, `insert into "identity"."import_chunk" ("run_id", "chunk") values (?, ?) on conflict do nothing returning "chunk"`, [runId, chunk]);
    if (first.length === 0) return;
    const existing = new Map(
      (await tx.find(Person, { personalIdentityNumber: { $in: rows.map((r) => r.personalIdentityNumber) } })).map((person) => [person.personalIdentityNumber, person]),
    );
    const touched: Person[] = [];
    let created = 0;
    let updated = 0;
    for (const { birthDate, legalGender, personalIdentityNumber, ...fields } of rows) {
      const person = existing.get(personalIdentityNumber);
      if (!person) {
        touched.push(tx.create(Person, { personalIdentityNumber, birthDate, legalGender, ...fields }));
        created++;
      } else if (differsFromPerson({ birthDate, legalGender, personalIdentityNumber, ...fields }, person)) {
        tx.assign(person, fields);
        touched.push(person);
        updated++;
      }
    }
    await tx.flush();
    await enqueuePeopleChanged(tx, touched, `import:${runId}:${chunk}`);
    await execute(
      tx,
      `update "identity"."import_run" set "created" = "created" + ?, "updated" = "updated" + ?, "unchanged" = "unchanged" + ?, "chunks_done" = "chunks_done" + 1,
         "status" = case when "status" = 'RUNNING' and "chunks_total" = "chunks_done" + 1 then 'DONE' else "status" end,
         "finished_at" = case when "status" = 'RUNNING' and "chunks_total" = "chunks_done" + 1 then now() else "finished_at" end
       where "id" = ?`,
      [created, updated, rows.length - created - updated, runId],
    );
  });
}

/**
 * A chunk that fails for good fails its run (failure INTERNAL), so the page stops waiting; the
 * chunks already applied stay applied, and importing the file again completes it.
 */
async function failRun(em: EntityManager, data: unknown): Promise<void> {
  const runId = (data as { runId?: unknown } | null)?.runId;
  if (typeof runId !== 'string' || !z.uuid().safeParse(runId).success) return;
  await execute(em.fork(), `update "identity"."import_run" set "status" = 'FAILED', "failure" = 'INTERNAL', "finished_at" = now() where "id" = ? and "status" = 'RUNNING'`, [runId]);
}

/** The data holds personal data (names, addresses): a finished job is deleted within minutes. */
export const populationImportJob: JobDefinition = {
  queue: POPULATION_IMPORT_QUEUE,
  handler: async (data, { em, finalAttempt }) => {
    try {
      await applyImportChunk(em, data);
    } catch (error) {
      if (finalAttempt) await failRun(em, data);
      throw error;
    }
  },
  retry: { limit: 5, delaySeconds: 2, backoff: true, maxDelaySeconds: 120 },
  keepFinishedSeconds: 300,
};
