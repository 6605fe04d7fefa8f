import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { open, readdir, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import tarStream from 'tar-stream';

/**
 * Writes a PostgreSQL cluster folder, copied while the server runs, as a gzip'd tar archive
 * (the layout of pg_basebackup's base.tar). What PostgreSQL's documentation says to leave out
 * of a base backup stays out ("Backing Up the Data Directory", and pg_basebackup's own list);
 * pg_wal is left empty here: the caller adds the WAL the backup needs.
 *
 * Files change while they are copied; as the documentation says, that is normal and WAL replay
 * repairs it. So, like pg_basebackup: a file removed meanwhile is skipped, a file that shrank
 * is padded with zeros to the size first seen, and what grew after that is not copied.
 */

/** Folders kept as empty folders: their contents are rebuilt or meaningless after a restore. */
const EMPTY_FOLDERS = new Set(['pg_wal', 'pg_replslot', 'pg_stat_tmp', 'pg_dynshmem', 'pg_notify', 'pg_serial', 'pg_snapshots', 'pg_subtrans']);
/** Files at the top of the cluster never copied (the running server's or an earlier backup's). */
const SKIPPED_TOP_FILES = new Set(['postmaster.pid', 'postmaster.opts', 'backup_label', 'backup_label.old', 'tablespace_map', 'postgresql.auto.conf.tmp', 'current_logfiles.tmp']);
const CHUNK = 1024 * 1024;

/** A file added after the copy: given content, or a file of the cluster that must be there (a WAL segment). */
export type ArchiveFile = { name: string; content: string } | { name: string; fromCluster: true };

function skipped(relative: string, name: string): boolean {
  if (name.startsWith('pgsql_tmp') || name === 'pg_internal.init') return true;
  return !relative.includes('/') && SKIPPED_TOP_FILES.has(name);
}

/** The cluster's files and folders to copy, as paths relative to it, parents before children. */
async function clusterEntries(clusterDir: string, relative = ''): Promise<Array<{ path: string; folder: boolean }>> {
  const here = join(clusterDir, relative);
  const children = await readdir(here, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return []; // e.g. a database dropped during the backup
    throw error;
  });
  const entries: Array<{ path: string; folder: boolean }> = [];
  for (const child of children.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = relative ? `${relative}/${child.name}` : child.name;
    if (skipped(path, child.name)) continue;
    if (child.isDirectory()) {
      entries.push({ path, folder: true });
      if (path === 'pg_tblspc') {
        if ((await readdir(join(clusterDir, path))).length > 0) throw new Error('The cluster has tablespaces (pg_tblspc is not empty): this backup does not copy them.');
      } else if (!EMPTY_FOLDERS.has(path)) {
        entries.push(...(await clusterEntries(clusterDir, path)));
      }
    } else if (child.isFile()) {
      entries.push({ path, folder: false });
    } else {
      throw new Error(`Unexpected ${child.isSymbolicLink() ? 'symbolic link' : 'special file'} in the cluster: ${path}. This backup copies only plain files and folders.`);
    }
  }
  return entries;
}

/** Exactly `size` bytes of the file: zeros where it has shrunk since, nothing of what it grew. */
async function* fileBytes(handle: FileHandle, size: number): AsyncGenerator<Buffer> {
  let position = 0;
  while (position < size) {
    const buffer = Buffer.alloc(Math.min(CHUNK, size - position));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
    if (bytesRead === 0) {
      yield Buffer.alloc(size - position); // truncated meanwhile: WAL replay restores it
      return;
    }
    yield bytesRead === buffer.length ? buffer : buffer.subarray(0, bytesRead);
    position += bytesRead;
  }
}

async function addEntry(pack: tarStream.Pack, header: Partial<tarStream.Header> & { name: string }, chunks: AsyncIterable<Buffer> | Buffer[]): Promise<void> {
  const done = new Promise<void>((resolve, reject) => {
    const entry = pack.entry(header, (error) => (error ? reject(error) : resolve()));
    void (async () => {
      for await (const chunk of chunks) if (!entry.write(chunk)) await once(entry, 'drain');
      entry.end(undefined); // streamx's end(data): no last chunk
    })().catch((error: unknown) => {
      entry.destroy(error as Error);
      reject(error as Error);
    });
  });
  await done;
}

async function addClusterFile(pack: tarStream.Pack, clusterDir: string, path: string, required = false): Promise<void> {
  let handle: FileHandle;
  try {
    handle = await open(join(clusterDir, path), 'r');
  } catch (error) {
    // Removed meanwhile (a dropped table, a finished temporary file)
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !required) return;
    throw error;
  }
  try {
    const info = await handle.stat();
    await addEntry(pack, { name: path, type: 'file', size: info.size, mode: 0o600, mtime: info.mtime }, fileBytes(handle, info.size));
  } finally {
    await handle.close();
  }
}

/**
 * Writes `clusterDir` (except what is left out, see above) to `file` as .tar.gz, then `extra`:
 * the files the caller adds once the copy is over (backup_label, the WAL, a manifest), whose
 * contents are read only then.
 */
export async function writeClusterArchive(clusterDir: string, file: string, extra: () => Promise<ArchiveFile[]>): Promise<void> {
  const pack = tarStream.pack();
  const written = pipeline(pack, createGzip({ level: 6 }), createWriteStream(file, { mode: 0o600 }));
  try {
    for (const entry of await clusterEntries(clusterDir)) {
      if (entry.folder) await addEntry(pack, { name: entry.path, type: 'directory', mode: 0o700 }, []);
      else await addClusterFile(pack, clusterDir, entry.path);
    }
    for (const folder of ['pg_wal/archive_status', 'pg_wal/summaries']) await addEntry(pack, { name: folder, type: 'directory', mode: 0o700 }, []);
    for (const file of await extra()) {
      if ('fromCluster' in file) {
        await addClusterFile(pack, clusterDir, file.name, true);
      } else {
        const content = Buffer.from(file.content);
        await addEntry(pack, { name: file.name, type: 'file', size: content.length, mode: 0o600 }, [content]);
      }
    }
    pack.finalize();
  } catch (error) {
    pack.destroy(error as Error);
    await written.catch(() => {});
    throw error;
  }
  await written;
}
