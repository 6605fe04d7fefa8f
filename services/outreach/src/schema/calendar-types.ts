import { definePage } from '@omsorg/platform';
import { clockInStockholm } from '@omsorg/rules';
import type { CalendarSlotView } from '../calendar/views.ts';
import type { BookableResident } from '../calendar/residents.ts';
import { BOOKING_STATUSES, MEETING_KINDS } from '../domain/places.ts';
import { residentName } from '../domain/resident-name.ts';
import type { AvailabilityException, AvailabilityTemplate } from '../entities/availability.ts';
import type { Booking } from '../entities/booking.ts';
import type { Slot } from '../entities/slot.ts';
import type { OutreachStaffMember } from '../entities/staff-member.ts';
import { builder } from './builder.ts';

export const MeetingKindEnum = builder.enumType('MeetingKind', {
  description: 'Where a health conversation is held ("mötesform").',
  values: {
    MEETING_PLACE: { description: 'At a meeting place ("träffpunkt").' },
    HEALTH_CENTRE: { description: 'At the health centre ("vårdcentral").' },
    HOME: { description: 'In the person’s home ("hembesök").' },
    PHONE: { description: 'By phone ("telefon").' },
    VIDEO: { description: 'By video ("videosamtal").' },
  } satisfies Record<(typeof MEETING_KINDS)[number], { description: string }>,
});

export const BookingStatusEnum = builder.enumType('BookingStatus', {
  description: 'Where a booking stands.',
  values: {
    ACTIVE: { description: 'Booked ("bokad").' },
    HELD: { description: 'The conversation took place ("genomförd").' },
    CANCELLED: { description: 'Called off ("avbokad").' },
    NO_SHOW: { description: 'The person did not come ("uteblev").' },
  } satisfies Record<(typeof BOOKING_STATUSES)[number], { description: string }>,
});

const stockholm = (instant: Date) => clockInStockholm(instant);

export const OutreachWorkerRef = builder.objectRef<OutreachStaffMember>('OutreachWorker').implement({
  description: 'An outreach worker whose calendar this is (from identity, through outreach’s staff projection).',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name', { description: 'Work name, e.g. "Omar Haddad".' }),
    title: t.string({ nullable: true, resolve: (member) => member.title ?? null }),
  }),
});

export const FreeSlotRef = builder.objectRef<Slot>('OutreachFreeSlot').implement({
  description: 'A free time with an outreach worker.',
  fields: (t) => ({
    id: t.exposeID('id'),
    workerId: t.exposeID('workerId'),
    startsAt: t.string({ description: 'Start, ISO 8601 instant.', resolve: (slot) => slot.startsAt.toISOString() }),
    endsAt: t.string({ description: 'End, ISO 8601 instant.', resolve: (slot) => slot.endsAt.toISOString() }),
    date: t.string({ description: 'The day in Stockholm, YYYY-MM-DD.', resolve: (slot) => stockholm(slot.startsAt).day }),
    startTime: t.string({ description: 'Start in Stockholm, HH:MM.', resolve: (slot) => stockholm(slot.startsAt).time }),
    endTime: t.string({ description: 'End in Stockholm, HH:MM.', resolve: (slot) => stockholm(slot.endsAt).time }),
    kind: t.field({ type: MeetingKindEnum, resolve: (slot) => slot.kind }),
    placeName: t.string({ nullable: true, description: 'The place’s name ("Träffpunkt Hägersten"); null for home, phone and video.', resolve: (slot) => slot.placeName ?? null }),
    placeAddress: t.string({ nullable: true, resolve: (slot) => slot.placeAddress ?? null }),
  }),
});

export const CalendarBookingRef = builder.objectRef<{ booking: Booking; personName: string | null }>('CalendarBooking').implement({
  description: 'A booking as the worker’s calendar shows it. Reading it is logged for the person to see.',
  fields: (t) => ({
    id: t.id({ resolve: ({ booking }) => booking.id }),
    status: t.field({ type: BookingStatusEnum, resolve: ({ booking }) => booking.status }),
    kind: t.field({ type: MeetingKindEnum, resolve: ({ booking }) => booking.kind }),
    personId: t.id({ resolve: ({ booking }) => booking.personId }),
    personName: t.string({ nullable: true, description: 'The person’s name; null when outreach does not know them (yet).', resolve: ({ personName }) => personName }),
    interpreterLanguage: t.string({ nullable: true, description: 'Language of an interpreter wished (BCP 47), null when none.', resolve: ({ booking }) => booking.interpreterLanguage ?? null }),
    companion: t.string({ nullable: true, description: 'Who else comes, in the person’s words.', resolve: ({ booking }) => booking.companion ?? null }),
    bookedByStaff: t.boolean({ description: 'Whether staff booked it for the person (someone who phoned).', resolve: ({ booking }) => booking.bookedByStaffId !== null && booking.bookedByStaffId !== undefined }),
    campaignId: t.id({ nullable: true, resolve: ({ booking }) => booking.campaign?.id ?? null }),
    cancelReason: t.string({ nullable: true, resolve: ({ booking }) => booking.cancelReason ?? null }),
  }),
});

export const CalendarSlotRef = builder.objectRef<CalendarSlotView>('CalendarSlot').implement({
  description: 'A time in an outreach worker’s calendar, with its booking when someone has it.',
  fields: (t) => ({
    id: t.id({ resolve: (view) => view.slot.id }),
    startsAt: t.string({ resolve: (view) => view.slot.startsAt.toISOString() }),
    endsAt: t.string({ resolve: (view) => view.slot.endsAt.toISOString() }),
    date: t.string({ description: 'The day in Stockholm, YYYY-MM-DD.', resolve: (view) => stockholm(view.slot.startsAt).day }),
    startTime: t.string({ description: 'Start in Stockholm, HH:MM.', resolve: (view) => stockholm(view.slot.startsAt).time }),
    endTime: t.string({ description: 'End in Stockholm, HH:MM.', resolve: (view) => stockholm(view.slot.endsAt).time }),
    kind: t.field({ type: MeetingKindEnum, resolve: (view) => view.slot.kind }),
    placeName: t.string({ nullable: true, resolve: (view) => view.slot.placeName ?? null }),
    placeAddress: t.string({ nullable: true, resolve: (view) => view.slot.placeAddress ?? null }),
    workerId: t.id({ resolve: (view) => view.slot.workerId }),
    workerName: t.string({ nullable: true, resolve: (view) => view.worker?.name ?? null }),
    booking: t.field({
      type: CalendarBookingRef,
      nullable: true,
      resolve: (view) => (view.booking ? { booking: view.booking, personName: view.person ? residentName(view.person) : null } : null),
    }),
  }),
});

export const CalendarSlotPage = definePage(builder, 'CalendarSlot', CalendarSlotRef);
export const FreeSlotPage = definePage(builder, 'OutreachFreeSlot', FreeSlotRef);

export const AvailabilityTemplateRef = builder.objectRef<AvailabilityTemplate>('AvailabilityTemplate').implement({
  description: 'A weekly availability ("tillgänglighet"): every weekday from a time to a time, cut into slots of one kind at one place.',
  fields: (t) => ({
    id: t.exposeID('id'),
    workerId: t.exposeID('workerId'),
    weekday: t.exposeInt('weekday', { description: 'ISO weekday: 1 Monday … 7 Sunday.' }),
    startTime: t.exposeString('startTime', { description: 'HH:MM Stockholm time.' }),
    endTime: t.exposeString('endTime'),
    slotMinutes: t.exposeInt('slotMinutes'),
    kind: t.field({ type: MeetingKindEnum, resolve: (template) => template.kind }),
    placeName: t.string({ nullable: true, resolve: (template) => template.placeName ?? null }),
    placeAddress: t.string({ nullable: true, resolve: (template) => template.placeAddress ?? null }),
    validFrom: t.string({ resolve: (template) => String(template.validFrom) }),
    validTo: t.string({ nullable: true, resolve: (template) => (template.validTo ? String(template.validTo) : null) }),
  }),
});

export const AvailabilityExceptionRef = builder.objectRef<AvailabilityException>('AvailabilityException').implement({
  description: 'Time away ("undantag"): whole days, or part of each day, when no slots are offered.',
  fields: (t) => ({
    id: t.exposeID('id'),
    workerId: t.exposeID('workerId'),
    startsOn: t.string({ resolve: (exception) => String(exception.startsOn) }),
    endsOn: t.string({ resolve: (exception) => String(exception.endsOn) }),
    startTime: t.string({ nullable: true, resolve: (exception) => exception.startTime ?? null }),
    endTime: t.string({ nullable: true, resolve: (exception) => exception.endTime ?? null }),
    reason: t.exposeString('reason'),
  }),
});

export const AvailabilityTemplatePage = definePage(builder, 'AvailabilityTemplate', AvailabilityTemplateRef);
export const AvailabilityExceptionPage = definePage(builder, 'AvailabilityException', AvailabilityExceptionRef);
export const OutreachWorkerPage = definePage(builder, 'OutreachWorker', OutreachWorkerRef);

export const BookableResidentRef = builder.objectRef<BookableResident>('BookableResident').implement({
  description: 'A resident of one of your unit’s campaigns’ cohorts, whom you may book for.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.string({ resolve: (resident) => residentName(resident) }),
    birthDate: t.exposeString('birthDate'),
    districtArea: t.string({ nullable: true, resolve: (resident) => resident.districtArea }),
    campaignId: t.exposeID('campaignId'),
    campaignName: t.exposeString('campaignName'),
  }),
});
export const BookableResidentPage = definePage(builder, 'BookableResident', BookableResidentRef);
