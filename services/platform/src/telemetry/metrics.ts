import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import client from 'prom-client';

/**
 * The process's Prometheus metrics (prom-client), served at GET /metrics on the service's own
 * port. Labels are names from the code (service, queue, limit, route, operation type) and
 * outcomes, never anything a request carries: no variables, ids or addresses.
 */
export const metricsRegistry = new client.Registry();
// The usual names (process_*, nodejs_*), so common Node.js dashboards work as they are.
client.collectDefaultMetrics({ register: metricsRegistry });

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** What became of a GraphQL request: answered without errors, with errors, refused before execution (4xx), or failed (5xx). */
export type GraphqlOutcome = 'ok' | 'error' | 'rejected' | 'failed';
export type OperationType = 'query' | 'mutation' | 'subscription' | 'unknown';

const graphqlRequests = new client.Counter({
  name: 'omsorg_graphql_requests_total',
  help: 'GraphQL requests by service, operation type and outcome',
  labelNames: ['service', 'operation_type', 'outcome'] as const,
  registers: [metricsRegistry],
});
const graphqlDuration = new client.Histogram({
  name: 'omsorg_graphql_request_duration_seconds',
  help: 'GraphQL request latency by service, operation type and outcome',
  labelNames: ['service', 'operation_type', 'outcome'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [metricsRegistry],
});
const graphqlOperations = new client.Counter({
  name: 'omsorg_graphql_operations_total',
  help: "Gateway GraphQL requests by the trusted document's operation name ('other' for any other name or none)",
  labelNames: ['operation', 'operation_type', 'outcome'] as const,
  registers: [metricsRegistry],
});
const httpDuration = new client.Histogram({
  name: 'omsorg_http_request_duration_seconds',
  help: 'HTTP requests by service, route group and status class (its count is the request rate)',
  labelNames: ['service', 'route', 'status'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [metricsRegistry],
});
const rateLimitRefusals = new client.Counter({
  name: 'omsorg_rate_limit_refusals_total',
  help: 'Requests refused by a rate limit, by the rule refusing them',
  labelNames: ['limit'] as const,
  registers: [metricsRegistry],
});
const jobAttempts = new client.Counter({
  name: 'omsorg_job_attempts_total',
  help: 'Job attempts run by this process, by queue and outcome (a failed attempt may be retried)',
  labelNames: ['service', 'queue', 'outcome'] as const,
  registers: [metricsRegistry],
});
const jobDuration = new client.Histogram({
  name: 'omsorg_job_duration_seconds',
  help: 'Job attempt run time by queue and outcome',
  labelNames: ['service', 'queue', 'outcome'] as const,
  buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60, 300],
  registers: [metricsRegistry],
});

export function recordGraphqlRequest(sample: { service: string; operationType: OperationType; outcome: GraphqlOutcome; seconds: number; operation?: string }): void {
  const labels = { service: sample.service, operation_type: sample.operationType, outcome: sample.outcome };
  graphqlRequests.inc(labels);
  graphqlDuration.observe(labels, sample.seconds);
  if (sample.operation !== undefined) graphqlOperations.inc({ operation: sample.operation, operation_type: sample.operationType, outcome: sample.outcome });
}

/** `route` must come from a fixed set (e.g. graphql, auth, a file route's prefix, health, other). */
export function recordHttpRequest(service: string, route: string, statusCode: number, seconds: number): void {
  httpDuration.observe({ service, route, status: `${Math.floor(statusCode / 100)}xx` }, seconds);
}

export function recordRateLimitRefusal(limit: string): void {
  rateLimitRefusals.inc({ limit });
}

export function recordJobAttempt(service: string, queue: string, outcome: 'completed' | 'failed', seconds: number): void {
  jobAttempts.inc({ service, queue, outcome });
  jobDuration.observe({ service, queue, outcome }, seconds);
}

/** A source of gauge values read when Prometheus scrapes (queue depths, pool usage). */
type GaugeSource<Labels extends string> = () => Promise<Array<{ labels: Record<Labels, string>; value: number }>>;

function scrapedGauge<Labels extends string>(name: string, help: string, labelNames: readonly Labels[]) {
  const sources = new Set<GaugeSource<Labels>>();
  new client.Gauge({
    name,
    help,
    labelNames,
    registers: [metricsRegistry],
    async collect() {
      this.reset();
      const readings = await Promise.all([...sources].map((source) => source().catch(() => [])));
      for (const { labels, value } of readings.flat()) this.set(labels as Partial<Record<Labels, string>>, value);
    },
  });
  /** Adds a source; the returned function removes it (when its queue or pool stops). */
  return (source: GaugeSource<Labels>) => {
    sources.add(source);
    return () => void sources.delete(source);
  };
}

/**
 * Jobs per queue and state, from pg-boss's queue statistics (refreshed by its monitor every
 * JOB_MONITOR_SECONDS, default 60): ready, deferred (due later, retries included), active, and
 * failed (terminally, still kept until the queue deletes finished jobs).
 */
export const watchQueueDepths = scrapedGauge('omsorg_job_queue_jobs', 'Jobs per queue and state (pg-boss queue statistics)', ['service', 'queue', 'state'] as const);

/** The database connection pool: total, idle, and requests waiting for a connection. */
export const watchPool = scrapedGauge('omsorg_db_pool_connections', 'Database pool connections by state (total, idle, waiting)', ['service', 'state'] as const);

export type PoolLike = { totalCount: number; idleCount: number; waitingCount: number };

export function poolReadings(service: string, pool: PoolLike) {
  return [
    { labels: { service, state: 'total' }, value: pool.totalCount },
    { labels: { service, state: 'idle' }, value: pool.idleCount },
    { labels: { service, state: 'waiting' }, value: pool.waitingCount },
  ];
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header ?? '');
  const expected = Buffer.from(`Bearer ${token}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Answers GET /metrics. With METRICS_TOKEN set, only a request bearing it (Authorization:
 * Bearer …) is answered; without, the endpoint is open on the service's own port, which the
 * public Ingress never routes.
 */
export async function serveMetrics(req: IncomingMessage, res: ServerResponse, token = process.env.METRICS_TOKEN): Promise<void> {
  if (token && !tokenMatches(req.headers.authorization, token)) {
    res.writeHead(401, { 'content-type': 'text/plain' }).end('unauthorized\n');
    return;
  }
  const body = await metricsRegistry.metrics();
  res.writeHead(200, { 'content-type': metricsRegistry.contentType, 'cache-control': 'no-store' }).end(body);
}
