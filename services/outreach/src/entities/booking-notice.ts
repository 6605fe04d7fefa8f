import { defineEntity, p } from '@mikro-orm/core';

/** What a person is told about a booking: booked, moved, cancelled, or reminded the day before. */
export const NOTICE_EVENTS = ['BOOKED', 'RESCHEDULED', 'CANCELLED', 'DAY_BEFORE'] as const;
export type NoticeEvent = (typeof NOTICE_EVENTS)[number];

/** MAIL queued on outreach.mail, LETTER an outgoing_letter to post, CALL a phone call by staff (the day before, no e-mail), NONE nothing (stale). */
export const NOTICE_CHANNELS = ['MAIL', 'LETTER', 'CALL', 'NONE'] as const;

/**
 * A notice given about a booking, written in the transaction that queues its mail or stores its
 * letter: the unique (booking, event, version) is what makes a retried job send nothing twice.
 * `version` tells apart two notices of one kind (two reschedules: "<old slot>><new slot>"; the
 * reminder: the day); empty when there is one per booking.
 */
export const BookingNoticeSchema = defineEntity({
  name: 'BookingNotice',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    bookingId: p.uuid().index(),
    event: p.enum(NOTICE_EVENTS),
    version: p.string().length(100).default(''),
    channel: p.enum(NOTICE_CHANNELS),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ name: 'booking_notice_once', properties: ['bookingId', 'event', 'version'] }],
});

export class BookingNotice extends BookingNoticeSchema.class {}
BookingNoticeSchema.setClass(BookingNotice);
