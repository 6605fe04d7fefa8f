import type { EntityManager } from '@mikro-orm/postgresql';
import { outreachDatabase } from '../database.ts';

/*
 * Where a batch's print file is kept: one small interface, so that it can move to the shared
 * attachments store (PostgreSQL or S3) without the job or the route changing. Today: the
 * `letter_batch_file` table (bytea), apart from `letter_batch` so lists never load bytes.
 */

const TABLE = `"${outreachDatabase.schema}"."letter_batch_file"`;

/** Stores (or replaces) the batch's file in `em`'s transaction. */
export async function putBatchFile(em: EntityManager, batchId: string, content: Buffer): Promise<void> {
  await em
    .getConnection()
    .execute(`insert into ${TABLE} ("batch_id", "content") values (?, ?) on conflict ("batch_id") do update set "content" = excluded."content"`, [batchId, content], 'run', em.getTransactionContext());
}

/** The batch's file, or null when it has none. */
export async function getBatchFile(em: EntityManager, batchId: string): Promise<Buffer | null> {
  const rows = await em.getConnection().execute<Array<{ content: Buffer }>>(`select "content" from ${TABLE} where "batch_id" = ?`, [batchId], 'all', em.getTransactionContext());
  return rows[0]?.content ?? null;
}
