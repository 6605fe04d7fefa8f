import { defineEntity, p } from '@mikro-orm/core';
import { CONTENT_STATUSES, type Translated, VENUE_KINDS } from '@omsorg/rules/offerings';

// Swedish alphabetical order (Å, Ä, Ö after Z) for the columns lists are sorted by; the
// database default may be C or English. ICU collations ship with PostgreSQL builds with ICU.
const SWEDISH = 'sv-SE-x-icu';

/** A venue's texts in one language (docs/OFFERINGS.md "Languages"). */
export type VenueTexts = {
  description: string;
  openingHours: string;
  /** Holiday hours ("helgdagar"), e.g. "Stängt midsommarafton. Julbord 23 december." */
  holidayHours: string;
  /** How to get there: bus, underground, parking, escort from the station. */
  directions: string;
  /** Accessibility in words, beside the three facts below. */
  accessibility: string;
};

/**
 * A meeting place ("träffpunkt"), activity centre or day-activity place. Public information:
 * nothing here is personal data. Texts are kept per language (`texts.sv` always there).
 */
export const VenueSchema = defineEntity({
  name: 'Venue',
  indexes: [{ properties: ['area', 'name'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    kind: p.enum(VENUE_KINDS).default('MEETING_PLACE'),
    name: p.string().length(200).collation(SWEDISH),
    streetAddress: p.string().length(200),
    /** "126 49", as printed. */
    postalCode: p.string().length(6),
    city: p.string().length(100).default('Stockholm'),
    /** The district ("stadsdelsområde"), e.g. Hägersten-Älvsjö: the programme is made per district. */
    district: p.string().length(100).default('Hägersten-Älvsjö').index(),
    /** The neighbourhood ("stadsdel"), e.g. Fruängen; lists are ordered by it. */
    area: p.string().length(100).collation(SWEDISH),
    phone: p.string().length(40).nullable(),
    email: p.string().length(254).nullable(),
    stepFree: p.boolean().default(false),
    hearingLoop: p.boolean().default(false),
    accessibleToilet: p.boolean().default(false),
    texts: p.json<Translated<VenueTexts>>(),
    status: p.enum(CONTENT_STATUSES).default('PUBLISHED'),
    publishFrom: p.datetime().nullable(),
    publishUntil: p.datetime().nullable(),
    version: p.integer().default(1),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});

export class Venue extends VenueSchema.class {}
VenueSchema.setClass(Venue);
