import type { BookingStatus, MeetingKind } from './places.ts';

/**
 * The booking rules, pure: whether a slot can be booked, and what may happen to a booking. The
 * database decides the race between two people who pick the same slot (booking_one_per_slot);
 * these rules decide everything that does not depend on who was first.
 */

/** Why a booking or a move is refused (besides the slot being taken). */
export type BookingRefusal =
  /** The slot does not exist, or is no longer offered (its template changed). */
  | 'SLOT_NOT_FOUND'
  /** The slot has begun or passed. */
  | 'SLOT_IN_PAST'
  /** The slot is of another meeting kind than the one asked for. */
  | 'KIND_MISMATCH'
  /** The person already has an active booking in the campaign: move it instead. */
  | 'ALREADY_BOOKED'
  /** The booking is not active (cancelled, held, or not shown): nothing to move or cancel. */
  | 'NOT_ACTIVE'
  /** Not shown can only be marked once the time has begun. */
  | 'NOT_STARTED';

export type SlotFacts = { startsAt: Date; kind: MeetingKind; withdrawnAt?: Date | null };

/** Whether `slot` can be booked for `kind` at `now` (taken or not is the database's to say). */
export function slotRefusal(slot: SlotFacts | null, kind: MeetingKind, now: Date): BookingRefusal | null {
  if (!slot || slot.withdrawnAt) return 'SLOT_NOT_FOUND';
  if (slot.startsAt.getTime() <= now.getTime()) return 'SLOT_IN_PAST';
  if (slot.kind !== kind) return 'KIND_MISMATCH';
  return null;
}

/** A booking can be moved or cancelled while it is active and its time has not begun. */
export function changeRefusal(booking: { status: BookingStatus }, slotStartsAt: Date, now: Date): BookingRefusal | null {
  if (booking.status !== 'ACTIVE') return 'NOT_ACTIVE';
  if (slotStartsAt.getTime() <= now.getTime()) return 'SLOT_IN_PAST';
  return null;
}

/** "Did not come" is marked on an active booking whose time has begun. */
export function noShowRefusal(booking: { status: BookingStatus }, slotStartsAt: Date, now: Date): BookingRefusal | null {
  if (booking.status !== 'ACTIVE') return 'NOT_ACTIVE';
  if (slotStartsAt.getTime() > now.getTime()) return 'NOT_STARTED';
  return null;
}

/** How many free slots a lost race offers instead. */
export const NEAREST_FREE_SLOTS = 5;
