import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { create } from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { identityService } from '@omsorg/identity';
import { freePort, openDatabase, runningAsRoot, startEmbeddedPostgres, type RunningDatabase } from '@omsorg/platform';
import { backupEmbeddedDatabase, restoreEmbeddedDatabase } from './backup.ts';

const run = promisify(execFile);

async function query<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

/** Inserts 0, 1, 2, … one committed row at a time until told to stop (at most 200 000). */
function keepWriting(url: string, warmUp: number) {
  let stopping = false;
  let committed = 0;
  let warm: () => void = () => {};
  const warmedUp = new Promise<void>((resolve) => (warm = resolve));
  const done = (async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      while (!stopping && committed < 200_000) {
        await client.query('insert into writes (n) values ($1)', [committed]);
        committed += 1;
        if (committed === warmUp) warm();
      }
    } finally {
      await client.end();
    }
  })();
  done.catch(() => {});
  return {
    /** Resolves once `warmUp` rows are committed (or the writer failed). */
    warmedUp: Promise.race([warmedUp, done]),
    committed: () => committed,
    stop: async () => {
      stopping = true;
      await done;
    },
  };
}

describe('backup and restore of the embedded database', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'omsorg-backup-'));
  });

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('backs up while writes go on and restores exactly the state at the end of the backup, keeping the replaced database aside', async () => {
    let db: RunningDatabase | undefined = await startEmbeddedPostgres({ dataDir, port: await freePort() });
    const file = join(dataDir, 'backups', 'round-trip.tar.gz');
    let migrations: number;
    let before: number;
    let during: number;
    try {
      const orm = await openDatabase(identityService.database, db.url); // one service's real migrations
      await orm.close();
      migrations = Number((await query<{ count: string }>(db.url, 'select count(*) from identity.mikro_orm_migrations'))[0]!.count);
      expect(migrations).toBeGreaterThan(0);
      await query(db.url, 'create table kept (id int primary key, note text)');
      await query(db.url, "insert into kept select i, repeat('x', 200) from generate_series(1, 5000) as i");
      await query(db.url, 'create table writes (n int primary key)');

      const writer = keepWriting(db.url, 20);
      await writer.warmedUp;
      before = writer.committed();
      expect(before).toBeGreaterThanOrEqual(20);
      const backup = await backupEmbeddedDatabase({ dataDir, file });
      during = writer.committed();
      await writer.stop();
      expect(backup.bytes).toBeGreaterThan(0);
      expect(backup.clusterDir).toBe(db.clusterDir);

      await query(db.url, 'insert into kept values (5001, $1)', ['after the backup']);
      await query(db.url, 'delete from kept where id <= 100');
      await expect(restoreEmbeddedDatabase({ dataDir, file })).rejects.toThrow(/The database is running \(PostgreSQL process \d+, port \d+.*Stop Omsorg first/s);
    } finally {
      await db.stop();
    }

    const restored = await restoreEmbeddedDatabase({ dataDir, file });
    expect(restored.clusterDir).toBe(db.clusterDir);
    expect(restored.keptAside).toMatch(/pg\.before-restore-\d{8}-\d{6}$/);
    expect(existsSync(join(restored.keptAside!, 'PG_VERSION'))).toBe(true);
    expect((await stat(restored.clusterDir)).mode & 0o777).toBe(0o700);
    if (runningAsRoot()) expect((await stat(join(restored.clusterDir, 'PG_VERSION'))).uid).not.toBe(0);

    db = await startEmbeddedPostgres({ dataDir, port: await freePort() });
    try {
      const kept = await query<{ count: string; min: number; max: number }>(db.url, 'select count(*), min(id), max(id) from kept');
      expect(kept[0]).toEqual({ count: '5000', min: 1, max: 5000 });
      const writes = await query<{ count: string; max: number | null }>(db.url, 'select count(*), max(n) from writes');
      const count = Number(writes[0]!.count);
      // Every write committed before the backup began is there, none after it ended, and no gap.
      expect(count).toBeGreaterThanOrEqual(before);
      expect(count).toBeLessThanOrEqual(during);
      expect(writes[0]!.max).toBe(count === 0 ? null : count - 1);
      expect(Number((await query<{ count: string }>(db.url, 'select count(*) from identity.mikro_orm_migrations'))[0]!.count)).toBe(migrations);
    } finally {
      await db.stop();
    }
  }, 90_000);

  it('restores into a data folder that has no database yet (another machine)', async () => {
    const elsewhere = join(dataDir, 'elsewhere');
    const restored = await restoreEmbeddedDatabase({ dataDir: elsewhere, file: join(dataDir, 'backups', 'round-trip.tar.gz') });
    expect(restored.keptAside).toBeUndefined();
    const db = await startEmbeddedPostgres({ dataDir: elsewhere, port: await freePort() });
    try {
      expect(db.clusterDir).toBe(restored.clusterDir);
      expect(await query(db.url, 'select count(*) from kept')).toEqual([{ count: '5000' }]);
    } finally {
      await db.stop();
    }
  }, 60_000);

  it('names what is wrong with a file that is missing, not a backup, or of another PostgreSQL version', async () => {
    const missing = join(dataDir, 'nothing.tar.gz');
    await expect(restoreEmbeddedDatabase({ dataDir, file: missing })).rejects.toThrow(`There is no file ${missing}.`);

    const text = join(dataDir, 'notes.txt');
    await writeFile(text, 'not an archive\n'.repeat(100));
    await expect(restoreEmbeddedDatabase({ dataDir, file: text })).rejects.toThrow(/notes\.txt cannot be read as a backup made by pnpm db:backup: it is damaged, incomplete or not a \.tar\.gz archive/);

    const whole = await readFile(join(dataDir, 'backups', 'round-trip.tar.gz'));
    const cut = join(dataDir, 'cut.tar.gz');
    await writeFile(cut, whole.subarray(0, Math.floor(whole.length / 2)));
    await expect(restoreEmbeddedDatabase({ dataDir, file: cut })).rejects.toThrow(/cut\.tar\.gz cannot be read as a backup .*damaged, incomplete/);

    const unrelated = join(dataDir, 'unrelated.tar.gz');
    await create({ gzip: true, file: unrelated, cwd: dataDir }, ['notes.txt']);
    await expect(restoreEmbeddedDatabase({ dataDir, file: unrelated })).rejects.toThrow(/unrelated\.tar\.gz is not a backup made by pnpm db:backup \(it lacks omsorg-backup\.json, backup_label, PG_VERSION\)/);

    const other = join(dataDir, 'other');
    await rm(other, { recursive: true, force: true });
    await mkdir(other);
    await writeFile(join(other, 'PG_VERSION'), '17\n');
    await writeFile(join(other, 'backup_label'), 'START WAL LOCATION: 0/2000028\n');
    await writeFile(join(other, 'omsorg-backup.json'), JSON.stringify({ kind: 'omsorg-embedded-postgres-base-backup', format: 1, postgresMajor: 17, serverVersion: '17.6' }));
    const old = join(dataDir, 'pg17.tar.gz');
    await create({ gzip: true, file: old, cwd: other }, ['PG_VERSION', 'backup_label', 'omsorg-backup.json']);
    const before = await readdir(dataDir);
    await expect(restoreEmbeddedDatabase({ dataDir, file: old })).rejects.toThrow(/holds a PostgreSQL 17 database \(17\.6\), but the embedded PostgreSQL is version 18\. Restore it with PostgreSQL 17/);
    expect(await readdir(dataDir)).toEqual(before);
  });

  it('sends the operator to the server’s own tools when DATABASE_URL is set', async () => {
    const cli = join(import.meta.dirname, 'cli.ts');
    const failure = await run(process.execPath, [cli, 'backup'], { env: { ...process.env, DATABASE_URL: 'postgres://omsorg@db.invalid/omsorg' } }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 1, stderr: expect.stringMatching(/DATABASE_URL is set.*pg_dump.*CloudNativePG/s) });
  });
});
