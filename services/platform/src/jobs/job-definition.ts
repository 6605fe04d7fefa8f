import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../logging/logger.ts';

/**
 * What a job handler gets: its own entity manager (a fork), a logger naming the job and, from the
 * queue's workers, whether this is the last attempt (a handler that must record a failure for
 * people to see does it then, before it throws).
 */
export type JobContext = { em: EntityManager; log: Logger; finalAttempt?: boolean };

/**
 * How often a failed job is tried again. The n-th retry waits between `delaySeconds * 2^(n-1)` and
 * `delaySeconds * 2^n` (with jitter) when `backoff` is on, never more than `maxDelaySeconds`.
 */
export type JobRetry = { limit: number; delaySeconds: number; backoff?: boolean; maxDelaySeconds?: number };

/**
 * A queue the service works on. The handler throws to fail the attempt (it is then retried);
 * every replica runs the workers, and pg-boss hands each job to one of them only.
 */
export type JobDefinition<Data extends object = any> = {
  /** The queue's name: letters, digits, `-`, `_`, `.` and `/` (pg-boss's rule). */
  queue: string;
  handler: (data: Data, context: JobContext) => Promise<void>;
  /** A cron expression in Europe/Stockholm time: pg-boss sends one job per occurrence, across all replicas. */
  schedule?: string;
  retry?: JobRetry;
  /**
   * Seconds a finished (completed or failed) job stays in `pgboss.job` before it is deleted;
   * keep it short when the job's data holds personal data (an address). Default 7 days.
   */
  keepFinishedSeconds?: number;
  /** Seconds an attempt may run before it counts as failed. Default 15 minutes. */
  timeoutSeconds?: number;
};
