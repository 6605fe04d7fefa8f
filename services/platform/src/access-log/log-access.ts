import type { RequestContext } from '../graphql/context.ts';
import { AccessLogEntry } from './access-log-entry.ts';

/**
 * Records that a staff member read a person's data. Citizens reading their own data are not
 * logged. Written at once, outside the request's unit of work, so a failed mutation cannot
 * erase the trace of a read.
 */
export async function logAccess(
  context: RequestContext,
  entry: { personIds: string[]; resource: string; resourceId?: string },
): Promise<void> {
  if (context.actor.kind !== 'staff' || entry.personIds.length === 0) return;
  const staffId = context.actor.staffId;
  const rows = [...new Set(entry.personIds)].map((personId) => ({
    id: crypto.randomUUID(),
    at: new Date(),
    staffId,
    personId,
    resource: entry.resource,
    resourceId: entry.resourceId ?? null,
  }));
  await context.em.fork().insertMany(AccessLogEntry, rows);
}
