import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid, type StaffActor } from '@omsorg/platform';
import type { CalendarWorker } from '../domain/access.ts';
import { OutreachStaffMember } from '../entities/staff-member.ts';

/** A worker's calendar as the policy sees it: their unit from the staff projection, null when unknown (or not a uuid). */
export async function calendarWorker(em: EntityManager, workerId: string): Promise<CalendarWorker | null> {
  if (!isUuid(workerId)) return null;
  const member = await em.findOne(OutreachStaffMember, { id: workerId }, { fields: ['unit', 'roles'] });
  return { workerId, workerUnit: member && member.roles.length > 0 ? member.unit : null };
}

/** The OUTREACH workers of the actor's unit, and the actor: whose calendars a unit view shows. */
export async function unitWorkerIds(em: EntityManager, actor: StaffActor): Promise<string[]> {
  const members = await em.find(OutreachStaffMember, { unit: actor.unit }, { fields: ['id', 'roles'] });
  const ids = members.filter((member) => member.roles.includes('OUTREACH')).map((member) => member.id);
  return [...new Set([actor.staffId, ...ids])];
}

/** Names of workers by id (the projection's work name; null when outreach has not heard of them). */
export async function workerNames(em: EntityManager, ids: readonly string[]): Promise<Map<string, OutreachStaffMember>> {
  if (ids.length === 0) return new Map();
  const members = await em.find(OutreachStaffMember, { id: [...new Set(ids)] });
  return new Map(members.map((member) => [member.id, member]));
}
