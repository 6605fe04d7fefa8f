import { defineEntity, p } from '@mikro-orm/core';

/**
 * What identity last told this service about a resident (the `outreach.people-changed` events):
 * enough to pick a cohort (birth date, legal gender, district area) and to write to them (name,
 * postal address, language, e-mail). Identity owns people; `updatedAt` is identity's version and
 * orders the events, so a late retry never undoes a newer change.
 */
export const ResidentSchema = defineEntity({
  name: 'Resident',
  properties: {
    /** Identity's Person id. */
    id: p.uuid().primary(),
    givenName: p.string().length(100),
    familyName: p.string().length(100),
    birthDate: p.date().index(),
    legalGender: p.enum(['FEMALE', 'MALE'] as const),
    districtArea: p.string().length(100).nullable().index(),
    preferredLanguage: p.string().length(8),
    interpreterNeeded: p.boolean(),
    streetAddress: p.string().length(200).nullable(),
    postalCode: p.string().length(10).nullable(),
    postalTown: p.string().length(100).nullable(),
    email: p.string().length(254).nullable(),
    updatedAt: p.datetime(),
  },
});

export class Resident extends ResidentSchema.class {}
ResidentSchema.setClass(Resident);
