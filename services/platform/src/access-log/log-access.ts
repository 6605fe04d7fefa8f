import { beforeAnswer, type RequestContext } from '../graphql/context.ts';
import { AccessLogEntry } from './access-log-entry.ts';
import { execute } from '../database/execute.ts';

export type AccessRead = { personId: string; resource: string; resourceId?: string | null };

/**
 * Records that a staff member read persons' data, one row per read, in one insert. Citizens
 * reading their own data are not logged. Written on a connection of its own, outside the
 * request's unit of work, so a failed mutation cannot erase the trace of a read; committed
 * before the answer leaves (`beforeAnswer`). Plain SQL: the rows are never read back in the
 * request, and an entity per row cost a page of 50 more than its statement did (docs/STACK.md).
 */
export async function logAccess(context: RequestContext, reads: AccessRead[]): Promise<void> {
  if (context.actor.kind !== 'staff' || reads.length === 0) return;
  const staffId = context.actor.staffId;
  const meta = context.em.getMetadata().get(AccessLogEntry);
  const table = `"${meta.schema ?? context.em.config.get('schema')}"."${meta.tableName}"`;
  const params = reads.flatMap((read) => [crypto.randomUUID(), staffId, read.personId, read.resource, read.resourceId ?? null]);
  const values = reads.map(() => '(?, now(), ?, ?, ?, ?)').join(', ');
  // A fork never carries a transaction: the row is written even when the request's transaction rolls back.
  const insert = execute(context.em.fork(), `insert into ${table} (id, at, staff_id, person_id, resource, resource_id) values ${values}`, params, 'run');
  await beforeAnswer(context, insert);
}
