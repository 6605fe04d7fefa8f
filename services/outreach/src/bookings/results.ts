import type { BookingRefusal } from '../domain/booking.ts';
import type { Booking } from '../entities/booking.ts';
import type { Slot } from '../entities/slot.ts';

/** The booking (or move) was made. */
export class Booked {
  readonly outcome = 'BOOKED' as const;
  constructor(readonly booking: Booking) {}
}

/** Someone else got the slot first (the database's unique index said so): the nearest free slots of the same kind instead. */
export class SlotTaken {
  readonly outcome = 'SLOT_TAKEN' as const;
  constructor(readonly nearest: Slot[]) {}
}

/** Refused by a booking rule (domain/booking.ts); nothing was changed. */
export class BookingRefused {
  readonly outcome = 'REFUSED' as const;
  constructor(
    readonly reason: BookingRefusal | 'BOOKING_NOT_FOUND' | 'INVALID_INPUT',
    /** The person's active booking in the campaign, when the reason is ALREADY_BOOKED. */
    readonly existingBookingId: string | null = null,
  ) {}
}

export type BookingOutcome = Booked | SlotTaken | BookingRefused;
