import type { RequestContext } from '@omsorg/platform';
import { isUuid, type StaffFacts } from '../../domain/access.ts';
import { StaffMember } from '../../entities/staff-member.ts';

/*
 * Who may be given a case. The applications service cannot read identity's tables, and the
 * gateway's internal token describes only the requester. So the service keeps a projection of
 * staff members (id, unit, roles, identity's version), which identity feeds through the job
 * queue whenever a member is created, changed or removed (jobs/staff-member-changed.ts). A
 * colleague who never opened the inbox can be given a case; one moved to another unit cannot,
 * as soon as the event is handled (seconds). Assigning a case to someone this projection does
 * not know as a caseworker or manager of the case's unit is refused with a typed error: a
 * random id, a citizen or an outreach worker is never stored as an assignee.
 */

/** The staff member as identity last told us, or null (also for an id that is not an id). */
export async function findStaffMember(context: RequestContext, id: string): Promise<StaffFacts | null> {
  if (!isUuid(id)) return null;
  const member = await context.em.fork().findOne(StaffMember, { id });
  return member ? { id: member.id, unit: member.unit, roles: member.roles } : null;
}
