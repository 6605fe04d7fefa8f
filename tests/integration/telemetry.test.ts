import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { startNodeProcess, waitForHttp } from '@omsorg/dev';
import { freePort } from '@omsorg/platform';
import { TEST_INTERNAL_SECRET, createTestDatabase, pollUntil } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The gateway and a subgraph run as they do in production (`node …/server.ts`, separate
 * processes) with OTEL_TRACES_EXPORTER=otlp, exporting OTLP/JSON to a collector this test plays.
 */

type OtlpSpan = {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: Array<{ key: string; value: Record<string, unknown> }>;
};
type Exported = OtlpSpan & { service: string };

const SERVER = 2;
const CLIENT = 3;
const PERSONNUMMER = '19121212-1212';
const NAME = 'Tolvan Tolvansson';
const PROVIDERS = 'query ProviderSearch($area: String) { providers(area: $area) { totalCount } }';
const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

const spans: Exported[] = [];
let collector: Server;
const processes: Array<ReturnType<typeof startNodeProcess>> = [];
let gatewayUrl: string;

function attribute(span: OtlpSpan, key: string): unknown {
  const value = span.attributes.find((candidate) => candidate.key === key)?.value;
  return value ? Object.values(value)[0] : undefined;
}

beforeAll(async () => {
  collector = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const request = JSON.parse(body) as { resourceSpans: Array<{ resource: OtlpSpan; scopeSpans: Array<{ spans: OtlpSpan[] }> }> };
      for (const resourceSpans of request.resourceSpans) {
        const service = String(attribute(resourceSpans.resource, 'service.name'));
        for (const scope of resourceSpans.scopeSpans) for (const span of scope.spans) spans.push({ ...span, service });
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  const collectorPort = await freePort();
  await new Promise<void>((resolve) => collector.listen(collectorPort, '127.0.0.1', resolve));

  const [applicationsPort, gatewayPort] = [await freePort(), await freePort()];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    INTERNAL_JWT_SECRET: TEST_INTERNAL_SECRET,
    LOG_LEVEL: 'warn',
    OTEL_TRACES_EXPORTER: 'otlp',
    OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
    OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${collectorPort}`,
    OTEL_BSP_SCHEDULE_DELAY: '100',
    APPLICATIONS_PORT: String(applicationsPort),
    APPLICATIONS_URL: `http://127.0.0.1:${applicationsPort}/graphql`,
    GATEWAY_PORT: String(gatewayPort),
  };
  processes.push(startNodeProcess('applications', root('services/applications/src/server.ts'), { ...env, DATABASE_URL: await createTestDatabase() }));
  processes.push(startNodeProcess('gateway', root('services/gateway/src/server.ts'), { ...env, DATABASE_URL: await createTestDatabase() }));
  await waitForHttp(`http://127.0.0.1:${applicationsPort}/health/ready`, { process: processes[0] });
  await waitForHttp(`http://127.0.0.1:${gatewayPort}/health/live`, { process: processes[1] });
  gatewayUrl = `http://127.0.0.1:${gatewayPort}`;
}, 120_000);

afterAll(async () => {
  await Promise.all(processes.map((child) => child.stop()));
  await new Promise((resolve) => collector?.close(resolve));
});

describe('traces and metrics of a request through the gateway', () => {
  it('follow one trace from the gateway through the subgraph to SQL, with none of what was sent', async () => {
    // A trace id sent by a client is not continued: the public starts no trace of its own choosing.
    const foreignTrace = '0af7651916cd43dd8448eb211c80319c';
    const response = await fetch(`${gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', traceparent: `00-${foreignTrace}-b7ad6b7169203331-01` },
      body: JSON.stringify({ query: PROVIDERS, variables: { area: `${NAME} ${PERSONNUMMER}` } }),
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data?: unknown }).data).toEqual({ providers: { totalCount: 0 } });
    // The same query as a GET: its variables travel in the query string.
    const get = await fetch(`${gatewayUrl}/graphql?query=${encodeURIComponent(PROVIDERS)}&variables=${encodeURIComponent(JSON.stringify({ area: PERSONNUMMER }))}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(200);

    const sqlOf = (traceId: string) => spans.find((span) => span.traceId === traceId && span.service === 'applications' && attribute(span, 'db.system.name') === 'postgresql' && span.name.startsWith('pg.query'));
    const gatewayServerSpans = () => spans.filter((span) => span.service === 'gateway' && span.kind === SERVER && !span.parentSpanId);
    await pollUntil(
      () => gatewayServerSpans().filter((span) => sqlOf(span.traceId)).length,
      (count) => count >= 2,
      30_000,
      'two traces from the gateway to SQL',
    );

    const trace = gatewayServerSpans()[0]!;
    expect(trace.traceId).not.toBe(foreignTrace);
    const inTrace = spans.filter((span) => span.traceId === trace.traceId);
    const byId = new Map(inTrace.map((span) => [span.spanId, span]));
    // SQL → subgraph server span → gateway client span → … → gateway server span: one chain.
    const ancestors: Exported[] = [];
    for (let span = sqlOf(trace.traceId); span; span = span.parentSpanId ? byId.get(span.parentSpanId) : undefined) ancestors.push(span);
    expect(ancestors.at(-1)).toBe(trace);
    expect(ancestors.some((span) => span.service === 'applications' && span.kind === SERVER)).toBe(true);
    expect(ancestors.some((span) => span.service === 'gateway' && span.kind === CLIENT)).toBe(true);
    expect(inTrace.some((span) => span.name === 'gateway.request' && attribute(span, 'graphql.operation.name') === 'ProviderSearch')).toBe(true);
    // The statement's shape is kept; MikroORM writes the values into it, and they are taken out.
    expect(String(attribute(sqlOf(trace.traceId)!, 'db.query.text'))).toMatch(/from "applications"\."provider" .* @> \?/);

    // No span of either request carries the variables, the query string or the client's address.
    const exported = JSON.stringify(spans);
    for (const secret of [PERSONNUMMER, '121212', 'Tolvan', 'variables=', '%7B']) expect(exported).not.toContain(secret);
    expect(spans.some((span) => attribute(span, 'http.client_ip') !== undefined || attribute(span, 'net.peer.ip') !== undefined)).toBe(false);
    // Probes are not traced.
    expect(spans.some((span) => String(attribute(span, 'http.target') ?? '').startsWith('/health'))).toBe(false);
  }, 60_000);

  it('counts the requests on the gateway’s /metrics, by operation type and outcome, without what was sent', async () => {
    const text = await (await fetch(`${gatewayUrl}/metrics`)).text();
    // A raw query (not a trusted document) is counted under "other".
    expect(text).toMatch(/^omsorg_graphql_operations_total\{operation="other",operation_type="query",outcome="ok"\} [1-9]/m);
    expect(text).toMatch(/^omsorg_graphql_request_duration_seconds_count\{service="gateway",operation_type="query",outcome="ok"\} [1-9]/m);
    expect(text).toMatch(/^omsorg_http_request_duration_seconds_count\{service="gateway",route="graphql",status="2xx"\} [1-9]/m);
    expect(text).toMatch(/^omsorg_db_pool_connections\{service="gateway",state="total"\} \d/m);
    for (const secret of [PERSONNUMMER, 'Tolvan', 'ProviderSearch']) expect(text).not.toContain(secret);
  });
});
