import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../logging/logger.ts';
import { jobQueueOf, startJobQueue } from './job-queue.ts';

/**
 * Runs `work` with `enqueueJob` available for this ORM: inside a running service (or test
 * subgraph) its queue is used; outside one (migrate-and-seed) an enqueue-only queue named
 * `name` is started for the call and stopped after it.
 */
export async function withJobQueue<T>(name: string, orm: MikroORM, log: Logger, work: () => Promise<T>): Promise<T> {
  const started = hasJobQueue(orm) ? null : await startJobQueue(name, orm, [], log, { work: false });
  try {
    return await work();
  } finally {
    await started?.stop();
  }
}

function hasJobQueue(orm: MikroORM): boolean {
  try {
    jobQueueOf(orm.em);
    return true;
  } catch {
    return false;
  }
}
