import type { EntityManager } from '@mikro-orm/postgresql';
import { JOB_SCHEMA } from './job-queue.ts';
import { execute } from '../database/execute.ts';

/**
 * Jobs that are waiting and due, or running, on the given queues (all when none are given): what
 * a test waits for before it looks at the outcome.
 */
export async function pendingJobCount(em: EntityManager, queues?: ReadonlyArray<string>): Promise<number> {
  const rows = await execute<Array<{ count: string }>>(
    em,
    `select count(*) as count from "${JOB_SCHEMA}".job
      where (state = 'active' or (state in ('created', 'retry') and start_after <= now()))
        and (?::text is null or name = any(string_to_array(?::text, ',')))`,
    // Queue names have no commas (pg-boss allows letters, digits, _ - . /).
    [queues?.join(',') ?? null, queues?.join(',') ?? null],
  );
  return Number(rows[0]?.count ?? 0);
}
