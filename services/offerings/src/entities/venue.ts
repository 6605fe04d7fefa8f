import { defineEntity, p } from '@mikro-orm/core';

// Swedish alphabetical order (Å, Ä, Ö after Z) for the columns lists are sorted by; the
// database default may be C or English. ICU collations ship with PostgreSQL builds with ICU.
const SWEDISH = 'sv-SE-x-icu';

/**
 * A meeting place ("träffpunkt") or activity centre, open to everyone over 65. Public
 * information: nothing here is personal data.
 */
export const VenueSchema = defineEntity({
  name: 'Venue',
  indexes: [{ properties: ['area', 'name'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    name: p.string().length(200).collation(SWEDISH),
    streetAddress: p.string().length(200),
    /** "126 49", as printed. */
    postalCode: p.string().length(6),
    city: p.string().length(100).default('Stockholm'),
    /** The neighbourhood ("stadsdel"), e.g. Fruängen; lists are ordered by it. */
    area: p.string().length(100).collation(SWEDISH),
    openingHours: p.text(),
    accessibility: p.text(),
    description: p.text(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class Venue extends VenueSchema.class {}
VenueSchema.setClass(Venue);
