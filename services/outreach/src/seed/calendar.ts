import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { execute } from '@omsorg/platform';
import { STAFF_MEMBER_CHANGED_QUEUE } from '@omsorg/rules/outreach';
import { AvailabilityTemplate } from '../entities/availability.ts';
import { OutreachStaffMember } from '../entities/staff-member.ts';
import { handleStaffMemberChanged } from '../jobs/staff-member-changed.ts';
import { materialiseSlots } from '../jobs/materialise-slots.ts';

/** Omar Haddad's (uppsok1) weekly availability for development. The addresses are invented. */
export const OMAR_TEMPLATES = [
  { weekday: 1, startTime: '08:30', endTime: '10:00', slotMinutes: 30, kind: 'PHONE', placeName: null, placeAddress: null },
  { weekday: 1, startTime: '10:00', endTime: '12:00', slotMinutes: 60, kind: 'HOME', placeName: null, placeAddress: null },
  { weekday: 2, startTime: '09:00', endTime: '12:00', slotMinutes: 45, kind: 'MEETING_PLACE', placeName: 'Träffpunkt Hägersten', placeAddress: 'Hägerstensvägen 120, 126 49 Hägersten' },
  { weekday: 3, startTime: '13:00', endTime: '16:00', slotMinutes: 45, kind: 'HEALTH_CENTRE', placeName: 'Vårdcentral Fruängen', placeAddress: 'Fruängsgången 4, 129 52 Hägersten' },
  { weekday: 4, startTime: '09:00', endTime: '12:00', slotMinutes: 45, kind: 'MEETING_PLACE', placeName: 'Träffpunkt Hägersten', placeAddress: 'Hägerstensvägen 120, 126 49 Hägersten' },
] as const;

/**
 * Takes in what identity has already queued for outreach's staff projection (identity is seeded
 * first, on the same database), so the seed knows the workers before outreach's worker runs. The
 * jobs stay queued; handling them again later changes nothing (the handler is idempotent).
 */
async function takeInQueuedStaff(em: EntityManager): Promise<void> {
  const [{ exists } = { exists: null }] = await execute<Array<{ exists: string | null }>>(em, `select to_regclass('pgboss.job')::text as exists`);
  if (!exists) return;
  const jobs = await execute<Array<{ data: unknown }>>(em, `select data from pgboss.job where name = ? and state in ('created', 'retry', 'active', 'completed')`, [STAFF_MEMBER_CHANGED_QUEUE]);
  for (const job of jobs) await handleStaffMemberChanged(em, job.data);
}

/** Omar's templates and their slots for the next 8 weeks, unless he has templates. Idempotent; nothing when outreach does not know Omar. */
export async function seedCalendar(orm: MikroORM): Promise<void> {
  const em = orm.em.fork();
  await takeInQueuedStaff(em);
  const omar = await em.findOne(OutreachStaffMember, { name: 'Omar Haddad' });
  if (!omar) return;
  if ((await em.count(AvailabilityTemplate, { workerId: omar.id })) === 0) {
    for (const template of OMAR_TEMPLATES) em.create(AvailabilityTemplate, { ...template, workerId: omar.id, validFrom: '2026-01-01', validTo: null });
    await em.flush();
  }
  await materialiseSlots(orm.em.fork(), { workerId: omar.id });
}
