import { defineEntity, p } from '@mikro-orm/core';
import { REGISTRATION_NOTICE_CHANNELS, REGISTRATION_STATUSES } from '@omsorg/rules/offerings';
import { SessionSchema } from './session.ts';

/**
 * A person's place on a session, or on its waiting list ("anmälan"). Personal data: seen only
 * by the person and the organiser's unit (domain/access.ts); reads by staff are access-logged
 * for a signed-in person. Without BankID a person gives name and phone, and gets a cancel code.
 */
export const RegistrationSchema = defineEntity({
  name: 'Registration',
  indexes: [{ properties: ['session', 'status', 'waitingPosition'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    session: () => p.manyToOne(SessionSchema).index(),
    status: p.enum(REGISTRATION_STATUSES),
    /** Order on the waiting list (1 first); kept when moved up, for the record. */
    waitingPosition: p.integer().nullable(),
    /** The signed-in person (identity's Person id); null for a registration with name and phone. */
    personId: p.uuid().nullable().index(),
    /** Who registered when it was a representative or staff on the phone. */
    registeredById: p.uuid().nullable(),
    name: p.string().length(200),
    phone: p.string().length(40).nullable(),
    email: p.string().length(254).nullable(),
    /** A postal address for a letter when moved up ("street, postcode town"). */
    postalAddress: p.string().length(500).nullable(),
    noticeBy: p.enum(REGISTRATION_NOTICE_CHANNELS).default('PHONE'),
    /** The language the person registered in (sv, en, fi, ar): mails and letters to them are written in it. */
    language: p.string().length(8).default('sv'),
    /** FEMALE, MALE or UNKNOWN: from the personnummer when signed in, for the attendance report. */
    gender: p.string().length(8).default('UNKNOWN'),
    /** HMAC of the cancel code given to a person without BankID (the code itself is never stored). */
    cancelCodeHash: p.string().length(64).nullable().unique(),
    attended: p.boolean().nullable(),
    promotedAt: p.datetime().nullable(),
    reminderSentAt: p.datetime().nullable(),
    cancelledAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class Registration extends RegistrationSchema.class {}
RegistrationSchema.setClass(Registration);
