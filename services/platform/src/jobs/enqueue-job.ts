import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { fromKysely } from 'pg-boss';
import { jobQueueOf } from './job-queue.ts';

export type EnqueueOptions = {
  /**
   * Names the event the job is for (e.g. `confirmation:<applicationId>`): the same key on the
   * same queue makes no second job while the first is kept (until `keepFinishedSeconds` after it
   * finished), so an event is handled once however often it is enqueued.
   */
  singletonKey?: string;
  /** Not before this moment. */
  startAfter?: Date;
};

/** A UUID (version 5 layout) that is the same for the same queue and key. */
function jobIdFor(queue: string, key: string): string {
  const hash = createHash('sha1').update(`omsorg-job\0${queue}\0${key}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Puts a job on a queue in the transaction `em` is in, so the job exists exactly when the
 * change that causes it is committed: a rolled-back transaction leaves no job. Call it with the
 * entity manager `em.transactional` hands you (or inside that callback). Returns the job's id, or
 * null when a job with the same `singletonKey` is already there.
 */
export async function enqueueJob(em: EntityManager, queue: string, data: object, options: EnqueueOptions = {}): Promise<string | null> {
  const transaction = em.getContext(false).getTransactionContext<Parameters<typeof fromKysely>[0]>();
  if (!transaction) throw new Error(`enqueueJob(${queue}) needs a transaction: call it inside em.transactional`);
  const jobs = jobQueueOf(em);
  await jobs.ensureQueue(queue);
  return jobs.boss.send(queue, data, {
    db: fromKysely(transaction),
    ...(options.singletonKey ? { id: jobIdFor(queue, options.singletonKey), singletonKey: options.singletonKey } : {}),
    ...(options.startAfter ? { startAfter: options.startAfter } : {}),
  });
}
