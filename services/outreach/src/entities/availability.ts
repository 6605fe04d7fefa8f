import { defineEntity, p } from '@mikro-orm/core';
import { MEETING_KINDS } from '../domain/places.ts';

/**
 * A worker's weekly availability ("tillgänglighet"): every `weekday` from `validFrom` to
 * `validTo`, from `startTime` to `endTime` Stockholm time, cut into slots of `slotMinutes` of one
 * meeting kind at one place. The slots job (jobs/materialise-slots.ts) turns templates, minus
 * exceptions and holidays, into slots.
 */
export const AvailabilityTemplateSchema = defineEntity({
  name: 'AvailabilityTemplate',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    /** The outreach worker (identity's StaffMember id). */
    workerId: p.uuid().index(),
    /** ISO weekday: 1 Monday … 7 Sunday. */
    weekday: p.integer(),
    /** "HH:MM", Stockholm time. */
    startTime: p.string().length(5),
    endTime: p.string().length(5),
    slotMinutes: p.integer(),
    kind: p.enum(MEETING_KINDS),
    /** Meeting place or health centre: its name and address; null for home, phone and video. */
    placeName: p.string().length(200).nullable(),
    placeAddress: p.string().length(200).nullable(),
    /** First and last day ("YYYY-MM-DD"); no last day when null. */
    validFrom: p.date(),
    validTo: p.date().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});

export class AvailabilityTemplate extends AvailabilityTemplateSchema.class {}
AvailabilityTemplateSchema.setClass(AvailabilityTemplate);

/**
 * Time a worker is away ("undantag": leave, a course, illness): whole days from `startsOn` to
 * `endsOn`, or only `startTime`-`endTime` Stockholm time on each of them. Blocks the slots it
 * overlaps (booked ones stay: staff move those by rescheduling).
 */
export const AvailabilityExceptionSchema = defineEntity({
  name: 'AvailabilityException',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    workerId: p.uuid().index(),
    startsOn: p.date(),
    endsOn: p.date(),
    startTime: p.string().length(5).nullable(),
    endTime: p.string().length(5).nullable(),
    reason: p.string().length(200),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class AvailabilityException extends AvailabilityExceptionSchema.class {}
AvailabilityExceptionSchema.setClass(AvailabilityException);
