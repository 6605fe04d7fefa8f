import { inject } from 'vitest';
import { ensureDatabase } from '../database/embedded-postgres.ts';

// Declared beside its reader, so that every program that reads it (the e2e tests' too) sees it.
declare module 'vitest' {
  export interface ProvidedContext {
    /** The test run's PostgreSQL server (global-setup.ts provides it). */
    databaseUrl: string;
  }
}

/**
 * A fresh, empty database on the test run's PostgreSQL server, so test files running in
 * parallel never see each other's rows or race each other's migrations.
 */
export async function createTestDatabase(): Promise<string> {
  const url = new URL(inject('databaseUrl'));
  const name = `t_${crypto.randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = new URL(url);
  admin.pathname = '/postgres';
  await ensureDatabase(admin.toString(), name);
  url.pathname = `/${name}`;
  return url.toString();
}
