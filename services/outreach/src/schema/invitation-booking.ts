import { definePage, isUuid, NotFoundFailure, pageArgs, text, toPage, type RequestContext } from '@omsorg/platform';
import { clockInStockholm, day } from '@omsorg/rules';
import { isPersonLanguage } from '@omsorg/rules/languages';
import { CANCEL_REASON_MAX_LENGTH, COMPANION_MAX_LENGTH } from '@omsorg/rules/outreach';
import { z } from 'zod';
import { bookSlot, cancelBooking, rescheduleBooking } from '../bookings/booking.ts';
import { BookingRefused, SlotTaken, type BookingOutcome } from '../bookings/results.ts';
import { mayNoteHearingOrMemory } from '../domain/access.ts';
import { bookingCalendarEvent, calendarFile } from '../domain/ics.ts';
import { answerInvitation, INVITATION_HELP_PHONE } from '../domain/invitation.ts';
import type { Booking } from '../entities/booking.ts';
import { Invitation } from '../entities/invitation.ts';
import { Resident } from '../entities/resident.ts';
import type { Slot } from '../entities/slot.ts';
import { OutreachStaffMember } from '../entities/staff-member.ts';
import {
  activeInvitationBooking,
  invitationBookableSlot,
  invitationFreeDays,
  invitationFreeTimes,
  invitationMeetingKinds,
  limitInvitationBookings,
  requireInvitationBooking,
} from '../invitations/booking.ts';
import { invitationOfSession, invitationToAnswer } from '../invitations/session.ts';
import { invitationWebAddress } from '../letters/sender.ts';
import { builder } from './builder.ts';
import { BookingRefusedFailure, refusedFailure, SlotTakenFailure } from './calendar-errors.ts';
import { BookingStatusEnum, MeetingKindEnum } from './calendar-types.ts';

/*
 * The citizen books, moves and cancels a health conversation through an invitation (step 5 of
 * docs/OUTREACH.md). Every field takes the invitation session's token or, signed in, the
 * invitation's id, and finds the invitation through invitations/session.ts (the one check).
 */

type By = { token?: string | null; invitationId?: string | null };
type Arg = Parameters<Parameters<typeof builder.mutationField>[1]>[0]['arg'];

const byArgs = (arg: Arg) => ({
  token: arg.string({ validate: z.string().max(100).nullish(), description: 'The invitation session\'s token (without signing in).' }),
  invitationId: arg.id({ validate: z.uuid().nullish(), description: 'Signed in: which of your (or your represented persons\') invitations.' }),
});

/** The invitation a query is for, or null when the session has ended or it is not the asker's (the pages then ask for the code again). */
async function invitationToRead(context: RequestContext, by: By): Promise<Invitation | null> {
  if (by.token && !by.invitationId) return invitationOfSession(context, by.token);
  try {
    return await invitationToAnswer(context, by);
  } catch (error) {
    if (error instanceof NotFoundFailure) return null;
    throw error;
  }
}

/** A booking as the invited person (or their representative) sees it, with what the page and the calendar file need. */
type CitizenBooking = { booking: Booking; invitation: Invitation };

/** The worker's first name and title ("Omar, äldrelots"): never more of staff. */
async function workerOf(context: RequestContext, booking: Booking): Promise<{ name: string; title?: string | null } | null> {
  return context.em.findOne(OutreachStaffMember, { id: booking.slot.workerId }, { fields: ['name', 'title'] });
}

/** The resident's own street line, for a home visit only ("Fruängsgården 22"). */
async function homeStreet(context: RequestContext, booking: Booking): Promise<string | null> {
  if (booking.kind !== 'HOME') return null;
  return (await context.em.findOne(Resident, { id: booking.personId }, { fields: ['streetAddress'] }))?.streetAddress ?? null;
}

function languageName(code: string, inLanguage: string): string {
  try {
    return new Intl.DisplayNames([inLanguage, 'sv'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

async function bookingIcs(context: RequestContext, { booking, invitation }: CitizenBooking): Promise<string> {
  const [worker, street] = await Promise.all([workerOf(context, booking), homeStreet(context, booking)]);
  const event = bookingCalendarEvent({
    bookingId: booking.id,
    booking: {
      at: booking.slot.startsAt,
      kind: booking.kind,
      placeName: booking.slot.placeName ?? null,
      placeAddress: booking.kind === 'HOME' ? street : (booking.slot.placeAddress ?? null),
      workerName: worker?.name ?? null,
      interpreter: booking.interpreterLanguage ? languageName(booking.interpreterLanguage, invitation.language) : null,
    },
    end: booking.slot.endsAt,
    language: invitation.language,
    contact: { web: invitationWebAddress(), phone: INVITATION_HELP_PHONE },
    sequence: Math.floor((booking.updatedAt.getTime() - booking.createdAt.getTime()) / 1000),
  });
  return calendarFile(event);
}

const CitizenBookingRef = builder.objectRef<CitizenBooking>('InvitationBooking').implement({
  description: 'A booked health conversation as the invited person (or their representative) sees it.',
  fields: (t) => ({
    id: t.id({ resolve: ({ booking }) => booking.id }),
    invitationId: t.id({ resolve: ({ invitation }) => invitation.id }),
    status: t.field({ type: BookingStatusEnum, resolve: ({ booking }) => booking.status }),
    kind: t.field({ type: MeetingKindEnum, resolve: ({ booking }) => booking.kind }),
    startsAt: t.string({ description: 'Start, ISO 8601 instant.', resolve: ({ booking }) => booking.slot.startsAt.toISOString() }),
    endsAt: t.string({ description: 'End, ISO 8601 instant.', resolve: ({ booking }) => booking.slot.endsAt.toISOString() }),
    date: t.string({ description: 'The day in Stockholm, YYYY-MM-DD.', resolve: ({ booking }) => clockInStockholm(booking.slot.startsAt).day }),
    startTime: t.string({ description: 'Start in Stockholm, HH:MM.', resolve: ({ booking }) => clockInStockholm(booking.slot.startsAt).time }),
    endTime: t.string({ description: 'End in Stockholm, HH:MM.', resolve: ({ booking }) => clockInStockholm(booking.slot.endsAt).time }),
    placeName: t.string({ nullable: true, description: 'The place ("Träffpunkt Hägersten"); null at home, by phone and by video.', resolve: ({ booking }) => booking.slot.placeName ?? null }),
    placeAddress: t.string({ nullable: true, resolve: ({ booking }) => (booking.kind === 'HOME' ? null : (booking.slot.placeAddress ?? null)) }),
    homeStreet: t.string({
      nullable: true,
      description: 'For a home visit, the street line on file ("Fruängsgården 22"), so the person can check it; only on their own booking, null otherwise.',
      resolve: ({ booking }, _a, context) => homeStreet(context, booking),
    }),
    workerFirstName: t.string({ nullable: true, description: 'Whom they meet: the outreach worker\'s first name.', resolve: async ({ booking }, _a, context) => (await workerOf(context, booking))?.name.split(' ')[0] ?? null }),
    workerTitle: t.string({ nullable: true, description: 'The worker\'s title ("äldrelots").', resolve: async ({ booking }, _a, context) => (await workerOf(context, booking))?.title ?? null }),
    interpreterLanguage: t.string({ nullable: true, description: 'Language of the interpreter wished (ISO 639), null when none.', resolve: ({ booking }) => booking.interpreterLanguage ?? null }),
    companion: t.string({ nullable: true, description: 'Who else comes, in the person\'s words.', resolve: ({ booking }) => booking.companion ?? null }),
    calendarFile: t.string({
      nullable: true,
      description: 'The booking as a calendar file (RFC 5545, text/calendar; save as halsosamtal.ics). Null for a cancelled booking.',
      resolve: (value, _a, context) => (value.booking.status === 'ACTIVE' ? bookingIcs(context, value) : null),
    }),
  }),
});

const FreeDayRef = builder.objectRef<{ day: string; freeSlots: number }>('InvitationFreeDay').implement({
  description: 'A day with free times.',
  fields: (t) => ({
    day: t.exposeString('day', { description: 'The day in Stockholm, YYYY-MM-DD.' }),
    freeSlots: t.exposeInt('freeSlots', { description: 'How many free times it has.' }),
  }),
});
const FreeDayPage = definePage(builder, 'InvitationFreeDay', FreeDayRef);

const InvitationFreeTimeRef = builder.objectRef<Slot>('InvitationFreeTime').implement({
  description: 'A free time the invited person may book.',
  fields: (t) => ({
    id: t.exposeID('id'),
    startsAt: t.string({ resolve: (slot) => slot.startsAt.toISOString() }),
    endsAt: t.string({ resolve: (slot) => slot.endsAt.toISOString() }),
    date: t.string({ description: 'The day in Stockholm, YYYY-MM-DD.', resolve: (slot) => clockInStockholm(slot.startsAt).day }),
    startTime: t.string({ description: 'Start in Stockholm, HH:MM.', resolve: (slot) => clockInStockholm(slot.startsAt).time }),
    endTime: t.string({ description: 'End in Stockholm, HH:MM.', resolve: (slot) => clockInStockholm(slot.endsAt).time }),
    kind: t.field({ type: MeetingKindEnum, resolve: (slot) => slot.kind }),
    placeName: t.string({ nullable: true, resolve: (slot) => slot.placeName ?? null }),
    placeAddress: t.string({ nullable: true, resolve: (slot) => slot.placeAddress ?? null }),
  }),
});

builder.queryFields((t) => ({
  invitationMeetingKinds: t.field({
    type: [MeetingKindEnum],
    nullable: true,
    description: 'The kinds of meeting with free times in the campaign\'s unit in the next 8 weeks, as offered to the person (no video when hearing or memory problems are noted). Null when the session has ended.',
    authScopes: { public: true },
    args: byArgs(t.arg),
    resolve: async (_root, args, context) => {
      const invitation = await invitationToRead(context, args);
      return invitation ? invitationMeetingKinds(context, invitation) : null;
    },
  }),
  invitationFreeDays: t.field({
    type: FreeDayPage,
    nullable: true,
    description: 'The days with free times of one kind, earliest first, a page at a time ("Visa fler dagar"). Null when the session has ended.',
    authScopes: { public: true },
    args: { ...byArgs(t.arg), kind: t.arg({ type: MeetingKindEnum, required: true }), ...pageArgs(t.arg) },
    resolve: async (_root, args, context) => {
      const invitation = await invitationToRead(context, args);
      if (!invitation) return null;
      const days = await invitationFreeDays(context, invitation, args.kind);
      return toPage(days.slice(args.offset, args.offset + args.limit), days.length, args);
    },
  }),
  invitationFreeTimes: t.field({
    type: [InvitationFreeTimeRef],
    nullable: true,
    description: 'The free times of one kind on one day, earliest first. Null when the session has ended.',
    authScopes: { public: true },
    args: { ...byArgs(t.arg), kind: t.arg({ type: MeetingKindEnum, required: true }), day: t.arg.string({ required: true, validate: day() }) },
    resolve: async (_root, args, context) => {
      const invitation = await invitationToRead(context, args);
      return invitation ? invitationFreeTimes(context, invitation, args.kind, args.day) : null;
    },
  }),
  invitationSuggestedInterpreter: t.field({
    type: 'String',
    nullable: true,
    description: 'The language of an interpreter to suggest (the person\'s own language, ISO 639) when the population register says they need one; null otherwise or when the session has ended.',
    authScopes: { public: true },
    args: byArgs(t.arg),
    resolve: async (_root, args, context) => {
      const invitation = await invitationToRead(context, args);
      const resident = invitation && (await context.em.findOne(Resident, { id: invitation.personId }, { fields: ['interpreterNeeded', 'preferredLanguage'] }));
      return resident?.interpreterNeeded && resident.preferredLanguage !== 'sv' ? resident.preferredLanguage : null;
    },
  }),
  invitationHomeStreet: t.field({
    type: 'String',
    nullable: true,
    description: 'For a home visit: the street line on file for the invited person ("Fruängsgården 22"), so they can check where we come; never the postal code, town or anything else. Null when unknown or the session has ended.',
    authScopes: { public: true },
    args: byArgs(t.arg),
    resolve: async (_root, args, context) => {
      const invitation = await invitationToRead(context, args);
      return invitation ? ((await context.em.findOne(Resident, { id: invitation.personId }, { fields: ['streetAddress'] }))?.streetAddress ?? null) : null;
    },
  }),
  invitationBooking: t.field({
    type: CitizenBookingRef,
    nullable: true,
    description: 'The invitation\'s active booking; null when there is none or the session has ended.',
    authScopes: { public: true },
    args: byArgs(t.arg),
    resolve: async (_root, args, context) => {
      const invitation = await invitationToRead(context, args);
      const booking = invitation && (await activeInvitationBooking(context, invitation));
      return booking && invitation ? { booking, invitation } : null;
    },
  }),
}));

/** An outcome as the mutation answers it: the booking, or SlotTakenError / BookingRefusedError. */
function answer(context: RequestContext, invitation: Invitation, outcome: BookingOutcome): CitizenBooking {
  if (outcome instanceof SlotTaken) throw new SlotTakenFailure(context.t('invitationBooking.slotTaken'), outcome.nearest);
  if (outcome instanceof BookingRefused) {
    if (outcome.reason === 'ALREADY_BOOKED') throw new BookingRefusedFailure(context.t('invitationBooking.alreadyBooked'), 'ALREADY_BOOKED', outcome.existingBookingId);
    throw refusedFailure(context, outcome);
  }
  return { booking: outcome.booking, invitation };
}

/** A time the invitation may not book (another unit's, a kind not offered) reads like one that is gone. */
function slotGone(context: RequestContext): BookingRefusedFailure {
  return new BookingRefusedFailure(context.t('booking.refused.SLOT_NOT_FOUND'), 'SLOT_NOT_FOUND', null);
}

const bookingErrors = { types: [SlotTakenFailure, BookingRefusedFailure] };

builder.mutationFields((t) => ({
  bookInvitationSlot: t.field({
    type: CitizenBookingRef,
    description:
      'Books a free time for the invited person ("Boka") and so says yes to the invitation. One active booking per invitation: move it instead (rescheduleInvitationBooking). Errors: SlotTakenError (with the nearest free times), BookingRefusedError, NotFoundError, ValidationError, RateLimitError.',
    authScopes: { public: true },
    errors: bookingErrors,
    args: {
      ...byArgs(t.arg),
      slotId: t.arg.id({ required: true, validate: z.string().max(40) }),
      interpreterLanguage: t.arg.string({
        description: 'Language of an interpreter wished (ISO 639, e.g. "fi"); empty or left out for none.',
        validate: z.string().max(8).refine((value) => value === '' || isPersonLanguage(value), 'validation.invalid').nullish(),
      }),
      companion: t.arg.string({ description: `Who else comes ("min dotter Anna"); at most ${COMPANION_MAX_LENGTH} characters.`, validate: text({ max: COMPANION_MAX_LENGTH }).nullish() }),
    },
    resolve: async (_root, args, context) => {
      await limitInvitationBookings(context);
      const invitation = await invitationToAnswer(context, args);
      const slot = await invitationBookableSlot(context, invitation, args.slotId);
      if (!slot) throw slotGone(context);
      const outcome = await bookSlot(context.em, {
        slotId: slot.id,
        personId: invitation.personId,
        kind: slot.kind,
        campaignId: invitation.campaign.id,
        invitationId: invitation.id,
        interpreterLanguage: args.interpreterLanguage || null,
        companion: args.companion?.trim() || null,
      });
      const answered = answer(context, invitation, outcome);
      Object.assign(invitation, answerInvitation({ status: invitation.status, answeredAt: invitation.answeredAt ?? null, declineReason: invitation.declineReason ?? null }, 'ACCEPTED', null, new Date()));
      await context.em.flush();
      context.log.info({ invitationId: invitation.id, bookingId: answered.booking.id }, 'invitation booked');
      return answered;
    },
  }),
  rescheduleInvitationBooking: t.field({
    type: CitizenBookingRef,
    description: 'Moves the invitation\'s booking to another free time ("Boka om"). Errors: SlotTakenError, BookingRefusedError, NotFoundError, RateLimitError.',
    authScopes: { public: true },
    errors: bookingErrors,
    args: { ...byArgs(t.arg), slotId: t.arg.id({ required: true, validate: z.string().max(40) }) },
    resolve: async (_root, args, context) => {
      await limitInvitationBookings(context);
      const invitation = await invitationToAnswer(context, args);
      const booking = await requireInvitationBooking(context, invitation);
      const slot = await invitationBookableSlot(context, invitation, args.slotId);
      if (!slot) throw slotGone(context);
      return answer(context, invitation, await rescheduleBooking(context.em, booking.id, slot.id));
    },
  }),
  cancelInvitationBooking: t.field({
    type: CitizenBookingRef,
    description: 'Cancels the invitation\'s booking ("Avboka"), with a reason if the person wants to give one; the time is free again. Errors: BookingRefusedError, NotFoundError, ValidationError, RateLimitError.',
    authScopes: { public: true },
    errors: bookingErrors,
    args: { ...byArgs(t.arg), reason: t.arg.string({ description: `Why, optional; at most ${CANCEL_REASON_MAX_LENGTH} characters.`, validate: text({ max: CANCEL_REASON_MAX_LENGTH, multiline: true }).nullish() }) },
    resolve: async (_root, args, context) => {
      await limitInvitationBookings(context);
      const invitation = await invitationToAnswer(context, args);
      const booking = await requireInvitationBooking(context, invitation);
      return answer(context, invitation, await cancelBooking(context.em, booking.id, { reason: args.reason ?? null }));
    },
  }),
  noteHearingOrMemory: t.field({
    type: 'Boolean',
    description: 'Notes (or un-notes) hearing or memory problems on an invitation, from the cohort list: video is then not offered to the person. OUTREACH staff of the campaign\'s unit. Answers the value now noted. Errors: NotFoundError.',
    authScopes: { role: 'OUTREACH' },
    errors: {},
    args: { invitationId: t.arg.id({ required: true }), noted: t.arg.boolean({ required: true }) },
    resolve: async (_root, args, context) => {
      const invitation = isUuid(args.invitationId) ? await context.em.findOne(Invitation, { id: args.invitationId }, { populate: ['campaign'] }) : null;
      if (!invitation || !mayNoteHearingOrMemory(context.actor, invitation.campaign)) throw new NotFoundFailure(context.t('invitation.notFound'));
      invitation.hearingOrMemoryNoted = args.noted;
      await context.em.flush();
      return invitation.hearingOrMemoryNoted;
    },
  }),
}));
