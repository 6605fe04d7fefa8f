import type { EntityManager } from '@mikro-orm/postgresql';
import { type JobDefinition, upsertNewer } from '@omsorg/platform';
import { STAFF_MEMBER_CHANGED_QUEUE, staffMemberChangedData } from '@omsorg/rules/outreach';
import { outreachDatabase } from '../database.ts';

/**
 * Writes identity's view of a staff member into outreach's staff projection
 * (entities/staff-member.ts). Idempotent and ordered by identity's version: an event older than
 * the row is ignored, so a late retry never undoes a move. A removed member keeps a row without
 * roles (a tombstone), so an older event cannot bring them back. Malformed data throws.
 */
export async function handleStaffMemberChanged(em: EntityManager, data: unknown): Promise<void> {
  const change = staffMemberChangedData.parse(data);
  const roles = change.removed ? [] : [...new Set(change.roles)].sort();
  await upsertNewer(em, `"${outreachDatabase.schema}"."staff_member"`, ['id', 'unit', 'roles', 'name', 'title', 'phone', 'updated_at'], 'updated_at', [
    [change.id, change.unit, JSON.stringify(roles), change.name, change.title ?? null, change.phone ?? null, new Date(change.version)],
  ]);
}

/** Outreach's worker for identity's staff events. */
export const staffMemberChangedJob: JobDefinition = {
  queue: STAFF_MEMBER_CHANGED_QUEUE,
  handler: (data, { em }) => handleStaffMemberChanged(em, data),
  retry: { limit: 10, delaySeconds: 5, backoff: true, maxDelaySeconds: 600 },
  keepFinishedSeconds: 24 * 3600,
};
