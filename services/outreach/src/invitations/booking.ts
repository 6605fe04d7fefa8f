import { enforceRateLimit, isUuid, NotFoundFailure, rateLimitSubject, type RequestContext } from '@omsorg/platform';
import { instantInStockholm } from '@omsorg/rules';
import { freeDays, freeSlots } from '../bookings/free-slots.ts';
import { calendarWorker } from '../calendar/workers.ts';
import { invitationHoldsBooking, invitationMayBookSlot } from '../domain/access.ts';
import { excludedMeetingKinds, invitationBookingWindow, offeredMeetingKinds } from '../domain/invitation-booking.ts';
import { MEETING_KINDS, type MeetingKind } from '../domain/places.ts';
import { Booking } from '../entities/booking.ts';
import type { Invitation } from '../entities/invitation.ts';
import { Slot } from '../entities/slot.ts';
import { invitationBookingsLimit } from '../rate-limits.ts';

/*
 * What the citizen's booking through an invitation reads and checks (schema/invitation-booking.ts).
 * The invitation itself is always found by invitations/session.ts (invitationToAnswer); the rules
 * are domain/access.ts ("Invitations") and domain/invitation-booking.ts.
 */

/** The free-slot query of an invitation: its campaign's unit, the next 8 weeks, no excluded kinds. */
function invitationSlotQuery(invitation: Invitation, kind: MeetingKind | null, now: Date) {
  return { ...invitationBookingWindow(now), kind, unit: invitation.campaign.unit, excludeKinds: excludedMeetingKinds(invitation) };
}

/** The kinds of meeting with free times in the campaign's unit in the next 8 weeks, as offered to the person. */
export async function invitationMeetingKinds(context: RequestContext, invitation: Invitation, now = new Date()): Promise<MeetingKind[]> {
  const withTimes: MeetingKind[] = [];
  for (const kind of MEETING_KINDS) {
    const page = await freeSlots(context.em, invitationSlotQuery(invitation, kind, now), { offset: 0, limit: 1 }, now);
    if (page.totalCount > 0) withTimes.push(kind);
  }
  return offeredMeetingKinds(withTimes, invitation);
}

/** The Stockholm days with free times of one kind, earliest first. */
export async function invitationFreeDays(context: RequestContext, invitation: Invitation, kind: MeetingKind, now = new Date()): Promise<Array<{ day: string; freeSlots: number }>> {
  if (!offeredMeetingKinds([kind], invitation).length) return [];
  return freeDays(context.em, invitationSlotQuery(invitation, kind, now), now);
}

/** The day after a Stockholm day "YYYY-MM-DD". */
function nextDay(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** The free times of one kind on one Stockholm day (at most 100), earliest first. */
export async function invitationFreeTimes(context: RequestContext, invitation: Invitation, kind: MeetingKind, day: string, now = new Date()): Promise<Slot[]> {
  if (!offeredMeetingKinds([kind], invitation).length) return [];
  const window = invitationBookingWindow(now);
  const from = instantInStockholm(day, '00:00');
  const to = instantInStockholm(nextDay(day), '00:00');
  const query = { ...invitationSlotQuery(invitation, kind, now), from: from > window.from ? from : window.from, to: to < window.to ? to : window.to };
  if (query.from >= query.to) return [];
  return (await freeSlots(context.em, query, { offset: 0, limit: 100 }, now)).nodes;
}

/**
 * A slot the invitation may book: one of its campaign's unit, of a kind offered to the person.
 * Null otherwise (another unit's worker, video when it is not offered, no such slot).
 */
export async function invitationBookableSlot(context: RequestContext, invitation: Invitation, slotId: string): Promise<Slot | null> {
  const slot = isUuid(slotId) ? await context.em.findOne(Slot, { id: slotId }) : null;
  if (!slot || !offeredMeetingKinds([slot.kind], invitation).length) return null;
  const worker = await calendarWorker(context.em, slot.workerId);
  return invitationMayBookSlot(invitation.campaign, worker?.workerUnit ?? null) ? slot : null;
}

/** The invitation's active booking (made through it, or by staff for the person in the campaign), or null. */
export async function activeInvitationBooking(context: RequestContext, invitation: Invitation): Promise<Booking | null> {
  const booking = await context.em.findOne(Booking, { personId: invitation.personId, campaign: invitation.campaign.id, status: 'ACTIVE' }, { populate: ['slot'] });
  if (!booking) return null;
  const facts = { invitationId: booking.invitationId ?? null, personId: booking.personId, campaignId: booking.campaign?.id ?? null };
  return invitationHoldsBooking({ id: invitation.id, personId: invitation.personId, campaignId: invitation.campaign.id }, facts) ? booking : null;
}

/** The active booking, or NotFoundFailure ("Du har ingen bokad tid"). */
export async function requireInvitationBooking(context: RequestContext, invitation: Invitation): Promise<Booking> {
  const booking = await activeInvitationBooking(context, invitation);
  if (!booking) throw new NotFoundFailure(context.t('invitationBooking.noBooking'));
  return booking;
}

/** Booking, moving and cancelling through invitations: limited per client (RATE_LIMIT_INVITATION_BOOKINGS). */
export async function limitInvitationBookings(context: RequestContext): Promise<void> {
  const subject = rateLimitSubject(context);
  if (subject) await enforceRateLimit(context, invitationBookingsLimit(), subject, 'invitationBooking.tooMany');
}
