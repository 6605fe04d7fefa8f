import type { BookingRefusal } from '../domain/booking.ts';
import type { Booking } from '../entities/booking.ts';
import type { Slot } from '../entities/slot.ts';

/** The booking (or move) was made. */
export class Booked {
  readonly outcome = 'BOOKED' as const;
  readonly booking: Booking;
  constructor(booking: Booking) {
    this.booking = booking;
  }
}

/** Someone else got the slot first (the database's unique index said so): the nearest free slots of the same kind instead. */
export class SlotTaken {
  readonly outcome = 'SLOT_TAKEN' as const;
  readonly nearest: Slot[];
  constructor(nearest: Slot[]) {
    this.nearest = nearest;
  }
}

export type RefusalReason = BookingRefusal | 'BOOKING_NOT_FOUND' | 'INVALID_INPUT';

/** Refused by a booking rule (domain/booking.ts); nothing was changed. */
export class BookingRefused {
  readonly outcome = 'REFUSED' as const;
  readonly reason: RefusalReason;
  /** The person's active booking in the campaign, when the reason is ALREADY_BOOKED. */
  readonly existingBookingId: string | null;
  constructor(reason: RefusalReason, existingBookingId: string | null = null) {
    this.reason = reason;
    this.existingBookingId = existingBookingId;
  }
}

export type BookingOutcome = Booked | SlotTaken | BookingRefused;
