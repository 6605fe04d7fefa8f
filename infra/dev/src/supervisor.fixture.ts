/**
 * A tiny `pnpm start` for supervisor.test.ts, built like start.ts: a launcher, and a stack of
 * an embedded PostgreSQL and one service process. Each stop is printed, so the test can see
 * the order. FIXTURE_ROLE=service makes this file the service (an HTTP server).
 */
import { createServer } from 'node:http';
import { startEmbeddedPostgres } from '@omsorg/platform';
import { startNodeProcess } from './child-process.ts';
import { stopOnSignalOrOrphan, superviseStack } from './supervisor.ts';

const env = process.env;

if (env.FIXTURE_ROLE === 'service') {
  const server = createServer((_req, res) => res.end('ok')).listen(Number(env.FIXTURE_SERVICE_PORT), '127.0.0.1');
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
} else if (env.OMSORG_STACK_PROCESS !== '1') {
  console.log(`LAUNCHER ${process.pid}`);
  superviseStack(import.meta.filename, { ...env, OMSORG_STACK_PROCESS: '1' });
} else {
  const stops: Array<() => Promise<void>> = [];
  stopOnSignalOrOrphan(async () => {
    for (const stop of stops.reverse()) await stop();
  });
  const db = await startEmbeddedPostgres({ dataDir: env.FIXTURE_DATA_DIR!, port: Number(env.FIXTURE_POSTGRES_PORT), persistent: true });
  stops.push(async () => {
    await db.stop();
    console.log('STOPPED postgres');
  });
  const service = startNodeProcess('service', import.meta.filename, { ...env, FIXTURE_ROLE: 'service' });
  stops.push(async () => {
    await service.stop();
    console.log('STOPPED service');
  });
  console.log(`READY ${JSON.stringify({ stack: process.pid, service: service.pid, postgres: db.pid })}`);
}
