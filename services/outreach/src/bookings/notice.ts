import type { EntityManager } from '@mikro-orm/postgresql';
import { enqueueJob } from '@omsorg/platform';
import { z } from 'zod';

/**
 * Every booking, move and cancellation puts a job here in the same transaction; the letters/mail
 * side owns the worker (a letter or a mail to the person, the .ics). Data: `{ bookingId, event }`,
 * and for a move the slot it left (`previousSlotId`), so the letter can say from when to when.
 */
export const BOOKING_NOTICE_QUEUE = 'outreach.booking-notice';

export const BOOKING_EVENTS = ['BOOKED', 'RESCHEDULED', 'CANCELLED'] as const;
export type BookingEvent = (typeof BOOKING_EVENTS)[number];

export const bookingNoticeData = z.object({
  bookingId: z.uuid(),
  event: z.enum(BOOKING_EVENTS),
  previousSlotId: z.uuid().optional(),
});
export type BookingNotice = z.infer<typeof bookingNoticeData>;

/** Enqueues the notice in `em`'s transaction; one job per booking, event and version (`updatedAt`). */
export async function enqueueBookingNotice(
  em: EntityManager,
  booking: { id: string; updatedAt: Date },
  event: BookingEvent,
  previousSlotId?: string,
): Promise<void> {
  const data: BookingNotice = { bookingId: booking.id, event, ...(previousSlotId ? { previousSlotId } : {}) };
  await enqueueJob(em, BOOKING_NOTICE_QUEUE, data, { singletonKey: `${booking.id}:${event}:${booking.updatedAt.toISOString()}` });
}
