import { OUTREACH_READS } from '../domain/outreach-reads.ts';
import type { EntityManager } from '@mikro-orm/postgresql';
import { logAccess, type RequestContext } from '@omsorg/platform';
import { instantInStockholm } from '@omsorg/rules';
import { addDaysTo } from '@omsorg/rules/swedish-calendar';
import { Booking } from '../entities/booking.ts';
import { Resident } from '../entities/resident.ts';
import { Slot } from '../entities/slot.ts';
import type { OutreachStaffMember } from '../entities/staff-member.ts';
import { workerNames } from './workers.ts';

/** A slot as the day and week views show it: its booking (not a cancelled one), the person's name, the worker. */
export type CalendarSlotView = {
  slot: Slot;
  booking: Booking | null;
  person: Resident | null;
  worker: OutreachStaffMember | null;
};

/** Which of a slot's bookings the calendar shows: the one holding it, else the last "did not come". */
function shownBooking(bookings: Booking[]): Booking | null {
  return bookings.find((booking) => booking.status === 'ACTIVE' || booking.status === 'HELD') ?? bookings.find((booking) => booking.status === 'NO_SHOW') ?? null;
}

/** Reads the booked persons and the workers of some slots' bookings, and logs the reads for the persons to see. */
async function withPeople(context: RequestContext, shown: Array<{ slot: Slot; booking: Booking | null }>): Promise<CalendarSlotView[]> {
  const personIds = shown.flatMap(({ booking }) => (booking ? [booking.personId] : []));
  const [people, workers] = await Promise.all([
    personIds.length ? context.em.find(Resident, { id: [...new Set(personIds)] }) : Promise.resolve([] as Resident[]),
    workerNames(context.em, shown.map(({ slot }) => slot.workerId)),
  ]);
  const personById = new Map(people.map((person) => [person.id, person]));
  await logAccess(
    context,
    shown.flatMap(({ booking }) => (booking ? [{ personId: booking.personId, resource: OUTREACH_READS.BOOKING, resourceId: booking.id }] : [])),
  );
  return shown.map(({ slot, booking }) => ({ slot, booking, person: booking ? (personById.get(booking.personId) ?? null) : null, worker: workers.get(slot.workerId) ?? null }));
}

/**
 * One booking with its slot, as the calendar shows it (the conversation page's heading: whom,
 * when, where), once `mayRead` allows the slot's worker; null when there is no such booking or
 * the actor may not see it. The read is logged.
 */
export async function calendarBooking(context: RequestContext, bookingId: string, mayRead: (workerId: string) => Promise<boolean>): Promise<CalendarSlotView | null> {
  const booking = await context.em.findOne(Booking, { id: bookingId }, { populate: ['slot'] });
  if (!booking || !(await mayRead(booking.slot.workerId))) return null;
  const [view] = await withPeople(context, [{ slot: booking.slot, booking }]);
  return view ?? null;
}

/**
 * The workers' slots from `fromDay` for `days` Stockholm days, by time, with their bookings and
 * the booked persons' names; one page. Withdrawn slots are left out (no booking holds one: the
 * slots job withdraws only slots whose bookings were all cancelled, and none can be booked after).
 * Reading the booked persons is logged (resource 'booking').
 */
export async function calendarSlots(
  context: RequestContext,
  workerIds: readonly string[],
  fromDay: string,
  days: number,
  page: { offset: number; limit: number },
): Promise<{ nodes: CalendarSlotView[]; totalCount: number }> {
  const em: EntityManager = context.em;
  const where = {
    workerId: [...workerIds],
    startsAt: { $gte: instantInStockholm(fromDay, '00:00'), $lt: instantInStockholm(addDaysTo(fromDay, days), '00:00') },
    withdrawnAt: null,
  };
  const [pageSlots, totalCount] = await em.findAndCount(Slot, where, { orderBy: { startsAt: 'asc', workerId: 'asc', id: 'asc' }, limit: page.limit, offset: page.offset });
  const bookings = pageSlots.length
    ? await em.find(Booking, { slot: pageSlots.map((slot) => slot.id), status: { $ne: 'CANCELLED' } }, { orderBy: { updatedAt: 'desc' } })
    : [];
  const bySlot = new Map<string, Booking[]>();
  for (const booking of bookings) bySlot.set(booking.slot.id, [...(bySlot.get(booking.slot.id) ?? []), booking]);
  const shown = pageSlots.map((slot) => ({ slot, booking: shownBooking(bySlot.get(slot.id) ?? []) }));
  return { nodes: await withPeople(context, shown), totalCount };
}
