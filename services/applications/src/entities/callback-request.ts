import { defineEntity, p } from '@mikro-orm/core';

/** A request to be called back ("återuppringning"), due within 48 hours. */
export const CallbackRequestSchema = defineEntity({
  name: 'CallbackRequest',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    /** Whom the call is about (identity's Person id). */
    personId: p.uuid().index(),
    requestedById: p.uuid().nullable(),
    unit: p.string().length(200).index(),
    phone: p.string().length(40),
    message: p.text().default(''),
    requestedAt: p.datetime().onCreate(() => new Date()),
    dueAt: p.datetime().index(),
    assigneeId: p.uuid().nullable(),
    completedAt: p.datetime().nullable(),
    completedById: p.uuid().nullable(),
    note: p.text().nullable(),
  },
});

export class CallbackRequest extends CallbackRequestSchema.class {}
CallbackRequestSchema.setClass(CallbackRequest);
