import { defineEntity, p } from '@mikro-orm/core';
import { FEEDBACK_EVENT_KINDS } from '../domain/feedback-events.ts';
import { FeedbackSchema } from './feedback.ts';

/**
 * One step in a feedback item's handling, in order ("händelser"): the record the quality council
 * and the annual report rely on. `note` is free text by staff (personal data: removed with the
 * item by retention); `data` holds the step's facts (e.g. the new handler, the forward's recipient).
 */
export const FeedbackEventSchema = defineEntity({
  name: 'FeedbackEvent',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    feedback: () => p.manyToOne(FeedbackSchema).index(),
    kind: p.enum(FEEDBACK_EVENT_KINDS),
    /** The staff member who did it; null for the sender, a provider's answer through its link, or a job. */
    staffId: p.uuid().nullable(),
    note: p.text().nullable(),
    data: p.json<Record<string, unknown>>().nullable(),
    at: p.datetime().onCreate(() => new Date()).index(),
  },
});

export class FeedbackEvent extends FeedbackEventSchema.class {}
FeedbackEventSchema.setClass(FeedbackEvent);
