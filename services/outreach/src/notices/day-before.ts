import type { EntityManager } from '@mikro-orm/postgresql';
import { clockInStockholm, instantInStockholm } from '@omsorg/rules';
import type { JobDefinition } from '@omsorg/platform';
import { Booking } from '../entities/booking.ts';
import { BookingNotice } from '../entities/booking-notice.ts';
import { Resident } from '../entities/resident.ts';
import type { Slot } from '../entities/slot.ts';
import { DEFAULT_OUTREACH_SENDER } from '../letters/sender.ts';
import { enqueueOutreachMail } from '../mail/mail-queue.ts';
import { dayBeforeReminderMail } from '../mail/outreach-mails.ts';
import { bookingFactsOf, mailAddressing } from './booking-facts.ts';

export const DAY_BEFORE_QUEUE = 'outreach.day-before-reminders';

/** The day after a Stockholm day "YYYY-MM-DD". */
export function nextDay(day: string): string {
  const next = new Date(`${day}T12:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/** The instants a Stockholm day runs between: [its midnight, the next midnight), 23 to 25 hours. */
export function stockholmDayRange(day: string): { from: Date; to: Date } {
  return { from: instantInStockholm(day, '00:00'), to: instantInStockholm(nextDay(day), '00:00') };
}

/** The active bookings whose conversation starts on a Stockholm day, earliest first. */
export async function activeBookingsOn(em: EntityManager, day: string): Promise<Booking[]> {
  const { from, to } = stockholmDayRange(day);
  return em.find(
    Booking,
    { status: 'ACTIVE', slot: { startsAt: { $gte: from, $lt: to } } },
    { populate: ['slot', 'campaign'], orderBy: { slot: { startsAt: 'asc' }, id: 'asc' } },
  );
}

/**
 * Mails the reminder to everyone with an e-mail whose conversation is tomorrow (Stockholm), once
 * per booking and day: the notice row and the queued mail commit together, so running every hour
 * (or twice at once) sends each reminder once. Those without e-mail are phoned by staff
 * (outreachRemindersToCall). Returns how many reminders were queued now.
 */
export async function sendDayBeforeReminders(em: EntityManager, now: Date = new Date()): Promise<number> {
  const tomorrow = nextDay(clockInStockholm(now).day);
  const bookings = await activeBookingsOn(em.fork(), tomorrow);
  let queued = 0;
  for (const found of bookings) {
    const sent = await em.fork().transactional(async (tx) => {
      if (await tx.findOne(BookingNotice, { bookingId: found.id, event: 'DAY_BEFORE', version: tomorrow })) return false;
      const resident = await tx.findOne(Resident, { id: found.personId });
      if (!resident?.email) return false;
      const notice = tx.create(BookingNotice, { bookingId: found.id, event: 'DAY_BEFORE', version: tomorrow, channel: 'MAIL' });
      const facts = bookingFactsOf(found, found.slot as unknown as Slot, resident);
      const mail = dayBeforeReminderMail(mailAddressing({ ...resident, email: resident.email }, DEFAULT_OUTREACH_SENDER), facts);
      await tx.flush();
      await enqueueOutreachMail(tx, mail, { purpose: 'booking-day-before', bookingId: found.id, event: `booking-notice:${notice.id}` });
      return true;
    });
    if (sent) queued++;
  }
  return queued;
}

/** Every morning at 08:00 Stockholm time; safe to run more often (each reminder is recorded). */
export const dayBeforeRemindersJob: JobDefinition = {
  queue: DAY_BEFORE_QUEUE,
  schedule: '0 8 * * *',
  retry: { limit: 3, delaySeconds: 300, backoff: true },
  handler: async (_data, { em, log }) => {
    const queued = await sendDayBeforeReminders(em);
    log.info({ queued }, 'day-before reminders');
  },
};
