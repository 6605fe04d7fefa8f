import type { EntityManager } from '@mikro-orm/postgresql';
import { enqueueJob, idSchema, text } from '@omsorg/platform';
import { day, instantInStockholm, optionalDay } from '@omsorg/rules';
import { CANCEL_REASON_MAX_LENGTH, isClockTime, OFFERINGS_LIMITS, ROOM_MAX_LENGTH, SERIES_MAX_OCCASIONS, SERIES_MAX_WEEKS, seriesDays } from '@omsorg/rules/offerings';
import { z } from 'zod';
import { Offering } from '../entities/offering.ts';
import { Session } from '../entities/session.ts';
import { Venue } from '../entities/venue.ts';
import { editorActor } from '../editor/access.ts';
import { recordContentChange } from '../editor/history.ts';
import { lockedForEdit } from '../editor/locked.ts';
import { invalidField } from '../editor/publish.ts';
import { SESSION_CANCELLED_QUEUE } from '../editor/session-cancelled.ts';
import { builder } from './builder.ts';
import { languageCode } from './editor-inputs.ts';
import { EditorOfferingRef, EditorSessionRef } from './editor-types.ts';

/** The number registered is more than the places asked for: nothing was saved. */
export class CapacityBelowRegisteredFailure extends Error {
  readonly registeredCount: number;
  constructor(message: string, registeredCount: number) {
    super(message);
    this.name = 'CapacityBelowRegisteredFailure';
    this.registeredCount = registeredCount;
  }
}

builder.objectType(CapacityBelowRegisteredFailure, {
  name: 'CapacityBelowRegisteredError',
  description: 'More people are registered than the places asked for; nothing was saved.',
  interfaces: ['Error' as never],
  fields: (t) => ({ registeredCount: t.exposeInt('registeredCount') }),
});

const clockTime = z.string().refine(isClockTime, 'validation.offerings.clockTime');
const capacity = z.number().int().min(1).max(OFFERINGS_LIMITS.capacity);
const price = z.number().int().min(0).max(OFFERINGS_LIMITS.price);
const room = text({ max: ROOM_MAX_LENGTH }).nullish();

const SessionSeriesInput = builder.inputType('SessionSeriesInput', {
  description: 'A weekly series ("Lägg till en serie"): one session per chosen weekday from firstDate, for `weeks` weeks or to lastDate, at the same Stockholm time.',
  fields: (t) => ({
    offeringId: t.id({ required: true, validate: idSchema }),
    firstDate: t.string({ required: true, validate: day(), description: 'YYYY-MM-DD.' }),
    startTime: t.string({ required: true, validate: clockTime, description: 'HH:MM in Stockholm.' }),
    endTime: t.string({ required: true, validate: clockTime, description: 'HH:MM in Stockholm, after startTime.' }),
    weekdays: t.intList({ required: true, validate: z.array(z.number().int().min(1).max(7)).min(1, 'validation.offerings.weekdays').max(7), description: 'ISO weekdays, 1 Monday … 7 Sunday.' }),
    weeks: t.int({ validate: z.number().int().min(1).max(SERIES_MAX_WEEKS).nullish() }),
    lastDate: t.string({ validate: optionalDay.nullish(), description: 'YYYY-MM-DD, instead of weeks.' }),
    skipHolidays: t.boolean({ description: 'Leave out Swedish public holidays and the midsummer, Christmas and New Year\'s eves.' }),
    capacity: t.int({ validate: capacity.nullish(), description: `Places, 1..${OFFERINGS_LIMITS.capacity}; empty for drop-in.` }),
    room: t.string({ validate: room }),
    venueId: t.id({ validate: idSchema.nullish(), description: 'When not the offering\'s venue.' }),
    price: t.int({ validate: price.nullish(), description: 'When not the offering\'s price.' }),
    language: t.string({ validate: languageCode.nullish(), description: 'When not the offering\'s language.' }),
  }),
});

builder.mutationField('createSessionSeries', (t) =>
  t.field({
    type: EditorOfferingRef,
    description: `Adds one session per occasion of a weekly series (at most ${SERIES_MAX_OCCASIONS}). Errors: NotFoundError, ValidationError.`,
    errors: {},
    args: { input: t.arg({ type: SessionSeriesInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const actor = editorActor(context);
      if (input.endTime <= input.startTime) throw invalidField(context, 'endTime', 'validation.offerings.endBeforeStart');
      const lastDate = input.lastDate ?? null;
      if (!lastDate && !input.weeks) throw invalidField(context, 'weeks', 'validation.offerings.seriesLength');
      if (lastDate && lastDate < input.firstDate) throw invalidField(context, 'lastDate', 'validation.offerings.lastDateBeforeFirst');
      const days = seriesDays({ firstDate: input.firstDate, weekdays: input.weekdays, weeks: input.weeks, lastDate, skipHolidays: input.skipHolidays ?? false });
      if (days.length === 0) throw invalidField(context, 'weekdays', 'validation.offerings.seriesEmpty');
      if (days.length > SERIES_MAX_OCCASIONS) throw invalidField(context, lastDate ? 'lastDate' : 'weeks', 'validation.offerings.seriesTooMany', { max: SERIES_MAX_OCCASIONS });
      return context.em.transactional(async (em: EntityManager) => {
        const offering = await em.findOne(Offering, { id: input.offeringId });
        if (!offering) throw invalidField(context, 'offeringId', 'error.offerings.offeringNotFound');
        const venue = input.venueId ? await em.findOne(Venue, { id: input.venueId }) : offering.venue;
        if (!venue) throw invalidField(context, 'venueId', 'error.offerings.venueNotFound');
        for (const occasion of days) {
          em.create(Session, {
            offering,
            venue,
            startsAt: instantInStockholm(occasion, input.startTime),
            endsAt: instantInStockholm(occasion, input.endTime),
            capacity: input.capacity ?? null,
            room: input.room || null,
            price: input.price ?? null,
            language: input.language ?? null,
          });
        }
        recordContentChange(em, { kind: 'OFFERING', id: offering.id, action: 'EDITED', fields: [`sessions:+${days.length}`], staffId: actor.staffId });
        return offering;
      });
    },
  }),
);

const UpdateSessionInput = builder.inputType('UpdateSessionInput', {
  description: 'A session\'s day and times (Stockholm), places, room and price. Places never below the number registered.',
  fields: (t) => ({
    id: t.id({ required: true, validate: idSchema }),
    version: t.int({ required: true }),
    day: t.string({ required: true, validate: day(), description: 'YYYY-MM-DD.' }),
    startTime: t.string({ required: true, validate: clockTime }),
    endTime: t.string({ required: true, validate: clockTime }),
    capacity: t.int({ validate: capacity.nullish(), description: 'Empty for drop-in (only when nobody is registered).' }),
    room: t.string({ validate: room }),
    price: t.int({ validate: price.nullish(), description: 'Empty: the offering\'s price.' }),
  }),
});

builder.mutationField('updateSession', (t) =>
  t.field({
    type: EditorSessionRef,
    description: 'Changes a session. Errors: NotFoundError, ConflictError, ValidationError, CapacityBelowRegisteredError.',
    errors: { types: [CapacityBelowRegisteredFailure] },
    args: { input: t.arg({ type: UpdateSessionInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const actor = editorActor(context);
      if (input.endTime <= input.startTime) throw invalidField(context, 'endTime', 'validation.offerings.endBeforeStart');
      return context.em.transactional(async (em: EntityManager) => {
        // The row lock is the one registration takes: a registration cannot slip in between.
        const session = await lockedForEdit(em, context, Session, input.id, input.version, 'error.offerings.sessionNotFound');
        if (session.cancelledAt) throw invalidField(context, 'id', 'validation.offerings.cancelledSession');
        const nextCapacity = input.capacity ?? null;
        if (session.registeredCount > 0 && (nextCapacity === null || nextCapacity < session.registeredCount)) {
          throw new CapacityBelowRegisteredFailure(context.t('error.offerings.capacityBelowRegistered', { registered: session.registeredCount }), session.registeredCount);
        }
        const next = {
          startsAt: instantInStockholm(input.day, input.startTime),
          endsAt: instantInStockholm(input.day, input.endTime),
          capacity: nextCapacity,
          room: input.room || null,
          price: input.price ?? null,
        };
        const fields = (Object.keys(next) as Array<keyof typeof next>).filter((key) => {
          const before = session[key];
          const after = next[key];
          return before instanceof Date && after instanceof Date ? before.getTime() !== after.getTime() : before !== after;
        });
        Object.assign(session, next);
        session.version += 1;
        recordContentChange(em, { kind: 'SESSION', id: session.id, action: 'EDITED', fields, staffId: actor.staffId });
        return session;
      });
    },
  }),
);

const CancelSessionInput = builder.inputType('CancelSessionInput', {
  fields: (t) => ({
    id: t.id({ required: true, validate: idSchema }),
    version: t.int({ required: true }),
    reason: t.string({ required: true, validate: text({ max: CANCEL_REASON_MAX_LENGTH, min: 1, multiline: true }), description: 'Told to the people registered, and kept: they and staff see it with the session.' }),
  }),
});

builder.mutationField('cancelSession', (t) =>
  t.field({
    type: EditorSessionRef,
    description: 'Cancels a session ("ställ in"): the people registered or waiting with an e-mail address get a mail (offerings.session-cancelled); the registrations stay for the record. Errors: NotFoundError, ConflictError, ValidationError.',
    errors: {},
    args: { input: t.arg({ type: CancelSessionInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const actor = editorActor(context);
      return context.em.transactional(async (em: EntityManager) => {
        const session = await lockedForEdit(em, context, Session, input.id, input.version, 'error.offerings.sessionNotFound');
        if (session.cancelledAt) throw invalidField(context, 'id', 'validation.offerings.alreadyCancelled');
        session.cancelledAt = new Date();
        session.cancelReason = input.reason;
        session.version += 1;
        recordContentChange(em, { kind: 'SESSION', id: session.id, action: 'CANCELLED', fields: ['cancelledAt', 'cancelReason'], staffId: actor.staffId });
        await em.flush();
        await enqueueJob(em, SESSION_CANCELLED_QUEUE, { sessionId: session.id }, { singletonKey: `cancelled:${session.id}` });
        return session;
      });
    },
  }),
);

