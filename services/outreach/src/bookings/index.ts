/**
 * Outreach's booking core, for the staff calendar and the citizen's invitation flow. Signatures
 * and rules: bookings/booking.ts's header. Results: bookings/results.ts. Notices:
 * bookings/notice.ts (queue `outreach.booking-notice`).
 */
export { bookSlot, cancelBooking, markNoShow, rescheduleBooking, type BookSlotInput } from './booking.ts';
export { freeDays, freeSlots, nearestFreeSlots, type FreeSlotQuery } from './free-slots.ts';
export { Booked, BookingRefused, SlotTaken, type BookingOutcome } from './results.ts';
