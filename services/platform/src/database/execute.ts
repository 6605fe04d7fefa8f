import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The one way to run a plain SQL statement: on the entity manager's transaction when it has one,
 * otherwise on a pooled connection. `em.getConnection().execute(sql)` without the transaction
 * takes a second connection beside the one the transaction holds, does not see its uncommitted
 * rows, and, when every pooled connection is held by such a transaction, waits forever (the
 * hang the replica proof found in submitApplication).
 *
 * `method`: 'all' gives the rows, 'get' the first row, 'run' the affected count.
 */
export function execute<T extends object = Array<Record<string, unknown>>>(
  em: EntityManager,
  sql: string,
  params: readonly unknown[] = [],
  method: 'all' | 'get' | 'run' = 'all',
): Promise<T> {
  return em.getConnection().execute<T>(sql, params, method, em.getTransactionContext());
}
