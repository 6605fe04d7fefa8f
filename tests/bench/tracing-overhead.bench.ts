/**
 * What tracing costs: the gateway and the applications subgraph as `pnpm start` runs them (one
 * process each, the same heap flags), a simple public query (`providers`: one subgraph fetch,
 * two SQL statements) sent one at a time, with tracing off and with OTEL_TRACES_EXPORTER=otlp
 * (every request sampled, or a tenth; exported over OTLP/HTTP protobuf to a local sink that
 * discards it). Runs alternate off/all/10% twice. Records latency p50/p95 and the CPU time of the two processes
 * per request (the cost on a shared machine; wall clock mostly measures the other work), and
 * how long a /metrics scrape of the gateway takes. Writes its section of RESULTS.md.
 *
 *   pnpm --filter @omsorg/bench bench:tracing-overhead     (BENCH_REQUESTS, default 400)
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startNodeProcess, waitForHttp } from '@omsorg/dev';
import { ensureDatabase, freePort, startEmbeddedPostgres } from '@omsorg/platform';
import { processCpuSeconds } from './cpu-time.ts';
import { percentile, writeResultsSection } from './results.ts';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 400);
const WARM_UP = 50;
const SECRET = 'bench-internal-secret-that-is-long-enough-0123456789';
const QUERY = JSON.stringify({ query: 'query Providers($area: String) { providers(area: $area) { totalCount } }', variables: { area: 'Hägersten' } });
const ROOT = join(import.meta.dirname, '..', '..');

/** Tracing off, on with every request sampled, or on with a tenth sampled (as a city would run it). */
type Mode = 'off' | 'all' | '10%';
type Run = { mode: Mode; p50: number; p95: number; cpuMsPerRequest: number; scrapeMs: number };

const TRACING: Record<Mode, NodeJS.ProcessEnv> = {
  off: { OTEL_TRACES_EXPORTER: 'none' },
  all: { OTEL_TRACES_EXPORTER: 'otlp' },
  '10%': { OTEL_TRACES_EXPORTER: 'otlp', OTEL_TRACES_SAMPLER: 'parentbased_traceidratio', OTEL_TRACES_SAMPLER_ARG: '0.1' },
};

const dataDir = await mkdtemp(join(tmpdir(), 'omsorg-bench-'));
const db = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'omsorg_bench', persistent: false });
let exportedBytes = 0;
const sink = createServer((req, res) => {
  req.on('data', (chunk: Buffer) => (exportedBytes += chunk.length));
  req.on('end', () => res.writeHead(200, { 'content-type': 'application/x-protobuf' }).end());
});
const sinkPort = await freePort();
await new Promise<void>((resolve) => sink.listen(sinkPort, '127.0.0.1', resolve));

async function measure(mode: Mode, round: number): Promise<Run> {
  const admin = new URL(db.url);
  admin.pathname = '/postgres';
  const urls = await Promise.all(
    ['applications', 'gateway'].map(async (name) => {
      const database = `bench_${name}_${round}`;
      await ensureDatabase(admin.toString(), database);
      const url = new URL(db.url);
      url.pathname = `/${database}`;
      return url.toString();
    }),
  );
  const [applicationsPort, gatewayPort] = [await freePort(), await freePort()];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    INTERNAL_JWT_SECRET: SECRET,
    LOG_LEVEL: 'warn',
    APPLICATIONS_PORT: String(applicationsPort),
    APPLICATIONS_URL: `http://127.0.0.1:${applicationsPort}/graphql`,
    GATEWAY_PORT: String(gatewayPort),
    OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${sinkPort}`,
    ...TRACING[mode],
  };
  const applications = startNodeProcess('applications', join(ROOT, 'services/applications/src/server.ts'), { ...env, DATABASE_URL: urls[0] });
  const gateway = startNodeProcess('gateway', join(ROOT, 'services/gateway/src/server.ts'), { ...env, DATABASE_URL: urls[1] });
  try {
    await waitForHttp(`http://127.0.0.1:${applicationsPort}/health/ready`);
    await waitForHttp(`http://127.0.0.1:${gatewayPort}/health/live`);
    const send = async () => {
      const response = await fetch(`http://127.0.0.1:${gatewayPort}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERY });
      if (response.status !== 200) throw new Error(`status ${response.status}`);
      await response.arrayBuffer();
    };
    for (let i = 0; i < WARM_UP; i++) await send();
    const cpuBefore = (await processCpuSeconds(gateway.pid)) + (await processCpuSeconds(applications.pid));
    const timings: number[] = [];
    for (let i = 0; i < REQUESTS; i++) {
      const started = performance.now();
      await send();
      timings.push(performance.now() - started);
    }
    const cpuAfter = (await processCpuSeconds(gateway.pid)) + (await processCpuSeconds(applications.pid));
    const scrapeStarted = performance.now();
    await (await fetch(`http://127.0.0.1:${gatewayPort}/metrics`)).text();
    const scrapeMs = performance.now() - scrapeStarted;
    timings.sort((a, b) => a - b);
    return { mode, p50: percentile(timings, 0.5), p95: percentile(timings, 0.95), cpuMsPerRequest: ((cpuAfter - cpuBefore) * 1000) / REQUESTS, scrapeMs };
  } finally {
    await Promise.all([gateway.stop(), applications.stop()]);
  }
}

try {
  const load = loadavg()[0]!.toFixed(1);
  const runs: Run[] = [];
  for (const [round, mode] of (['off', 'all', '10%', 'off', 'all', '10%'] as const).entries()) {
    const run = await measure(mode, round);
    runs.push(run);
    console.log(`tracing ${mode}: p50 ${run.p50.toFixed(1)} ms, p95 ${run.p95.toFixed(1)} ms, CPU ${run.cpuMsPerRequest.toFixed(2)} ms/request, /metrics ${run.scrapeMs.toFixed(1)} ms`);
  }
  const rows = runs.map((run) => `| ${run.mode} | ${run.p50.toFixed(1)} | ${run.p95.toFixed(1)} | ${run.cpuMsPerRequest.toFixed(2)} | ${run.scrapeMs.toFixed(1)} |`);
  await writeResultsSection(`## Tracing overhead

\`pnpm --filter @omsorg/bench bench:tracing-overhead\`: gateway and applications subgraph as separate processes, ${REQUESTS} sequential
\`providers\` queries through the gateway per run (after ${WARM_UP} to warm up), runs alternating; tracing off, on with every request sampled (all), and on with a tenth
sampled (10%, \`parentbased_traceidratio\`); spans go over OTLP/HTTP protobuf to a local sink (${(exportedBytes / 1024).toFixed(0)} KB exported in all). CPU = user + system time of the gateway and the subgraph per
request. ${cpus().length} cores, load average ${load} at the start (shared machine).

| tracing sampled | p50 ms | p95 ms | CPU ms/request | gateway /metrics ms |
| --- | --- | --- | --- | --- |
${rows.join('\n')}
`);
} finally {
  sink.close();
  await db.stop();
  await rm(dataDir, { recursive: true, force: true });
}
