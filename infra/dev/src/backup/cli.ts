/**
 * pnpm db:backup [file]   backs up the embedded database (while it runs, or not)
 * pnpm db:restore <file>  puts a backup in its place (Omsorg stopped)
 *
 * The embedded database is the one `pnpm start` keeps in OMSORG_DATA_DIR (.data by default).
 * With DATABASE_URL the database is someone else's server: use that server's own tools.
 */
import { resolve } from 'node:path';
import { BackupError, backupEmbeddedDatabase, defaultBackupFile, restoreEmbeddedDatabase } from './backup.ts';

const root = resolve(import.meta.dirname, '../../../..');
const dataDir = resolve(root, process.env.OMSORG_DATA_DIR ?? '.data');
/** pnpm runs scripts in the repository's root; a file named on the command line is relative to where it was typed. */
const here = process.env.INIT_CWD ?? process.cwd();
const [command, fileArgument] = process.argv.slice(2);

const EXTERNAL = `DATABASE_URL is set: Omsorg's database is that server's, not the embedded one, and this command backs up only the embedded one.
Use the server's own tools: pg_dump --format=custom --file=omsorg.dump "$DATABASE_URL" and pg_restore --clean --if-exists --dbname="$DATABASE_URL" omsorg.dump
(a pg_dump at least as new as the server), or, in Kubernetes, CloudNativePG's scheduled backups (see infra/k8s).`;

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

async function main(): Promise<void> {
  if (process.env.DATABASE_URL) throw new BackupError(EXTERNAL);
  const began = performance.now();
  const seconds = () => `${((performance.now() - began) / 1000).toFixed(1)} s`;
  if (command === 'backup') {
    const file = fileArgument ? resolve(here, fileArgument) : defaultBackupFile(dataDir);
    const backup = await backupEmbeddedDatabase({ dataDir, file });
    console.log(`Backed up ${backup.clusterDir} to\n  ${backup.file}\n  ${megabytes(backup.bytes)} in ${seconds()}. Keep a copy on another machine.`);
  } else if (command === 'restore' && fileArgument) {
    const restored = await restoreEmbeddedDatabase({ dataDir, file: resolve(here, fileArgument) });
    console.log(`Restored the backup of ${restored.manifest.createdAt} into ${restored.clusterDir} in ${seconds()}.`);
    if (restored.keptAside) console.log(`The database it replaced is kept in ${restored.keptAside}: delete that folder when you no longer need it.`);
    console.log('Start Omsorg again with pnpm start.');
  } else {
    throw new BackupError('Usage: pnpm db:backup [file]   or   pnpm db:restore <file>');
  }
}

try {
  await main();
} catch (error) {
  console.error(error instanceof BackupError ? error.message : error);
  process.exitCode = 1;
}
