import type { EntityManager } from '@mikro-orm/postgresql';
import { dayInStockholm } from '@omsorg/letters';
import type { JobDefinition } from '@omsorg/platform';
import { bookingCalendarEvent, calendarFile } from '../domain/ics.ts';
import { Booking } from '../entities/booking.ts';
import { BookingNotice } from '../entities/booking-notice.ts';
import { OutgoingLetter, type OutgoingLetterKind } from '../entities/outgoing-letter.ts';
import { Resident } from '../entities/resident.ts';
import { Slot } from '../entities/slot.ts';
import { renderBookingLetter } from '../letters/booking-letter.ts';
import { DEFAULT_OUTREACH_SENDER, invitationWebAddress } from '../letters/sender.ts';
import type { BookingChange } from '../letters/words.ts';
import { enqueueOutreachMail } from '../mail/mail-queue.ts';
import { bookingMail } from '../mail/outreach-mails.ts';
import { letterStore } from '../letters-to-post/store.ts';
import { BOOKING_NOTICE_QUEUE, bookingNoticeData, type BookingNoticeData, type BookingNoticeEvent } from './booking-notice.ts';
import { bookingFactsOf, FALLBACK_LETTER_UNIT, mailAddressing, recipientOf } from './booking-facts.ts';

const CHANGES: Record<BookingNoticeEvent, BookingChange> = { BOOKED: 'CONFIRMED', RESCHEDULED: 'RESCHEDULED', CANCELLED: 'CANCELLED' };
const LETTER_KINDS: Record<BookingNoticeEvent, OutgoingLetterKind> = {
  BOOKED: 'BOOKING_CONFIRMED',
  RESCHEDULED: 'BOOKING_RESCHEDULED',
  CANCELLED: 'BOOKING_CANCELLED',
};

export type NoticeOutcome = 'MAIL' | 'LETTER' | 'NONE' | 'ALREADY_SENT' | 'NO_BOOKING';

/**
 * Tells the person about a booked, moved or cancelled conversation: a mail with the calendar
 * file when identity knows their e-mail, otherwise a letter to post. The notice row, the queued
 * mail or the stored letter commit together, and the notice is unique per booking, event and
 * version: a retried job, or the same change enqueued twice, gives one mail or letter.
 */
export async function sendBookingNotice(em: EntityManager, data: BookingNoticeData, now: Date = new Date()): Promise<NoticeOutcome> {
  return em.transactional(async (tx) => {
    const booking = await tx.findOne(Booking, { id: data.bookingId }, { populate: ['slot', 'campaign'] });
    if (!booking) return 'NO_BOOKING';
    const slot = booking.slot as unknown as Slot;
    const version = data.event === 'RESCHEDULED' ? `${data.previousSlotId ?? ''}>${slot.id}` : '';
    if (await tx.findOne(BookingNotice, { bookingId: booking.id, event: data.event, version })) return 'ALREADY_SENT';
    // Versions of the calendar event sent before this one: each change of a booking counts one up.
    const sequence = await tx.count(BookingNotice, { bookingId: booking.id, event: { $in: ['BOOKED', 'RESCHEDULED', 'CANCELLED'] }, channel: { $ne: 'NONE' } });
    const resident = await tx.findOne(Resident, { id: booking.personId });
    // A confirmation or move that a cancellation has overtaken says nothing: the cancellation tells.
    const stale = data.event !== 'CANCELLED' && booking.status === 'CANCELLED';
    const channel = !resident || stale ? 'NONE' : resident.email ? 'MAIL' : 'LETTER';
    const notice = tx.create(BookingNotice, { bookingId: booking.id, event: data.event, version, channel });
    if (channel === 'NONE' || !resident) {
      await tx.flush();
      return 'NONE';
    }
    const previous = data.event === 'RESCHEDULED' && data.previousSlotId ? await tx.findOne(Slot, { id: data.previousSlotId }) : null;
    const facts = bookingFactsOf(booking, slot, resident);
    const change = CHANGES[data.event];
    const sender = DEFAULT_OUTREACH_SENDER;
    const web = invitationWebAddress();
    if (channel === 'MAIL' && resident.email) {
      const cancelled = data.event === 'CANCELLED';
      const event = bookingCalendarEvent({
        bookingId: booking.id,
        booking: facts,
        end: slot.endsAt,
        language: resident.preferredLanguage,
        contact: { web, phone: sender.phone },
        cancelled,
        sequence,
      });
      const mail = bookingMail(mailAddressing({ ...resident, email: resident.email }, sender), { change, booking: facts, previousAt: previous?.startsAt ?? null });
      mail.attachments = [{ filename: 'halsosamtal.ics', contentType: `text/calendar; charset=utf-8; method=${cancelled ? 'CANCEL' : 'PUBLISH'}`, content: calendarFile(event, now) }];
      await tx.flush();
      await enqueueOutreachMail(tx, mail, { purpose: `booking-${data.event.toLowerCase()}`, bookingId: booking.id, event: `booking-notice:${notice.id}` });
      return 'MAIL';
    }
    const pdf = await renderBookingLetter({
      language: resident.preferredLanguage,
      recipient: recipientOf(resident),
      date: dayInStockholm(now),
      sender,
      web,
      change,
      booking: facts,
      previousAt: previous?.startsAt ?? null,
    });
    const store = await letterStore();
    const letter = tx.create(OutgoingLetter, {
      personId: resident.id,
      bookingId: booking.id,
      kind: LETTER_KINDS[data.event],
      unit: booking.campaign?.unit ?? FALLBACK_LETTER_UNIT,
      storage: store.kind,
      sizeBytes: pdf.length,
    });
    await store.put(tx, letter.id, pdf, 'application/pdf');
    await tx.flush();
    return 'LETTER';
  });
}

/** The worker of `outreach.booking-notice`; data the schema refuses fails the job (never silently dropped). */
export const bookingNoticeJob: JobDefinition<BookingNoticeData> = {
  queue: BOOKING_NOTICE_QUEUE,
  retry: { limit: 10, delaySeconds: 30, backoff: true, maxDelaySeconds: 3600 },
  handler: async (data, { em, log }) => {
    const outcome = await sendBookingNotice(em, bookingNoticeData.parse(data));
    log.info({ bookingId: data.bookingId, event: data.event, outcome }, 'booking notice');
  },
};
