/**
 * Where a health conversation is held ("mötesform"): at a meeting place (träffpunkt), at the
 * health centre (vårdcentral), in the person's home, by phone, or by video.
 */
export const MEETING_KINDS = ['MEETING_PLACE', 'HEALTH_CENTRE', 'HOME', 'PHONE', 'VIDEO'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** ACTIVE booked, HELD the conversation took place, CANCELLED called off, NO_SHOW the person did not come. */
export const BOOKING_STATUSES = ['ACTIVE', 'HELD', 'CANCELLED', 'NO_SHOW'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

/** Statuses that hold a slot: a slot has at most one booking in these (a unique index says so). */
export const SLOT_HOLDING_STATUSES: readonly BookingStatus[] = ['ACTIVE', 'HELD'];
