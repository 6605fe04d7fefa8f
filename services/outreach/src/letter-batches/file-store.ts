import type { EntityManager } from '@mikro-orm/postgresql';
import { execute } from '@omsorg/platform';
import { CompiledQuery } from 'kysely';
import { outreachDatabase } from '../database.ts';

/*
 * Where a batch's print file is kept: one small interface, so that it can move to the shared
 * attachments store (PostgreSQL or S3) without the job or the route changing. Today: the
 * `letter_batch_file` table (bytea), apart from `letter_batch` so lists never load bytes.
 */

const TABLE = `"${outreachDatabase.schema}"."letter_batch_file"`;

/**
 * Stores (or replaces) the batch's file in `em`'s transaction. The bytes go to the driver as a bound
 * parameter (binary): MikroORM's execute() writes parameters into the SQL text, which for a 34 MB
 * file is a 68 MB hex string in a 192 MB heap.
 */
export async function putBatchFile(em: EntityManager, batchId: string, content: Buffer): Promise<void> {
  const executor = em.getTransactionContext<{ executeQuery: (query: CompiledQuery) => Promise<unknown> }>() ?? em.getConnection().getClient();
  await executor.executeQuery(
    CompiledQuery.raw(`insert into ${TABLE} ("batch_id", "content") values ($1, $2) on conflict ("batch_id") do update set "content" = excluded."content"`, [batchId, content]),
  );
}

/** The batch's file, or null when it has none. */
export async function getBatchFile(em: EntityManager, batchId: string): Promise<Buffer | null> {
  const rows = await execute<Array<{ content: Buffer }>>(em, `select "content" from ${TABLE} where "batch_id" = ?`, [batchId]);
  return rows[0]?.content ?? null;
}
