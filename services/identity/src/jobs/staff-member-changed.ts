import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { enqueueJob, withJobQueue, type Logger } from '@omsorg/platform';
import { STAFF_MEMBER_CHANGED_QUEUE as OUTREACH_STAFF_MEMBER_CHANGED_QUEUE } from '@omsorg/rules/outreach';
import { StaffMember } from '../entities/staff-member.ts';

/** Applications' queue (services/applications/src/jobs/staff-member-changed.ts): its staff projection. */
export const STAFF_MEMBER_CHANGED_QUEUE = 'applications.staff-member-changed';

type StaffFacts = Pick<StaffMember, 'id' | 'unit' | 'roles' | 'updatedAt' | 'givenName' | 'familyName' | 'title'> & { phone?: string | null };

/**
 * Tells applications and outreach, in the caller's transaction, a staff member's unit, roles, name, title and phone as of their
 * `updatedAt` (flush the change first, so `updatedAt` is the new one). Call it wherever a member
 * is created, changed or removed (`removed`), inside `em.transactional`. The same member and
 * version make one job, however often it is sent.
 */
export async function enqueueStaffMemberChanged(em: EntityManager, member: StaffFacts, removed = false): Promise<void> {
  const version = member.updatedAt.toISOString();
  const facts = {
    id: member.id,
    unit: member.unit,
    roles: [...member.roles],
    // Name, title and direct phone are printed in letters (caseworker, who decided) and shown in outreach's calendars.
    name: `${member.givenName} ${member.familyName}`,
    title: member.title,
    phone: member.phone ?? null,
    version,
    ...(removed ? { removed: true } : {}),
  };
  const singletonKey = `${member.id}:${version}${removed ? ':removed' : ''}`;
  // The same facts to each service that keeps a staff projection: applications and outreach.
  for (const queue of [STAFF_MEMBER_CHANGED_QUEUE, OUTREACH_STAFF_MEMBER_CHANGED_QUEUE]) await enqueueJob(em, queue, facts, { singletonKey });
}

/**
 * Sends every staff member's current unit and roles to applications, so a database that had
 * staff before the projection was fed (or whose rows were changed by hand) gets it. Idempotent
 * (one job per member and version; applications ignores what it already has): run at every seed.
 */
export async function publishStaffMembers(orm: MikroORM, log: Logger): Promise<number> {
  const staff = await orm.em.fork().find(StaffMember, {}, { fields: ['id', 'unit', 'roles', 'updatedAt', 'givenName', 'familyName', 'title', 'phone'] });
  if (staff.length === 0) return 0;
  await withJobQueue('identity-staff-backfill', orm, log, () =>
    orm.em.fork().transactional(async (em) => {
      for (const member of staff) await enqueueStaffMemberChanged(em, member);
    }),
  );
  return staff.length;
}
