import type { EntityManager } from '@mikro-orm/postgresql';
import { execute } from './execute.ts';

/**
 * Writes rows of a projection (another service's facts, kept by events) in one statement: a row
 * whose `key` is already there is replaced only when the incoming one is as new or newer by
 * `versionColumn`, so a late retry of an older event never undoes a newer one. `columns` name the
 * values of each row in order; the first is the key.
 */
export async function upsertNewer(em: EntityManager, table: string, columns: readonly [string, ...string[]], versionColumn: string, rows: ReadonlyArray<readonly unknown[]>): Promise<void> {
  if (rows.length === 0) return;
  const [key, ...rest] = columns;
  const row = `(${columns.map(() => '?').join(', ')})`;
  await execute(
    em,
    `insert into ${table} (${columns.map((column) => `"${column}"`).join(', ')}) values ${rows.map(() => row).join(', ')}
     on conflict ("${key}") do update set ${rest.map((column) => `"${column}" = excluded."${column}"`).join(', ')}
     where ${table}."${versionColumn}" <= excluded."${versionColumn}"`,
    rows.flat(),
    'run',
  );
}
