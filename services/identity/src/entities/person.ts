import { defineEntity, p } from '@mikro-orm/core';

export const LEGAL_GENDERS = ['FEMALE', 'MALE'] as const;

/** A resident: applicant, client, relative or representative. */
export const PersonSchema = defineEntity({
  name: 'Person',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    /** Twelve digits; never logged, never in a URL. */
    personalIdentityNumber: p.string().length(12).unique(),
    givenName: p.string().length(100),
    familyName: p.string().length(100),
    birthDate: p.date(),
    /** Legal gender, for statistics split by gender. */
    legalGender: p.enum(LEGAL_GENDERS),
    districtArea: p.string().length(100).nullable(),
    preferredLanguage: p.string().length(8).default('sv'),
    interpreterNeeded: p.boolean().default(false),
    /** Postal address (folkbokföringsadress) for letters: street line, postal code, town. Null when unknown. */
    streetAddress: p.string().length(200).nullable(),
    postalCode: p.string().length(10).nullable(),
    postalTown: p.string().length(100).nullable(),
    /** The contact e-mail the person gave (never from the population register): null when none. */
    email: p.string().length(254).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});

export class Person extends PersonSchema.class {}
PersonSchema.setClass(Person);
