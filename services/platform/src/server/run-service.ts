import { internalTokenKey } from '../auth/internal-token.ts';
import { openDatabase } from '../database/orm.ts';
import { startJobQueue } from '../jobs/job-queue.ts';
import { createLogger } from '../logging/logger.ts';
import { listenHost } from './listen-host.ts';
import { onShutdown } from './shutdown.ts';
import type { ServiceDefinition } from './service-definition.ts';
import { startSubgraphServer } from './subgraph-server.ts';
import { stopTracing } from '../telemetry/tracing.ts';

/** Entry point of a subgraph process: migrate, serve, work the job queues, and stop cleanly on SIGINT/SIGTERM. */
export async function runService(service: ServiceDefinition): Promise<void> {
  const log = createLogger(service.name);
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set');
  const orm = await openDatabase(service.database, url);
  // Before the server: a request may enqueue a job as soon as it is served.
  const jobs = service.jobs ? await startJobQueue(service.name, orm, service.jobs, log) : null;
  const envPort = process.env[`${service.name.toUpperCase()}_PORT`];
  const running = await startSubgraphServer({
    service,
    schema: service.buildSchema(),
    orm,
    tokenKey: internalTokenKey(),
    log,
    port: envPort ? Number(envPort) : service.defaultPort,
    host: listenHost(),
  });
  // The server first (no new requests), then the workers (finishing their job), then the pool, then the last spans.
  onShutdown(log, [running.close, async () => jobs?.stop(), () => orm.close(), stopTracing]);
}
