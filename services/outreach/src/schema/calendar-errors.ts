import type { RequestContext } from '@omsorg/platform';
import type { Slot } from '../entities/slot.ts';
import type { BookingRefused } from '../bookings/results.ts';
import { builder } from './builder.ts';
import { FreeSlotRef } from './calendar-types.ts';

/** Someone else got the time first: the nearest free times of the same kind instead. */
export class SlotTakenFailure extends Error {
  readonly nearest: Slot[];
  constructor(message: string, nearest: Slot[]) {
    super(message);
    this.name = 'SlotTakenFailure';
    this.nearest = nearest;
  }
}

export const BOOKING_REFUSAL_REASONS = [
  'SLOT_NOT_FOUND',
  'SLOT_IN_PAST',
  'KIND_MISMATCH',
  'ALREADY_BOOKED',
  'NOT_ACTIVE',
  'NOT_STARTED',
  'BOOKING_NOT_FOUND',
  'INVALID_INPUT',
] as const;
type Reason = (typeof BOOKING_REFUSAL_REASONS)[number];

/** A booking rule refused it; nothing was changed. */
export class BookingRefusedFailure extends Error {
  readonly reason: Reason;
  readonly existingBookingId: string | null;
  constructor(message: string, reason: Reason, existingBookingId: string | null) {
    super(message);
    this.name = 'BookingRefusedFailure';
    this.reason = reason;
    this.existingBookingId = existingBookingId;
  }
}

export function refusedFailure(context: RequestContext, refused: BookingRefused): BookingRefusedFailure {
  return new BookingRefusedFailure(context.t(`booking.refused.${refused.reason}`), refused.reason, refused.existingBookingId);
}

const BookingRefusalEnum = builder.enumType('BookingRefusal', {
  description: 'Why a booking, move or cancellation was refused.',
  values: BOOKING_REFUSAL_REASONS,
});

builder.objectType(SlotTakenFailure, {
  name: 'SlotTakenError',
  description: 'Someone else booked this time a moment ago; nothing was booked. `nearest` holds the nearest free times of the same kind.',
  interfaces: ['Error' as never],
  fields: (t) => ({ nearest: t.field({ type: [FreeSlotRef], resolve: (error) => error.nearest }) }),
});

builder.objectType(BookingRefusedFailure, {
  name: 'BookingRefusedError',
  description: 'A booking rule refused this (a time that has passed, a booking no longer active, one booking per campaign); nothing was changed.',
  interfaces: ['Error' as never],
  fields: (t) => ({
    reason: t.field({ type: BookingRefusalEnum, resolve: (error) => error.reason }),
    existingBookingId: t.id({ nullable: true, description: 'The person’s active booking in the campaign, for ALREADY_BOOKED: move it instead.', resolve: (error) => error.existingBookingId }),
  }),
});
