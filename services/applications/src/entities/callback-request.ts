import { defineEntity, p } from '@mikro-orm/core';
import { CALLBACK_OUTCOMES } from '../domain/callbacks.ts';

/** A request to be called back ("återuppringning"), due within two working days of office hours. */
export const CallbackRequestSchema = defineEntity({
  name: 'CallbackRequest',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    /** Whom the call is about (identity's Person id). */
    personId: p.uuid().index(),
    /** Who asked: the person, or a representative asking for them (identity's Person id). */
    requestedById: p.uuid().nullable(),
    /** The person's case the call concerns, when they have one (their latest sent application). */
    applicationId: p.uuid().nullable().index(),
    unit: p.string().length(200).index(),
    phone: p.string().length(40),
    message: p.text().default(''),
    requestedAt: p.datetime().onCreate(() => new Date()),
    dueAt: p.datetime().index(),
    assigneeId: p.uuid().nullable(),
    completedAt: p.datetime().nullable(),
    completedById: p.uuid().nullable(),
    /** How the call went; set when it is done. */
    outcome: p.enum(CALLBACK_OUTCOMES).nullable(),
    note: p.text().nullable(),
    /** The callback this one repeats, when a call ended "new callback needed". */
    followsId: p.uuid().nullable(),
  },
});

export class CallbackRequest extends CallbackRequestSchema.class {}
CallbackRequestSchema.setClass(CallbackRequest);
