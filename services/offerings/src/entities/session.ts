import { defineEntity, p } from '@mikro-orm/core';
import { OfferingSchema } from './offering.ts';
import { VenueSchema } from './venue.ts';

/**
 * One occasion of an offering ("tillfälle"): date, time, place and places. `registeredCount` is
 * the number of REGISTERED registrations, kept in the same transaction as they change, under a
 * row lock on the session: never more than `capacity`, whatever the load (docs/OFFERINGS.md).
 */
export const SessionSchema = defineEntity({
  name: 'Session',
  tableName: 'offering_session',
  indexes: [{ properties: ['startsAt'] }, { properties: ['venue', 'startsAt'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    offering: () => p.manyToOne(OfferingSchema).index(),
    venue: () => p.manyToOne(VenueSchema),
    startsAt: p.datetime(),
    endsAt: p.datetime(),
    /** Places; null when anyone may drop in without registering. */
    capacity: p.integer().nullable(),
    registeredCount: p.integer().default(0),
    /** The last waiting-list position handed out (positions only grow). */
    waitingSequence: p.integer().default(0),
    /** Price in whole kronor when it differs from the offering's. */
    price: p.integer().nullable(),
    /** Language when it differs from the offering's. */
    language: p.string().length(8).nullable(),
    /** A room or meeting point inside or outside the venue ("Stora salen", "Vid busshållplatsen"). */
    room: p.string().length(200).nullable(),
    cancelledAt: p.datetime().nullable(),
    /** Why it was cancelled, in staff's words, as told to the people registered. */
    cancelReason: p.text().nullable(),
    /** People who came without registering, counted by staff for the reports. */
    walkInWomen: p.integer().default(0),
    walkInMen: p.integer().default(0),
    walkInUnknown: p.integer().default(0),
    version: p.integer().default(1),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class Session extends SessionSchema.class {}
SessionSchema.setClass(Session);
