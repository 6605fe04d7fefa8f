import { defineEntity, p } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../database/orm.ts';
import { createLogger } from '../logging/logger.ts';
import { createTestDatabase } from '../testing/test-database.ts';
import { enqueueJob } from './enqueue-job.ts';
import { pollUntil } from '../testing/poll.ts';
import { pendingJobCount } from './idle-jobs.ts';
import type { JobDefinition } from './job-definition.ts';
import { JOB_SCHEMA, startJobQueue, type JobQueue } from './job-queue.ts';

const NoteSchema = defineEntity({
  name: 'JobTestNote',
  tableName: 'note',
  properties: { id: p.uuid().primary().onCreate(() => crypto.randomUUID()), text: p.string() },
});

const handled: Array<{ queue: string; text: string }> = [];
let failuresLeft = 0;
const doomedAttempts: Array<boolean | undefined> = [];
const jobs: JobDefinition[] = [
  { queue: 'test-note', handler: async (data: { text: string }) => void handled.push({ queue: 'test-note', text: data.text }) },
  {
    queue: 'test-flaky',
    retry: { limit: 3, delaySeconds: 1 },
    handler: async (data: { text: string }) => {
      if (failuresLeft-- > 0) throw new Error('refused');
      handled.push({ queue: 'test-flaky', text: data.text });
    },
  },
  { queue: 'test-hourly', schedule: '0 * * * *', handler: async () => {} },
  {
    queue: 'test-doomed',
    retry: { limit: 1, delaySeconds: 1 },
    handler: async (_data, { finalAttempt }) => {
      doomedAttempts.push(finalAttempt);
      throw new Error('always refused');
    },
  },
];

async function jobRows(orm: MikroORM, queue: string): Promise<Array<{ state: string; data: { text: string } }>> {
  return orm.em.getConnection().execute(`select state, data from "${JOB_SCHEMA}".job where name = ?`, [queue]);
}

describe('the job queue (pg-boss)', () => {
  let orm: MikroORM;
  const idle = () => pollUntil(() => pendingJobCount(orm.em.fork()), (count) => count === 0, 15_000, 'no pending jobs');
  let queue: JobQueue;
  let replica: JobQueue;
  beforeAll(async () => {
    orm = await openDatabase({ schema: 'jobtest', entities: [NoteSchema], migrations: [] }, await createTestDatabase());
    await orm.em.getConnection().execute('create table jobtest.note (id uuid primary key, text text not null)');
    const log = createLogger('jobtest');
    queue = await startJobQueue('jobtest', orm, jobs, log, { pollingIntervalSeconds: 0.5, retryDelaySeconds: 1 });
    // A second replica on the same database: each job still runs once.
    replica = await startJobQueue('jobtest', await openDatabase({ schema: 'jobtest', entities: [NoteSchema], migrations: [] }, orm.config.get('clientUrl')!), jobs, log, {
      pollingIntervalSeconds: 0.5,
    });
  });
  afterAll(async () => {
    await replica?.stop();
    await queue?.stop();
    await orm?.close();
  });

  it('commits the job with the change that causes it, and works it once across replicas', async () => {
    handled.length = 0;
    for (const text of ['a', 'b', 'c', 'd', 'e', 'f']) {
      await orm.em.fork().transactional(async (em) => {
        em.create(NoteSchema, { text });
        await enqueueJob(em, 'test-note', { text });
      });
    }
    await idle();
    expect(handled.map((h) => h.text).sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('leaves no job when the transaction rolls back', async () => {
    await expect(
      orm.em.fork().transactional(async (em) => {
        em.create(NoteSchema, { text: 'rolled back' });
        await enqueueJob(em, 'test-note', { text: 'rolled back' });
        await em.flush();
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect((await jobRows(orm, 'test-note')).filter((row) => row.data.text === 'rolled back')).toEqual([]);
    expect(await orm.em.fork().count(NoteSchema, { text: 'rolled back' })).toBe(0);
  });

  it('refuses to enqueue outside a transaction, where the job could outlive a failed change', async () => {
    await expect(enqueueJob(orm.em.fork(), 'test-note', { text: 'x' })).rejects.toThrow(/needs a transaction/);
  });

  it('makes one job for one event, however often it is enqueued', async () => {
    handled.length = 0;
    const ids: Array<string | null> = [];
    for (let i = 0; i < 3; i++) {
      ids.push(await orm.em.fork().transactional((em) => enqueueJob(em, 'test-note', { text: 'once' }, { singletonKey: 'event:1' })));
    }
    expect(ids[0]).toEqual(expect.any(String));
    expect(ids.slice(1)).toEqual([null, null]);
    await idle();
    // Enqueued again after it was done: still the same job, not a second one.
    expect(await orm.em.fork().transactional((em) => enqueueJob(em, 'test-note', { text: 'once' }, { singletonKey: 'event:1' }))).toBeNull();
    await idle();
    expect(handled.filter((h) => h.text === 'once')).toHaveLength(1);
  });

  it('retries a failed job until it succeeds', async () => {
    handled.length = 0;
    failuresLeft = 2;
    await orm.em.fork().transactional((em) => enqueueJob(em, 'test-flaky', { text: 'flaky' }));
    // The handler returns before pg-boss marks the job completed: wait for the row, not the handler.
    const states = await pollUntil(
      async () => (await jobRows(orm, 'test-flaky')).map((row) => row.state),
      (found) => found.includes('completed'),
      20_000,
      'the flaky job completed',
    );
    expect(states).toEqual(['completed']);
    expect(handled).toEqual([{ queue: 'test-flaky', text: 'flaky' }]);
  });

  it('tells the handler which attempt is the last, so it can record a failure for good', async () => {
    await orm.em.fork().transactional((em) => enqueueJob(em, 'test-doomed', { text: 'doomed' }));
    await pollUntil(async () => (await jobRows(orm, 'test-doomed')).map((row) => row.state), (found) => found.includes('failed'), 20_000, 'the doomed job failed');
    expect(doomedAttempts).toEqual([false, true]);
  });

  it('schedules cron jobs in Stockholm time, once for all replicas', async () => {
    const schedules = await queue.boss.getSchedules('test-hourly');
    expect(schedules).toEqual([expect.objectContaining({ name: 'test-hourly', cron: '0 * * * *', timezone: 'Europe/Stockholm' })]);
  });

  it('enqueues for a queue another service works, creating it, and counts it apart from its own', async () => {
    expect(await pendingJobCount(orm.em.fork())).toBe(0);
    await orm.em.fork().transactional((em) => enqueueJob(em, 'other-service.event', { text: 'for identity' }));
    expect(await queue.boss.getQueue('other-service.event')).toMatchObject({ name: 'other-service.event' });
    expect(await pendingJobCount(orm.em.fork(), ['other-service.event'])).toBe(1);
    expect(await pendingJobCount(orm.em.fork(), jobs.map((job) => job.queue))).toBe(0);
  });

  it('wakes another service’s idle worker the moment the job commits, long before its next poll', { timeout: 30_000 }, async () => {
    const woken: string[] = [];
    const other = await openDatabase({ schema: 'jobtest', entities: [NoteSchema], migrations: [] }, orm.config.get('clientUrl')!);
    const slow = await startJobQueue('other-service', other, [{ queue: 'other-service.wake', handler: async (data: { text: string }) => void woken.push(data.text) }], createLogger('other'), {
      pollingIntervalSeconds: 60,
    });
    try {
      // Its first fetch found nothing; the next poll is a minute away.
      const started = Date.now();
      await orm.em.fork().transactional((em) => enqueueJob(em, 'other-service.wake', { text: 'now' }));
      await pollUntil(() => woken.length, (count) => count === 1, 10_000, 'the woken worker');
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      await slow.stop();
      await other.close();
    }
  });
});
