import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureDatabase, startEmbeddedPostgres } from '../database/embedded-postgres.ts';
import { freePort } from '../database/free-port.ts';

// The databaseUrl this setup provides is declared beside its reader.
import type {} from './test-database.ts';

/**
 * One real PostgreSQL for the whole test run: the server at TEST_DATABASE_URL when set
 * (a fresh database is created on it), otherwise an embedded one in a temporary folder.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    const database = `omsorg_test_${process.pid}`;
    const admin = new URL(external);
    await ensureDatabase(admin.toString(), database);
    admin.pathname = `/${database}`;
    project.provide('databaseUrl', admin.toString());
    return async () => {};
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'omsorg-test-db-'));
  const db = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'omsorg_test', persistent: false });
  project.provide('databaseUrl', db.url);
  return async () => {
    await db.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
