import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { PgBoss, type Queue } from 'pg-boss';
import type { Logger } from '../logging/logger.ts';
import { recordJobAttempt, watchQueueDepths } from '../telemetry/metrics.ts';
import type { JobDefinition } from './job-definition.ts';

/** The schema pg-boss keeps its tables in, next to the services' own schemas. */
export const JOB_SCHEMA = 'pgboss';
const STOCKHOLM = 'Europe/Stockholm';

export type JobQueueOptions = {
  /** How often an idle worker looks for work, in seconds (>= 0.5). Default JOB_POLL_SECONDS or 2. */
  pollingIntervalSeconds?: number;
  /** Replaces every queue's first retry delay (tests make it 1 second). Default JOB_RETRY_DELAY_SECONDS. */
  retryDelaySeconds?: number;
  /** Whether to run the service's workers, or only allow enqueueing. Default true. */
  work?: boolean;
  /**
   * Whether this instance sends the jobs of cron schedules when they come due (the schedules are
   * registered either way). Tests turn it off, so an hourly sweep never runs in the middle of one.
   */
  runSchedules?: boolean;
  /**
   * How often pg-boss counts each queue's jobs (the depths /metrics reports) and does its
   * maintenance (expiry, deletion), in seconds (>= 1). Default JOB_MONITOR_SECONDS or 60; one
   * replica counts per interval.
   */
  monitorIntervalSeconds?: number;
};

export type JobQueue = {
  boss: PgBoss;
  /**
   * Creates the queue with pg-boss's defaults when no service has created it yet (a job for
   * another service's queue, enqueued before that service first started); the owner's retry and
   * retention settings replace them when it starts, for jobs enqueued from then on.
   */
  ensureQueue: (queue: string) => Promise<void>;
  stop: () => Promise<void>;
};

/** The running queue of each ORM (keyed by its configuration, which every fork shares). */
const running = new WeakMap<object, JobQueue>();

export function jobQueueOf(em: EntityManager): JobQueue {
  const queue = running.get(em.config);
  if (!queue) throw new Error('The job queue is not started for this database (runService and startTestSubgraph start it)');
  return queue;
}

function queueOptions(job: JobDefinition, retryDelaySeconds: number | undefined): Omit<Queue, 'name'> {
  const retry = job.retry ?? { limit: 2, delaySeconds: 60, backoff: true };
  return {
    retryLimit: retry.limit,
    retryDelay: retryDelaySeconds ?? retry.delaySeconds,
    retryBackoff: retry.backoff ?? false,
    ...(retry.maxDelaySeconds ? { retryDelayMax: retry.maxDelaySeconds } : {}),
    deleteAfterSeconds: job.keepFinishedSeconds ?? 7 * 24 * 3600,
    expireInSeconds: job.timeoutSeconds ?? 15 * 60,
    // A job committed on this queue wakes its workers at once (LISTEN/NOTIFY), not at their next poll.
    notify: true,
  };
}

function numberFromEnv(name: string): number | undefined {
  const value = process.env[name];
  return value ? Number(value) : undefined;
}

/**
 * Starts pg-boss on the service's database (schema `pgboss`, created and migrated on first
 * start, under pg-boss's advisory lock), creates the service's queues, registers its workers
 * and cron schedules, and makes `enqueueJob` work for this ORM. Its pool is small
 * (JOB_POOL_MAX, default 2): five services and the tests fit in PostgreSQL's 100 connections.
 */
export async function startJobQueue(
  service: string,
  orm: MikroORM,
  jobs: ReadonlyArray<JobDefinition>,
  log: Logger,
  options: JobQueueOptions = {},
): Promise<JobQueue> {
  const monitorSeconds = options.monitorIntervalSeconds ?? numberFromEnv('JOB_MONITOR_SECONDS') ?? 60;
  const boss = new PgBoss({
    connectionString: orm.config.get('clientUrl'),
    schema: JOB_SCHEMA,
    max: numberFromEnv('JOB_POOL_MAX') ?? 2,
    application_name: `${service}-jobs`,
    registerInstance: false,
    schedule: options.runSchedules ?? true,
    // One more connection, held to listen: workers wake the moment a job is committed. Polling
    // stays as the floor (and for retries and delayed jobs, which no notification announces).
    useListenNotify: options.work !== false && jobs.length > 0,
    // Queues are counted on maintenance passes, so both run at this interval (pg-boss's default is 60 for both).
    monitorIntervalSeconds: monitorSeconds,
    superviseIntervalSeconds: monitorSeconds,
  });
  // pg-boss reports connection trouble as events; without a listener they would crash the process.
  boss.on('error', (error: Error) => log.error({ err: { message: error.message, code: (error as { code?: unknown }).code } }, 'job queue error'));
  await boss.start();

  const known = new Set<string>();
  const ensureQueue = async (queue: string) => {
    if (known.has(queue)) return;
    if (!(await boss.getQueue(queue))) await boss.createQueue(queue, { notify: true });
    known.add(queue);
  };

  const retryDelay = options.retryDelaySeconds ?? numberFromEnv('JOB_RETRY_DELAY_SECONDS');
  const pollingIntervalSeconds = options.pollingIntervalSeconds ?? numberFromEnv('JOB_POLL_SECONDS') ?? 2;
  for (const job of jobs) {
    const settings = queueOptions(job, retryDelay);
    await boss.createQueue(job.queue, settings);
    await boss.updateQueue(job.queue, settings);
    known.add(job.queue);
    if (options.work === false) continue;
    await boss.work<object>(job.queue, { pollingIntervalSeconds, notifyPollingIntervalSeconds: pollingIntervalSeconds, batchSize: 1 }, async ([next]) => {
      if (!next) return;
      const jobLog = log.child({ queue: job.queue, jobId: next.id, attempt: next.retryCount + 1 });
      const started = performance.now();
      try {
        await job.handler(next.data, { em: orm.em.fork(), log: jobLog, finalAttempt: next.retryCount >= settings.retryLimit! });
        recordJobAttempt(service, job.queue, 'completed', (performance.now() - started) / 1000);
      } catch (error) {
        recordJobAttempt(service, job.queue, 'failed', (performance.now() - started) / 1000);
        // Only the class and code: an error's message may hold personal data (an address).
        const failure = error as { name?: unknown; code?: unknown };
        jobLog.warn({ error: failure.name, code: typeof failure.code === 'string' ? failure.code : undefined }, 'job attempt failed');
        throw error;
      }
    });
    if (job.schedule) await boss.schedule(job.queue, job.schedule, null, { tz: STOCKHOLM });
    else await boss.unschedule(job.queue);
  }

  const ownQueues = jobs.map((job) => job.queue);
  const unwatch = ownQueues.length
    ? watchQueueDepths(async () =>
        (await boss.getQueues(ownQueues)).flatMap((stats) =>
          (
            [
              ['ready', stats.readyCount],
              ['deferred', stats.deferredCount],
              ['active', stats.activeCount],
              ['failed', stats.failedCount],
            ] as const
          ).map(([state, value]) => ({ labels: { service, queue: stats.name, state }, value: Number(value) })),
        ),
      )
    : () => {};

  const queue: JobQueue = {
    boss,
    ensureQueue,
    stop: async () => {
      unwatch();
      running.delete(orm.config);
      await boss.stop({ graceful: true, timeout: 8_000 });
    },
  };
  running.set(orm.config, queue);
  return queue;
}
