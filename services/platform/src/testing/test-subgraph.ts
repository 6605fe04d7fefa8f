import type { MikroORM } from '@mikro-orm/postgresql';
import type { Actor } from '../auth/actor.ts';
import { internalTokenKey, signInternalToken } from '../auth/internal-token.ts';
import { openDatabase } from '../database/orm.ts';
import { startJobQueue, type JobQueue, type JobQueueOptions } from '../jobs/job-queue.ts';
import { pendingJobCount } from '../jobs/idle-jobs.ts';
import type { Locale } from '../i18n/locale.ts';
import { createLogger } from '../logging/logger.ts';
import type { ServiceDefinition } from '../server/service-definition.ts';
import { startSubgraphServer } from '../server/subgraph-server.ts';
import { pollUntil } from './poll.ts';
import { createTestDatabase } from './test-database.ts';

export const TEST_INTERNAL_SECRET = 'test-internal-secret-that-is-long-enough-0123456789';

export type GraphQLResponse<T = any> = { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };

export type TestSubgraph = {
  orm: MikroORM;
  url: string;
  /** Sends a GraphQL request over HTTP as `actor`, signed the way the gateway signs. */
  request: <T = any>(actor: Actor, query: string, variables?: Record<string, unknown>, locale?: Locale) => Promise<GraphQLResponse<T>>;
  /** The service's pg-boss queue, with its workers running (null when the service has no `jobs`). */
  jobs: JobQueue | null;
  /**
   * Resolves once no job of the service's own queues is waiting, due or running (a retry due later
   * does not count; jobs for other services' queues neither); rejects after the deadline.
   */
  settleJobs: (deadlineMs?: number) => Promise<void>;
  close: () => Promise<void>;
};

export type TestSubgraphOptions = {
  /** Worker settings; by default workers poll every half second, retry after one second, and no cron schedule fires. */
  jobs?: JobQueueOptions;
};

/** The real subgraph, on its own fresh database, served over HTTP on a free port. */
export async function startTestSubgraph(service: ServiceDefinition, options: TestSubgraphOptions = {}): Promise<TestSubgraph> {
  const key = internalTokenKey(TEST_INTERNAL_SECRET);
  const orm = await openDatabase(service.database, await createTestDatabase());
  const log = createLogger(service.name);
  const jobs = service.jobs
    ? await startJobQueue(service.name, orm, service.jobs, log, { pollingIntervalSeconds: 0.5, retryDelaySeconds: 1, runSchedules: false, ...options.jobs })
    : null;
  const running = await startSubgraphServer({
    service,
    schema: service.buildSchema(),
    orm,
    tokenKey: key,
    log,
    port: 0,
  });
  const url = `http://127.0.0.1:${running.port}`;
  return {
    orm,
    url,
    request: async (actor, query, variables, locale = 'sv') => {
      const token = await signInternalToken({ actor, locale }, key);
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse;
    },
    jobs,
    settleJobs: async (deadlineMs) => {
      if (!jobs) return;
      const queues = (service.jobs ?? []).map((job) => job.queue);
      await pollUntil(() => pendingJobCount(orm.em.fork(), queues), (count) => count === 0, deadlineMs, 'no pending jobs');
    },
    close: async () => {
      await running.close();
      await jobs?.stop();
      await orm.close();
    },
  };
}
