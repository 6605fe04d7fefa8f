import { beforeAnswer, type RequestContext } from '../graphql/context.ts';
import { AccessLogEntry } from './access-log-entry.ts';

export type AccessRead = { personId: string; resource: string; resourceId?: string | null };

/**
 * Records that a staff member read persons' data, one row per read, in one insert. Citizens
 * reading their own data are not logged. Written outside the request's unit of work, so a failed
 * mutation cannot erase the trace of a read; committed before the answer leaves (`beforeAnswer`).
 */
export async function logAccess(context: RequestContext, reads: AccessRead[]): Promise<void> {
  if (context.actor.kind !== 'staff' || reads.length === 0) return;
  const staffId = context.actor.staffId;
  const at = new Date();
  const rows = reads.map((read) => ({
    id: crypto.randomUUID(),
    at,
    staffId,
    personId: read.personId,
    resource: read.resource,
    resourceId: read.resourceId ?? null,
  }));
  await beforeAnswer(context, context.em.fork().insertMany(AccessLogEntry, rows));
}
