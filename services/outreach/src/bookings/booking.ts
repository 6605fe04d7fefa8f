import { isUuid } from '@omsorg/platform';
import { ForeignKeyConstraintViolationException, LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CANCEL_REASON_MAX_LENGTH, COMPANION_MAX_LENGTH } from '@omsorg/rules/outreach';
import { changeRefusal, noShowRefusal, slotRefusal } from '../domain/booking.ts';
import type { MeetingKind } from '../domain/places.ts';
import { Booking } from '../entities/booking.ts';
import { Campaign } from '../entities/campaign.ts';
import { Slot } from '../entities/slot.ts';
import { nearestFreeSlots } from './free-slots.ts';
import { enqueueBookingNotice } from '../notices/booking-notice.ts';
import { Booked, BookingRefused, SlotTaken, type BookingOutcome } from './results.ts';

/*
 * The booking core, shared by the staff side (schema/calendar-*.ts) and the citizen side (the
 * invitation flow). Callers decide who may do what (domain/access.ts); these functions decide
 * only what the booking rules and the database allow. Each writes in one transaction of its own
 * (forked from `em`) and enqueues `outreach.booking-notice` in it (bookings/notice.ts).
 *
 *   bookSlot(em, input: BookSlotInput, now?) → Booked | SlotTaken | BookingRefused
 *   rescheduleBooking(em, bookingId, newSlotId, now?) → Booked | SlotTaken | BookingRefused
 *       (the same booking row moves to the new slot; its id stays, the unique index still holds)
 *   cancelBooking(em, bookingId, by: { reason?: string | null }, now?) → Booked | BookingRefused
 *   markNoShow(em, bookingId, now?) → Booked | BookingRefused (no notice)
 *   freeSlots(em, { kind?, excludeKinds?, from, to, unit?, workerIds? }, { offset, limit }) → Page<Slot>
 *   freeDays(em, same query) → [{ day: 'YYYY-MM-DD', freeSlots }]
 *
 * A lost race is never an error: the partial unique index booking_one_per_slot refuses the second
 * holder, and the loser gets SlotTaken with the five nearest free slots of the same kind.
 */

export type BookSlotInput = {
  slotId: string;
  /** The resident (identity's Person id). */
  personId: string;
  kind: MeetingKind;
  campaignId?: string | null;
  invitationId?: string | null;
  /** BCP 47 language of an interpreter wished ("fi", "ar"); null when none. */
  interpreterLanguage?: string | null;
  /** Who else comes, in the person's words; at most 200 characters. */
  companion?: string | null;
  /** The staff member booking for someone who phoned. */
  bookedByStaffId?: string | null;
};

const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,4})?$/;

function isUniqueViolation(error: unknown, constraint: string): boolean {
  return error instanceof UniqueConstraintViolationException && (error as { constraint?: string }).constraint === constraint;
}

function isSlotReference(error: unknown): boolean {
  return (error as { constraint?: string }).constraint === 'booking_slot_id_foreign';
}

function validInput(input: BookSlotInput): boolean {
  if (!isUuid(input.slotId) || !isUuid(input.personId)) return false;
  if (input.campaignId && !isUuid(input.campaignId)) return false;
  if (input.invitationId && !isUuid(input.invitationId)) return false;
  if (input.interpreterLanguage && (input.interpreterLanguage.length > 8 || !LANGUAGE.test(input.interpreterLanguage))) return false;
  return (input.companion ?? '').trim().length <= COMPANION_MAX_LENGTH;
}

async function activeBookingInCampaign(em: EntityManager, personId: string, campaignId: string): Promise<Booking | null> {
  return em.findOne(Booking, { personId, campaign: campaignId, status: 'ACTIVE' });
}

/** Books a free slot for a person. See the file's header. */
export async function bookSlot(em: EntityManager, input: BookSlotInput, now = new Date()): Promise<BookingOutcome> {
  if (!validInput(input)) return new BookingRefused('INVALID_INPUT');
  const slot = await em.fork().findOne(Slot, { id: input.slotId });
  const refusal = slotRefusal(slot, input.kind, now);
  if (refusal || !slot) return new BookingRefused(refusal ?? 'SLOT_NOT_FOUND');
  try {
    const booking = await em.fork().transactional(async (tx) => {
      if (input.campaignId) {
        const existing = await activeBookingInCampaign(tx, input.personId, input.campaignId);
        if (existing) return new BookingRefused('ALREADY_BOOKED', existing.id);
      }
      const created = tx.create(Booking, {
        slot: tx.getReference(Slot, slot.id),
        personId: input.personId,
        campaign: input.campaignId ? tx.getReference(Campaign, input.campaignId) : null,
        invitationId: input.invitationId ?? null,
        kind: input.kind,
        status: 'ACTIVE',
        interpreterLanguage: input.interpreterLanguage ?? null,
        companion: input.companion?.trim() || null,
        bookedByStaffId: input.bookedByStaffId ?? null,
        cancelReason: null,
        cancelledAt: null,
      });
      await tx.flush();
      await enqueueBookingNotice(tx, { bookingId: created.id, event: 'BOOKED' });
      return created;
    });
    if (booking instanceof BookingRefused) return booking;
    booking.slot = slot;
    return new Booked(booking);
  } catch (error) {
    if (isUniqueViolation(error, 'booking_one_per_slot')) return new SlotTaken(await nearestFreeSlots(em.fork(), slot, now));
    if (isUniqueViolation(error, 'booking_one_active_per_campaign')) {
      const existing = await activeBookingInCampaign(em.fork(), input.personId, input.campaignId!);
      return new BookingRefused('ALREADY_BOOKED', existing?.id ?? null);
    }
    // The slots job removed the free slot (its template changed) between our read and the insert; or no such campaign.
    if (error instanceof ForeignKeyConstraintViolationException) return new BookingRefused(isSlotReference(error) ? 'SLOT_NOT_FOUND' : 'INVALID_INPUT');
    throw error;
  }
}

/** Moves an active booking to another free slot (the same row: its id, person and wishes stay). */
export async function rescheduleBooking(em: EntityManager, bookingId: string, newSlotId: string, now = new Date()): Promise<BookingOutcome> {
  if (!isUuid(bookingId) || !isUuid(newSlotId)) return new BookingRefused('BOOKING_NOT_FOUND');
  const reader = em.fork();
  const [booking, newSlot] = await Promise.all([reader.findOne(Booking, { id: bookingId }, { populate: ['slot'] }), reader.findOne(Slot, { id: newSlotId })]);
  if (!booking) return new BookingRefused('BOOKING_NOT_FOUND');
  const refusal = changeRefusal(booking, booking.slot.startsAt, now) ?? slotRefusal(newSlot, newSlot?.kind ?? booking.kind, now);
  if (refusal || !newSlot) return new BookingRefused(refusal ?? 'SLOT_NOT_FOUND');
  if (newSlot.id === booking.slot.id) return new Booked(booking);
  try {
    const moved = await em.fork().transactional(async (tx) => {
      // Only an active booking moves: a cancel that won the race leaves nothing to move.
      const current = await tx.findOne(Booking, { id: bookingId, status: 'ACTIVE' }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!current) return new BookingRefused('NOT_ACTIVE');
      const previousSlotId = current.slot.id;
      current.slot = tx.getReference(Slot, newSlot.id);
      current.kind = newSlot.kind;
      await tx.flush();
      await enqueueBookingNotice(tx, { bookingId: current.id, event: 'RESCHEDULED', previousSlotId });
      return current;
    });
    if (moved instanceof BookingRefused) return moved;
    moved.slot = newSlot;
    return new Booked(moved);
  } catch (error) {
    if (isUniqueViolation(error, 'booking_one_per_slot')) return new SlotTaken(await nearestFreeSlots(em.fork(), newSlot, now));
    if (error instanceof ForeignKeyConstraintViolationException) return new BookingRefused('SLOT_NOT_FOUND');
    throw error;
  }
}

/** Cancels an active booking that has not begun; the slot is free again at once. */
export async function cancelBooking(em: EntityManager, bookingId: string, by: { reason?: string | null }, now = new Date()): Promise<BookingOutcome> {
  if (!isUuid(bookingId)) return new BookingRefused('BOOKING_NOT_FOUND');
  const reason = by.reason?.trim() || null;
  if (reason && reason.length > CANCEL_REASON_MAX_LENGTH) return new BookingRefused('INVALID_INPUT');
  return em.fork().transactional(async (tx) => {
    const booking = await tx.findOne(Booking, { id: bookingId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!booking) return new BookingRefused('BOOKING_NOT_FOUND');
    await tx.populate(booking, ['slot']);
    const refusal = changeRefusal(booking, booking.slot.startsAt, now);
    if (refusal) return new BookingRefused(refusal);
    Object.assign(booking, { status: 'CANCELLED', cancelReason: reason, cancelledAt: now });
    await tx.flush();
    await enqueueBookingNotice(tx, { bookingId: booking.id, event: 'CANCELLED' });
    return new Booked(booking);
  });
}

/** Records that the person did not come ("uteblev"); the time must have begun. */
export async function markNoShow(em: EntityManager, bookingId: string, now = new Date()): Promise<BookingOutcome> {
  if (!isUuid(bookingId)) return new BookingRefused('BOOKING_NOT_FOUND');
  return em.fork().transactional(async (tx) => {
    const booking = await tx.findOne(Booking, { id: bookingId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!booking) return new BookingRefused('BOOKING_NOT_FOUND');
    await tx.populate(booking, ['slot']);
    const refusal = noShowRefusal(booking, booking.slot.startsAt, now);
    if (refusal) return new BookingRefused(refusal);
    booking.status = 'NO_SHOW';
    await tx.flush();
    return new Booked(booking);
  });
}
