import { defineEntity, p } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../database/orm.ts';
import { createLogger } from '../logging/logger.ts';
import { createTestDatabase } from '../testing/test-database.ts';
import { enqueueJob } from './enqueue-job.ts';
import { JOB_SCHEMA, jobQueueOf, startJobQueue } from './job-queue.ts';
import { withJobQueue } from './with-job-queue.ts';

const log = createLogger('withjobqueue-test');
// MikroORM wants one entity; the test only needs the database.
const Placeholder = defineEntity({ name: 'WithJobQueuePlaceholder', properties: { id: p.uuid().primary() } });

describe('withJobQueue', () => {
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await openDatabase({ schema: 'withjobqueue', entities: [Placeholder], migrations: [] }, await createTestDatabase());
  });
  afterAll(() => orm?.close());

  const queued = async (text: string) =>
    (await orm.em.getConnection().execute<Array<{ state: string }>>(`select state from "${JOB_SCHEMA}".job where name = 'withjobqueue-test' and data->>'text' = ?`, [text])).length;

  it('enqueues with no queue running (migrate-and-seed), and stops the queue it started', async () => {
    expect(() => jobQueueOf(orm.em)).toThrow();
    const result = await withJobQueue('withjobqueue-backfill', orm, log, () =>
      orm.em.fork().transactional(async (em) => {
        await enqueueJob(em, 'withjobqueue-test', { text: 'outside' });
        return 'done';
      }),
    );
    expect(result).toBe('done');
    expect(await queued('outside')).toBe(1);
    expect(() => jobQueueOf(orm.em)).toThrow();
  });

  it('uses the running queue, and leaves it running', async () => {
    const running = await startJobQueue('withjobqueue', orm, [], log, { work: false });
    try {
      await withJobQueue('withjobqueue-backfill', orm, log, () => orm.em.fork().transactional((em) => enqueueJob(em, 'withjobqueue-test', { text: 'inside' })));
      expect(await queued('inside')).toBe(1);
      expect(jobQueueOf(orm.em)).toBe(running);
    } finally {
      await running.stop();
    }
  });

  it('stops the queue it started when the work fails', async () => {
    await expect(withJobQueue('withjobqueue-backfill', orm, log, () => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
    expect(() => jobQueueOf(orm.em)).toThrow();
  });
});
