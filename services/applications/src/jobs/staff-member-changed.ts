import type { EntityManager } from '@mikro-orm/postgresql';
import { execute, type JobDefinition } from '@omsorg/platform';
import { z } from 'zod';
import { applicationsDatabase } from '../database.ts';

/** The queue identity writes to whenever a staff member is created, changed or removed. */
export const STAFF_MEMBER_CHANGED_QUEUE = 'applications.staff-member-changed';

/** What identity sends: the member's unit and roles as of `version` (identity's `updatedAt`). */
export const staffMemberChangedData = z.object({
  id: z.uuid(),
  unit: z.string().min(1).max(200),
  roles: z.array(z.string().min(1).max(50)).max(20),
  name: z.string().min(1).max(201).optional(),
  title: z.string().max(100).optional(),
  phone: z.string().max(20).nullable().optional(),
  removed: z.boolean().optional(),
  version: z.iso.datetime({ offset: true }),
});
export type StaffMemberChanged = z.infer<typeof staffMemberChangedData>;

/**
 * Writes identity's view of a staff member into the staff projection (entities/staff-member.ts).
 * Idempotent, and ordered by identity's version: an event older than the row is ignored, so a
 * late retry never undoes a move. A removed member keeps a row without roles (a tombstone), so an
 * older event cannot bring them back. Malformed data throws (retried, then given up).
 */
export async function handleStaffMemberChanged(em: EntityManager, data: unknown): Promise<void> {
  const change = staffMemberChangedData.parse(data);
  const roles = change.removed ? [] : [...new Set(change.roles)].sort();
  const table = `"${applicationsDatabase.schema}"."staff_member"`;
  await execute(
    em,
    `insert into ${table} ("id", "unit", "roles", "name", "title", "phone", "updated_at") values (?, ?, ?, ?, ?, ?, ?)
     on conflict ("id") do update set "unit" = excluded."unit", "roles" = excluded."roles",
       "name" = coalesce(excluded."name", ${table}."name"), "title" = coalesce(excluded."title", ${table}."title"),
       "phone" = case when excluded."name" is null then ${table}."phone" else excluded."phone" end, "updated_at" = excluded."updated_at"
     where ${table}."updated_at" <= excluded."updated_at"`,
    [change.id, change.unit, JSON.stringify(roles), change.name ?? null, change.title ?? null, change.phone ?? null, new Date(change.version)],
  );
}

/** Applications' worker for the queue; the data holds an id, a unit, roles and the member's work name, title and phone. */
export const staffMemberChangedJob: JobDefinition = {
  queue: STAFF_MEMBER_CHANGED_QUEUE,
  handler: (data, { em }) => handleStaffMemberChanged(em, data),
  retry: { limit: 10, delaySeconds: 5, backoff: true, maxDelaySeconds: 600 },
  // The key is id and version; a day is plenty to drop a repeated event.
  keepFinishedSeconds: 24 * 3600,
};
