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
 * Enqueues the notice in `em`'s transaction, once per change: the same booking, event and old
 * slot make no second job. Call it inside em.transactional, beside the booking's change.
 */
export async function enqueueBookingNotice(em: EntityManager, data: BookingNoticeData): Promise<void> {
  const notice = bookingNoticeData.parse(data);
  await enqueueJob(em, BOOKING_NOTICE_QUEUE, notice, { singletonKey: `${notice.bookingId}:${notice.event}:${notice.previousSlotId ?? ''}` });
}
