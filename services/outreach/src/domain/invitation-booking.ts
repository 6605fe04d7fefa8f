import { MEETING_KINDS, type MeetingKind } from './places.ts';

/*
 * The citizen's booking through an invitation (schema/invitation-booking.ts): which kinds of
 * meeting are offered, and how far ahead. Pure; the access rules are in access.ts, "Invitations".
 */

/** How far ahead the citizen is offered times: the slots job plans 8 weeks. */
export const INVITATION_BOOKING_DAYS = 56;

/** What is known of the person that changes what is offered. */
export type MeetingFacts = { hearingOrMemoryNoted: boolean };

/** Kinds never offered to this person: video when hearing or memory problems are noted. */
export function excludedMeetingKinds(facts: MeetingFacts): MeetingKind[] {
  return facts.hearingOrMemoryNoted ? ['VIDEO'] : [];
}

/**
 * The kinds of meeting to offer, out of those that have free times: each once, in the order
 * of MEETING_KINDS (meeting place first, video last), without those excluded for the person.
 */
export function offeredMeetingKinds(kinds: readonly MeetingKind[], facts: MeetingFacts): MeetingKind[] {
  const excluded = excludedMeetingKinds(facts);
  return MEETING_KINDS.filter((kind) => kinds.includes(kind) && !excluded.includes(kind));
}

/** The window of times offered: from now to INVITATION_BOOKING_DAYS on. */
export function invitationBookingWindow(now: Date): { from: Date; to: Date } {
  return { from: now, to: new Date(now.getTime() + INVITATION_BOOKING_DAYS * 86_400_000) };
}
