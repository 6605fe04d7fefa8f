import { defineEntity, p } from '@mikro-orm/core';
import { ApplicationSchema } from './application.ts';

/**
 * Append-only history of a case: who did what, when. Timelines are drawn from it. Rows are
 * never updated or deleted.
 */
export const ApplicationEventSchema = defineEntity({
  name: 'ApplicationEvent',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    application: () => p.manyToOne(ApplicationSchema).index(),
    at: p.datetime().onCreate(() => new Date()),
    actorKind: p.enum(['person', 'staff', 'system'] as const),
    actorId: p.uuid().nullable(),
    type: p.string().length(64),
    data: p.json<Record<string, unknown>>(),
    /** Whether the applicant sees it in their timeline (internal notes are not shown). */
    visibleToApplicant: p.boolean().default(true),
  },
});

export class ApplicationEvent extends ApplicationEventSchema.class {}
ApplicationEventSchema.setClass(ApplicationEvent);
