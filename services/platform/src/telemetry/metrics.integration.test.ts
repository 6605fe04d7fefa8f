import { createRequire } from 'node:module';
import { defineEntity, p } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '../graphql/context.ts';
import { enqueueJob } from '../jobs/enqueue-job.ts';
import { enforceRateLimit } from '../rate-limit/enforce.ts';
import { rateLimitTableSql } from '../rate-limit/rate-limit-counter.ts';
import type { ServiceDefinition } from '../server/service-definition.ts';
import { pollUntil } from '../testing/poll.ts';
import { startTestSubgraph, type TestSubgraph } from '../testing/test-subgraph.ts';

// The schema must come from the copy of graphql that Node (and so graphql-http) loads, not Vite's.
const { GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

const PERSONNUMMER = '19121212-1212';
const NAME = 'Tolvan Tolvansson';
const QUEUE = 'metrics-doomed';

const NoteSchema = defineEntity({ name: 'MetricsNote', tableName: 'note', properties: { id: p.uuid().primary(), text: p.string() } });

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      // Reads the database with what it is given, and puts a job (that always fails) on the queue.
      greet: {
        type: GraphQLString,
        args: { name: { type: new GraphQLNonNull(GraphQLString) }, personnummer: { type: new GraphQLNonNull(GraphQLString) } },
        resolve: async (_root, args: { name: string; personnummer: string }, context: RequestContext) => {
          const rows = await context.em.getConnection().execute<Array<{ greeting: string }>>('select ?::text as greeting', [`${args.name} ${args.personnummer}`]);
          await context.em.fork().transactional((em) => enqueueJob(em, QUEUE, { name: args.name }));
          return rows[0]!.greeting;
        },
      },
      limited: {
        type: GraphQLString,
        resolve: async (_root, _args, context: RequestContext) => {
          await enforceRateLimit(context, { name: 'metrics_test', limit: 1, windowSeconds: 600 }, 'subject');
          return 'allowed';
        },
      },
    },
  }),
});

const service: ServiceDefinition = {
  name: 'metricstest',
  defaultPort: 0,
  database: { schema: 'metricstest', entities: [NoteSchema], migrations: [] },
  buildSchema: () => schema,
  jobs: [
    {
      queue: QUEUE,
      retry: { limit: 0, delaySeconds: 1 },
      handler: async () => {
        throw new Error('always refused');
      },
    },
  ],
};

describe('GET /metrics on a subgraph', () => {
  let subgraph: TestSubgraph;
  const metrics = async () => {
    const response = await fetch(`${subgraph.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    return response.text();
  };
  /** The value of one sample, by its name and labels as printed (in label order), or undefined. */
  const sample = (text: string, series: string) => {
    const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
    return line === undefined ? undefined : Number(line.slice(series.length + 1));
  };

  beforeAll(async () => {
    // pg-boss counts the queues every second here (60 by default).
    subgraph = await startTestSubgraph(service, { jobs: { monitorIntervalSeconds: 1 } });
    await subgraph.orm.em.getConnection().execute(rateLimitTableSql('metricstest'));
  });
  afterAll(() => subgraph?.close());

  it('counts requests, their latency, failed jobs and queue depths, and shows none of what a request carried', async () => {
    const before = await metrics();
    expect(sample(before, 'omsorg_graphql_requests_total{service="metricstest",operation_type="query",outcome="ok"}')).toBeUndefined();
    // The process's own metrics are there from the start.
    expect(before).toContain('nodejs_eventloop_lag_seconds');
    expect(before).toContain('process_resident_memory_bytes');

    const answer = await subgraph.request({ kind: 'system' }, 'query Greet($name: String!, $personnummer: String!) { greet(name: $name, personnummer: $personnummer) }', { name: NAME, personnummer: PERSONNUMMER });
    expect(answer.data?.greet).toBe(`${NAME} ${PERSONNUMMER}`);
    expect((await subgraph.request({ kind: 'system' }, '{ limited }')).data?.limited).toBe('allowed');
    expect((await subgraph.request({ kind: 'system' }, '{ limited }')).errors).toBeDefined();
    expect((await subgraph.request({ kind: 'system' }, '{ nosuchfield }')).errors).toBeDefined();

    // A job due in an hour waits on the queue.
    await subgraph.orm.em.fork().transactional((em) => enqueueJob(em, QUEUE, {}, { startAfter: new Date(Date.now() + 3_600_000) }));
    // The failed and the waiting job show once pg-boss's monitor has counted the queue.
    const depth = (text: string, state: string) => sample(text, `omsorg_job_queue_jobs{service="metricstest",queue="${QUEUE}",state="${state}"}`);
    const after = await pollUntil(metrics, (text) => depth(text, 'failed') === 1 && depth(text, 'deferred') === 1, 15_000, 'the failed and the waiting job counted');
    expect(sample(after, `omsorg_job_attempts_total{service="metricstest",queue="${QUEUE}",outcome="failed"}`)).toBe(1);
    expect(sample(after, `omsorg_job_queue_jobs{service="metricstest",queue="${QUEUE}",state="ready"}`)).toBe(0);
    expect(sample(after, 'omsorg_graphql_requests_total{service="metricstest",operation_type="query",outcome="ok"}')).toBe(2);
    expect(sample(after, 'omsorg_graphql_requests_total{service="metricstest",operation_type="query",outcome="error"}')).toBe(1);
    expect(sample(after, 'omsorg_graphql_requests_total{service="metricstest",operation_type="unknown",outcome="rejected"}')).toBe(1);
    expect(sample(after, 'omsorg_graphql_request_duration_seconds_count{service="metricstest",operation_type="query",outcome="ok"}')).toBe(2);
    expect(sample(after, 'omsorg_graphql_request_duration_seconds_bucket{le="+Inf",service="metricstest",operation_type="query",outcome="ok"}')).toBe(2);
    expect(sample(after, 'omsorg_http_request_duration_seconds_count{service="metricstest",route="graphql",status="2xx"}')).toBeGreaterThanOrEqual(3);
    expect(sample(after, 'omsorg_rate_limit_refusals_total{limit="metrics_test"}')).toBe(1);
    // The pool's gauges are there (idle connections may have been closed by now: no count is assumed).
    expect(sample(after, 'omsorg_db_pool_connections{service="metricstest",state="total"}')).toBeGreaterThanOrEqual(0);
    expect(sample(after, 'omsorg_db_pool_connections{service="metricstest",state="waiting"}')).toBe(0);

    for (const secret of [PERSONNUMMER, '191212121212', NAME, 'Tolvan', 'Greet']) expect(after).not.toContain(secret);
  });

  it('answers only a request bearing METRICS_TOKEN when it is set', async () => {
    process.env.METRICS_TOKEN = 'a-scrape-token';
    try {
      expect((await fetch(`${subgraph.url}/metrics`)).status).toBe(401);
      expect((await fetch(`${subgraph.url}/metrics`, { headers: { authorization: 'Bearer wrong-token-same-len' } })).status).toBe(401);
      expect((await fetch(`${subgraph.url}/metrics`, { headers: { authorization: 'Bearer a-scrape-token' } })).status).toBe(200);
    } finally {
      delete process.env.METRICS_TOKEN;
    }
  });
});
