import { defineEntity, p } from '@mikro-orm/core';
import { CONTENT_STATUSES, OFFERING_AUDIENCES, OFFERING_KINDS, type Translated } from '@omsorg/rules/offerings';
import { VenueSchema } from './venue.ts';

/** An offering's texts in one language. */
export type OfferingTexts = { title: string; summary: string; description: string };

/**
 * Something offered: an activity, culture event, outing, course, meal with company, digital help
 * or relatives' group ("Sittgympa", "Julbord på Träffpunkt Fruängen"). It happens in sessions.
 */
export const OfferingSchema = defineEntity({
  name: 'Offering',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    kind: p.enum(OFFERING_KINDS).index(),
    audience: p.enum(OFFERING_AUDIENCES).default('OPEN_65'),
    /** Where its sessions usually are; a session may be elsewhere. */
    venue: () => p.manyToOne(VenueSchema).index(),
    texts: p.json<Translated<OfferingTexts>>(),
    /** Price per session in whole kronor; 0 is free of charge. A session may differ. */
    price: p.integer().default(0),
    /** The language it is held in (ISO 639-1, e.g. sv, fi, ar). */
    language: p.string().length(8).default('sv'),
    /** The staff unit that organises it, and so sees its registrations. */
    organiserUnit: p.string().length(200).index(),
    /** Registration needed (a session with capacity); false for drop-in. */
    registrationRequired: p.boolean().default(true),
    status: p.enum(CONTENT_STATUSES).default('DRAFT'),
    publishFrom: p.datetime().nullable(),
    publishUntil: p.datetime().nullable(),
    version: p.integer().default(1),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});

export class Offering extends OfferingSchema.class {}
OfferingSchema.setClass(Offering);
