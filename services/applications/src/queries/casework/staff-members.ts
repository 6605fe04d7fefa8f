import type { RequestContext, StaffActor } from '@omsorg/platform';
import { isUuid, type StaffFacts } from '../../domain/access.ts';
import { applicationsDatabase } from '../../database.ts';
import { StaffMember } from '../../entities/staff-member.ts';

/*
 * Who may be given a case. The applications service cannot read identity's tables, and the
 * gateway's internal token describes only the requester. So the service keeps a projection of
 * staff members (id, unit, roles, updated), written from a member's own token whenever they
 * read or change cases here. Assigning a case to someone this projection does not know as a
 * caseworker or manager of the case's unit is refused with a typed error: a random id, a
 * citizen or an outreach worker is never stored as an assignee.
 *
 * Known limit: a member moved or removed in identity stays as last seen until they act here
 * again. When identity publishes staff changes as jobs/events (the job queue of issue 6), that
 * consumer should write this same table.
 */

/** Refresh a member's row at most this often while nothing about them changes. */
const REFRESH_MS = 5 * 60_000;

/** Per database (each test has its own): staff id -> what was last written and when. */
const written = new WeakMap<object, Map<string, { key: string; at: number }>>();

/** Records the acting staff member's unit and roles, cheaply: one upsert when they change or go stale. */
export async function recordStaffMember(context: RequestContext, actor: StaffActor): Promise<void> {
  let seen = written.get(context.em.config);
  if (!seen) written.set(context.em.config, (seen = new Map()));
  const roles = [...actor.roles].sort();
  const key = `${actor.unit}\u0000${roles.join(',')}`;
  const now = Date.now();
  const last = seen.get(actor.staffId);
  if (last && last.key === key && now - last.at < REFRESH_MS) return;
  await context.em.getConnection().execute(
    `insert into "${applicationsDatabase.schema}"."staff_member" ("id", "unit", "roles", "updated_at") values (?, ?, ?, ?)
     on conflict ("id") do update set "unit" = excluded."unit", "roles" = excluded."roles", "updated_at" = excluded."updated_at"`,
    [actor.staffId, actor.unit, JSON.stringify(roles), new Date(now)],
  );
  seen.set(actor.staffId, { key, at: now });
}

/** The staff member as last seen here, or null (also for an id that is not an id). */
export async function findStaffMember(context: RequestContext, id: string): Promise<StaffFacts | null> {
  if (!isUuid(id)) return null;
  const member = await context.em.fork().findOne(StaffMember, { id });
  return member ? { id: member.id, unit: member.unit, roles: member.roles } : null;
}
