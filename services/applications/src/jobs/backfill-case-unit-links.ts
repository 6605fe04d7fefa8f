import type { MikroORM } from '@mikro-orm/postgresql';
import { execute, type Logger, withJobQueue } from '@omsorg/platform';
import { applicationsDatabase } from '../database.ts';
import { enqueueCaseUnitLinked } from './case-unit-linked.ts';

/**
 * Tells identity about every case and callback request already in the database, so staff keep
 * reading the persons of their unit's cases after identity started enforcing it. Idempotent
 * (identity upserts; the queue drops a repeated person and unit): run at every migrate-and-seed.
 */
export async function backfillCaseUnitLinks(orm: MikroORM, log: Logger): Promise<number> {
  const schema = applicationsDatabase.schema;
  // The same persons per case as at submission (applicant and sender), so the queue's key matches.
  const rows = await execute<Array<{ applicant_id: string; sender_id: string; unit: string }>>(
    orm.em.fork(),
    `select applicant_id, coalesce(submitted_by_id, applicant_id) as sender_id, unit from "${schema}"."application" where status <> 'DRAFT'
     union select person_id, person_id, unit from "${schema}"."callback_request"`,
  );
  if (rows.length === 0) return 0;
  await withJobQueue('applications-backfill', orm, log, () =>
    orm.em.fork().transactional(async (em) => {
      for (const row of rows) await enqueueCaseUnitLinked(em, { personIds: [row.applicant_id, row.sender_id], unit: row.unit });
    }),
  );
  return rows.length;
}
