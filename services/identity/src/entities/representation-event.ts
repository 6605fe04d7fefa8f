import { defineEntity, p } from '@mikro-orm/core';

export const REPRESENTATION_EVENT_TYPES = ['REGISTERED', 'ENDED'] as const;
export type RepresentationEventType = (typeof REPRESENTATION_EVENT_TYPES)[number];

/** Append-only: who registered or ended a representation, and when. Never updated or deleted. */
export const RepresentationEventSchema = defineEntity({
  name: 'RepresentationEvent',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    representationId: p.uuid().index(),
    type: p.enum(REPRESENTATION_EVENT_TYPES),
    staffId: p.uuid(),
    at: p.datetime().onCreate(() => new Date()),
    /** The terms as they were after the change (kind, dates); no names or personnummer. */
    data: p.json<Record<string, unknown>>(),
  },
});

export class RepresentationEvent extends RepresentationEventSchema.class {}
RepresentationEventSchema.setClass(RepresentationEvent);
