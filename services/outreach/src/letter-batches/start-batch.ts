import type { EntityManager } from '@mikro-orm/postgresql';
import { enqueueJob, execute } from '@omsorg/platform';
import { outreachDatabase } from '../database.ts';
import type { LetterBatchKind } from '../domain/letter-batch.ts';
import { LETTER_BATCH_QUEUE } from './letter-batch-job.ts';

const S = `"${outreachDatabase.schema}"`;

/**
 * Records a QUEUED batch and enqueues its job, in one transaction. Returns the batch's id, or null
 * when the campaign has a batch that is not finished (the partial unique index decides, so two
 * clicks at once start one batch).
 */
export async function startLetterBatch(
  em: EntityManager,
  batch: { campaignId: string; kind: LetterBatchKind; createdBy: string | null; remindInvitedBefore?: Date | null },
): Promise<string | null> {
  return em.transactional(async (tx) => {
    const rows = await execute<Array<{ id: string }>>(
      tx,
      `insert into ${S}."letter_batch" ("id", "campaign_id", "kind", "status", "total", "done", "remind_invited_before", "created_by", "created_at")
       values (?, ?, ?, 'QUEUED', 0, 0, ?, ?, now())
       on conflict ("campaign_id") where "status" in ('QUEUED', 'RUNNING') do nothing returning "id"`,
      [crypto.randomUUID(), batch.campaignId, batch.kind, batch.remindInvitedBefore ?? null, batch.createdBy],
    );
    const id = rows[0]?.id;
    if (!id) return null;
    await enqueueJob(tx, LETTER_BATCH_QUEUE, { batchId: id }, { singletonKey: `letter-batch:${id}` });
    return id;
  });
}
