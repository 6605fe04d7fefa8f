import { isUuid, text, type RequestContext, type StaffActor } from '@omsorg/platform';
import {
  availabilityExceptionInput,
  availabilityTemplateInput,
  CANCEL_REASON_MAX_LENGTH,
  COMPANION_MAX_LENGTH,
  EXCEPTION_REASON_MAX_LENGTH,
  PLACE_MAX_LENGTH,
} from '@omsorg/rules/outreach';
import type { EntityClass, EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { bookSlot, cancelBooking, markNoShow, rescheduleBooking } from '../bookings/booking.ts';
import { BookingRefused, SlotTaken, type BookingOutcome } from '../bookings/results.ts';
import { unitCampaignOf } from '../calendar/residents.ts';
import { calendarWorker } from '../calendar/workers.ts';
import { mayBookForPerson, mayBookInCalendar } from '../domain/access.ts';
import { AvailabilityException, AvailabilityTemplate } from '../entities/availability.ts';
import { Booking } from '../entities/booking.ts';
import { Slot } from '../entities/slot.ts';
import { enqueueMaterialiseSlots } from '../jobs/materialise-slots.ts';
import { builder } from './builder.ts';
import { availabilityWorker, invalid, notFound, outreachActor } from './calendar.ts';
import { BookingRefusedFailure, refusedFailure, SlotTakenFailure } from './calendar-errors.ts';
import { AvailabilityExceptionRef, AvailabilityTemplateRef, BookingStatusEnum, MeetingKindEnum } from './calendar-types.ts';

// ---- Availability ------------------------------------------------------------------------------

const AvailabilityTemplateInput = builder.inputType('AvailabilityTemplateInput', {
  fields: (t) => ({
    weekday: t.int({ required: true, description: 'ISO weekday: 1 Monday … 7 Sunday.' }),
    startTime: t.string({ required: true, description: 'HH:MM Stockholm time.', validate: z.string().max(5) }),
    endTime: t.string({ required: true, validate: z.string().max(5) }),
    slotMinutes: t.int({ required: true }),
    kind: t.field({ type: MeetingKindEnum, required: true }),
    placeName: t.string({ description: `Required for a meeting place or health centre; at most ${PLACE_MAX_LENGTH} characters.`, validate: text({ max: PLACE_MAX_LENGTH }) }),
    placeAddress: t.string({ validate: text({ max: PLACE_MAX_LENGTH }) }),
    validFrom: t.string({ required: true, validate: z.string().max(10) }),
    validTo: t.string({ validate: z.string().max(10) }),
  }),
});

const AvailabilityExceptionInput = builder.inputType('AvailabilityExceptionInput', {
  fields: (t) => ({
    startsOn: t.string({ required: true, validate: z.string().max(10) }),
    endsOn: t.string({ required: true, validate: z.string().max(10) }),
    startTime: t.string({ description: 'HH:MM; both times or neither (whole days).', validate: z.string().max(5) }),
    endTime: t.string({ validate: z.string().max(5) }),
    reason: t.string({ required: true, validate: text({ max: EXCEPTION_REASON_MAX_LENGTH, min: 1 }) }),
  }),
});

/** The rules' own check of an input (rules/src/outreach/availability.ts), as a ValidationError. */
function checked<T>(context: RequestContext, schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw invalid(context, issue.path.join('.'), issue.message.startsWith('validation.') ? issue.message : 'validation.invalid');
}

/** Changes a worker's availability and, in the same transaction, asks for their slots to be made anew. */
function changeAvailability<T>(context: RequestContext, workerId: string, change: (em: EntityManager) => T): Promise<T> {
  return context.em.transactional(async (em) => {
    const result = change(em);
    await em.flush();
    await enqueueMaterialiseSlots(em, workerId);
    return result;
  });
}

/** A template or exception by id, when the actor may change the availability of its worker; else NotFoundError. */
async function ownAvailability<T extends AvailabilityTemplate | AvailabilityException>(context: RequestContext, entity: EntityClass<T>, id: string): Promise<T> {
  const actor = outreachActor(context);
  const found = isUuid(id) ? await context.em.findOne(entity, { id } as FilterQuery<T>) : null;
  if (!found) throw notFound(context);
  await availabilityWorker(context, actor, found.workerId);
  return found;
}

const templateFields = (input: Record<string, unknown>) => ({ ...input, placeName: input.placeName ?? '', placeAddress: input.placeAddress ?? '', validTo: input.validTo ?? '' });

builder.mutationFields((t) => ({
  createAvailabilityTemplate: t.field({
    type: AvailabilityTemplateRef,
    description: 'Adds a weekly availability for a worker (yourself by default); its slots are made within seconds. Errors: ValidationError, NotFoundError.',
    authScopes: { role: 'OUTREACH' },
    errors: {},
    args: { workerId: t.arg.id(), input: t.arg({ type: AvailabilityTemplateInput, required: true }) },
    resolve: async (_root, args, context) => {
      const workerId = await availabilityWorker(context, outreachActor(context), args.workerId);
      const input = checked(context, availabilityTemplateInput, templateFields(args.input));
      return changeAvailability(context, workerId, (em) => em.create(AvailabilityTemplate, { workerId, ...input }));
    },
  }),
  updateAvailabilityTemplate: t.field({
    type: AvailabilityTemplateRef,
    description: 'Changes a weekly availability; free slots it no longer gives are taken away, booked ones stay. Errors: ValidationError, NotFoundError.',
    authScopes: { role: 'OUTREACH' },
    errors: {},
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: AvailabilityTemplateInput, required: true }) },
    resolve: async (_root, args, context) => {
      const template = await ownAvailability(context, AvailabilityTemplate, args.id);
      const input = checked(context, availabilityTemplateInput, templateFields(args.input));
      return changeAvailability(context, template.workerId, (em) => em.assign(template, input));
    },
  }),
  deleteAvailabilityTemplate: t.field({
    type: 'ID',
    description: 'Removes a weekly availability; its free future slots go, booked ones stay. Answers the id. Errors: NotFoundError.',
    authScopes: { role: 'OUTREACH' },
    errors: {},
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, context) => {
      const template = await ownAvailability(context, AvailabilityTemplate, args.id);
      await changeAvailability(context, template.workerId, (em) => em.remove(template));
      return args.id;
    },
  }),
  createAvailabilityException: t.field({
    type: AvailabilityExceptionRef,
    description: 'Adds time away for a worker (yourself by default): no free slots then. Booked times stay: move them. Errors: ValidationError, NotFoundError.',
    authScopes: { role: 'OUTREACH' },
    errors: {},
    args: { workerId: t.arg.id(), input: t.arg({ type: AvailabilityExceptionInput, required: true }) },
    resolve: async (_root, args, context) => {
      const workerId = await availabilityWorker(context, outreachActor(context), args.workerId);
      const input = checked(context, availabilityExceptionInput, { ...args.input, startTime: args.input.startTime ?? '', endTime: args.input.endTime ?? '' });
      return changeAvailability(context, workerId, (em) => em.create(AvailabilityException, { workerId, ...input }));
    },
  }),
  deleteAvailabilityException: t.field({
    type: 'ID',
    description: 'Removes time away; its slots come back. Answers the id. Errors: NotFoundError.',
    authScopes: { role: 'OUTREACH' },
    errors: {},
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, context) => {
      const exception = await ownAvailability(context, AvailabilityException, args.id);
      await changeAvailability(context, exception.workerId, (em) => em.remove(exception));
      return args.id;
    },
  }),
}));

// ---- Bookings by staff -------------------------------------------------------------------------

/** The booking as a mutation answers it (no person data beyond the ids: the calendar shows the rest). */
const StaffBookingRef = builder.objectRef<Booking>('OutreachBooking').implement({
  description: 'A booking of a health conversation.',
  fields: (t) => ({
    id: t.exposeID('id'),
    slotId: t.id({ resolve: (booking) => booking.slot.id }),
    personId: t.exposeID('personId'),
    status: t.field({ type: BookingStatusEnum, resolve: (booking) => booking.status }),
    kind: t.field({ type: MeetingKindEnum, resolve: (booking) => booking.kind }),
  }),
});

/** The slot's calendar must be the actor's to book in; otherwise the slot is "not found". */
async function bookableSlot(context: RequestContext, actor: StaffActor, slotId: string): Promise<Slot> {
  const slot = isUuid(slotId) ? await context.em.findOne(Slot, { id: slotId }) : null;
  const worker = slot ? await calendarWorker(context.em, slot.workerId) : null;
  if (!slot || !worker || !mayBookInCalendar(actor, worker)) throw notFound(context);
  return slot;
}

/** A booking whose calendar is the actor's; otherwise "not found". */
async function staffBooking(context: RequestContext, actor: StaffActor, bookingId: string): Promise<Booking> {
  const booking = isUuid(bookingId) ? await context.em.findOne(Booking, { id: bookingId }, { populate: ['slot'] }) : null;
  const worker = booking ? await calendarWorker(context.em, booking.slot.workerId) : null;
  if (!booking || !worker || !mayBookInCalendar(actor, worker)) throw notFound(context);
  return booking;
}

/** A booking outcome as the mutation answers it: the booking, or SlotTakenError / BookingRefusedError. */
function answer(context: RequestContext, outcome: BookingOutcome): Booking {
  if (outcome instanceof SlotTaken) throw new SlotTakenFailure(context.t('booking.slotTaken'), outcome.nearest);
  if (outcome instanceof BookingRefused) throw refusedFailure(context, outcome);
  return outcome.booking;
}

const BookForPersonInput = builder.inputType('BookForPersonInput', {
  fields: (t) => ({
    slotId: t.id({ required: true }),
    personId: t.id({ required: true, description: 'A resident of your unit’s campaigns’ cohorts (bookableResidents).' }),
    campaignId: t.id({ description: 'The campaign the conversation belongs to; the person’s latest campaign of your unit when left out.' }),
    interpreterLanguage: t.string({ description: 'Language of an interpreter wished (e.g. "fi"); empty for none.', validate: z.string().max(8) }),
    companion: t.string({ description: `Who else comes, in the person's words; at most ${COMPANION_MAX_LENGTH} characters.`, validate: text({ max: COMPANION_MAX_LENGTH }) }),
  }),
});

const bookingErrors = { types: [SlotTakenFailure, BookingRefusedFailure] };

builder.mutationFields((t) => ({
  bookForPerson: t.field({
    type: StaffBookingRef,
    description:
      'Books a time for someone who phoned ("boka åt någon som ringt"): a resident of your unit’s campaigns. A letter or mail goes to the person. Errors: SlotTakenError (with the nearest free times), BookingRefusedError, ValidationError, NotFoundError.',
    authScopes: { role: 'OUTREACH' },
    errors: bookingErrors,
    args: { input: t.arg({ type: BookForPersonInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const actor = outreachActor(context);
      const slot = await bookableSlot(context, actor, input.slotId);
      const campaignId = isUuid(input.personId) && (!input.campaignId || isUuid(input.campaignId)) ? await unitCampaignOf(context.em, actor.unit, input.personId, input.campaignId ?? null) : null;
      const worker = (await calendarWorker(context.em, slot.workerId))!;
      if (!mayBookForPerson(actor, worker, campaignId !== null)) throw invalid(context, 'personId', 'calendar.notInCohort');
      const outcome = await bookSlot(context.em, {
        slotId: slot.id,
        personId: input.personId,
        kind: slot.kind,
        campaignId,
        interpreterLanguage: input.interpreterLanguage?.trim() || null,
        companion: input.companion?.trim() || null,
        bookedByStaffId: actor.staffId,
      });
      return answer(context, outcome);
    },
  }),
  rescheduleBooking: t.field({
    type: StaffBookingRef,
    description: 'Moves a booking to another free time ("boka om"); a letter or mail goes to the person. Errors: SlotTakenError, BookingRefusedError, NotFoundError.',
    authScopes: { role: 'OUTREACH' },
    errors: bookingErrors,
    args: { bookingId: t.arg.id({ required: true }), slotId: t.arg.id({ required: true }) },
    resolve: async (_root, args, context) => {
      const actor = outreachActor(context);
      await staffBooking(context, actor, args.bookingId);
      await bookableSlot(context, actor, args.slotId);
      return answer(context, await rescheduleBooking(context.em, args.bookingId, args.slotId));
    },
  }),
  cancelBooking: t.field({
    type: StaffBookingRef,
    description: 'Cancels a booking ("avboka") with a reason; the time is free again and a letter or mail goes to the person. Errors: BookingRefusedError, ValidationError, NotFoundError.',
    authScopes: { role: 'OUTREACH' },
    errors: bookingErrors,
    args: { bookingId: t.arg.id({ required: true }), reason: t.arg.string({ required: true, validate: text({ max: CANCEL_REASON_MAX_LENGTH, min: 1 }) }) },
    resolve: async (_root, args, context) => {
      const actor = outreachActor(context);
      await staffBooking(context, actor, args.bookingId);
      return answer(context, await cancelBooking(context.em, args.bookingId, { reason: args.reason }));
    },
  }),
  markNoShow: t.field({
    type: StaffBookingRef,
    description: 'Records that the person did not come ("uteblev"), once the time has begun. Errors: BookingRefusedError, NotFoundError.',
    authScopes: { role: 'OUTREACH' },
    errors: bookingErrors,
    args: { bookingId: t.arg.id({ required: true }) },
    resolve: async (_root, args, context) => {
      const actor = outreachActor(context);
      await staffBooking(context, actor, args.bookingId);
      return answer(context, await markNoShow(context.em, args.bookingId));
    },
  }),
}));
