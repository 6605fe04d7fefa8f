import type { EntityManager } from '@mikro-orm/postgresql';
import { enqueueJob } from '@omsorg/platform';
import { z } from 'zod';

/**
 * The booking functions (bookings/*) enqueue this in the booking's own transaction: the person is
 * told, by mail with a calendar file or by a letter to post, exactly when the change is committed.
 * The job (booking-notice-job.ts) reads the booking as it is then.
 */
export const BOOKING_NOTICE_QUEUE = 'outreach.booking-notice';

export const BOOKING_NOTICE_EVENTS = ['BOOKED', 'RESCHEDULED', 'CANCELLED'] as const;
export type BookingNoticeEvent = (typeof BOOKING_NOTICE_EVENTS)[number];

export const bookingNoticeData = z.object({
  bookingId: z.uuid(),
  event: z.enum(BOOKING_NOTICE_EVENTS),
  /** The slot the booking had before, for RESCHEDULED: the mail and letter say the old time is void. */
  previousSlotId: z.uuid().optional(),
});
export type BookingNoticeData = z.infer<typeof bookingNoticeData>;

/**
 * Enqueues the notice in `em`'s transaction; call it inside em.transactional, beside the booking's
 * change. A booking is booked and cancelled once, so those jobs are made once per booking; a
 * booking can move many times (even back to a slot it had), so each move is its own job, and the
 * worker's notice row (booking, event, "<old slot>><new slot>") keeps a retried one from sending twice.
 */
export async function enqueueBookingNotice(em: EntityManager, data: BookingNoticeData): Promise<void> {
  const notice = bookingNoticeData.parse(data);
  await enqueueJob(em, BOOKING_NOTICE_QUEUE, notice, notice.event === 'RESCHEDULED' ? {} : { singletonKey: `${notice.bookingId}:${notice.event}` });
}
