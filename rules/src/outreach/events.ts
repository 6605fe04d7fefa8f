import { z } from 'zod';

/**
 * The events other services send to outreach through the job queue (ARCHITECTURE.md, "Data"):
 * the queue names and the shape of their data, written once for the sender and the receiver.
 */

/** Identity → outreach: people created or changed (registration, address, language, the population import). */
export const PEOPLE_CHANGED_QUEUE = 'outreach.people-changed';

const day = z.iso.date();
const nullableText = (max: number) => z.string().max(max).nullable();

/** What identity says about one person, as of `version` (identity's `updatedAt`, which orders the events). */
export const personFacts = z.object({
  id: z.uuid(),
  givenName: z.string().min(1).max(100),
  familyName: z.string().min(1).max(100),
  birthDate: day,
  legalGender: z.enum(['FEMALE', 'MALE']),
  districtArea: nullableText(100),
  preferredLanguage: z.string().min(2).max(8),
  interpreterNeeded: z.boolean(),
  streetAddress: nullableText(200),
  postalCode: nullableText(10),
  postalTown: nullableText(100),
  email: nullableText(254),
  version: z.iso.datetime({ offset: true }),
});
export type PersonFacts = z.infer<typeof personFacts>;

/** At most this many people in one event (one import chunk). */
export const PEOPLE_CHANGED_MAX = 1000;

/** One job carries 1 to PEOPLE_CHANGED_MAX people: one for a single change, a chunk of an import. */
export const peopleChangedData = z.object({ people: z.array(personFacts).min(1).max(PEOPLE_CHANGED_MAX) });
export type PeopleChanged = z.infer<typeof peopleChangedData>;

/** Applications → outreach: whether a person has current care services, as of `version`. */
export const CARE_STATUS_CHANGED_QUEUE = 'outreach.care-status-changed';

export const careStatusChangedData = z.object({
  people: z
    .array(z.object({ personId: z.uuid(), hasCurrentCareServices: z.boolean(), version: z.iso.datetime({ offset: true }) }))
    .min(1)
    .max(1000),
});
export type CareStatusChanged = z.infer<typeof careStatusChangedData>;

/**
 * Identity → outreach: a staff member's unit, roles, work name, title and phone as of `version`
 * (identity's `updatedAt`); `removed` when they left. The same facts identity sends applications.
 */
export const STAFF_MEMBER_CHANGED_QUEUE = 'outreach.staff-member-changed';

export const staffMemberChangedData = z.object({
  id: z.uuid(),
  unit: z.string().min(1).max(200),
  roles: z.array(z.string().min(1).max(50)).max(20),
  name: z.string().min(1).max(201),
  title: z.string().max(100).nullable().optional(),
  phone: z.string().max(20).nullable().optional(),
  removed: z.boolean().optional(),
  version: z.iso.datetime({ offset: true }),
});
export type StaffMemberChanged = z.infer<typeof staffMemberChangedData>;

/**
 * Outreach → applications: a referral the person consented to, to become an application with
 * channel OUTREACH. Applications' worker is idempotent by `referralId`.
 */
export const OUTREACH_REFERRAL_QUEUE = 'applications.outreach-referral';

export const outreachReferralData = z.object({
  referralId: z.uuid(),
  personId: z.uuid(),
  /** The unit whose caseworkers receive it. */
  unit: z.string().min(1).max(200),
  /** What is needed, in words (the referral's text). */
  needs: z.string().min(1).max(2000),
  /** The Stockholm day the conversation was held. */
  conversationOn: day,
  /** The outreach worker (identity's StaffMember id). */
  workerId: z.uuid(),
  /** Their name as the caseworker reads it; null when outreach does not know it (applications then takes its own staff projection's). */
  workerName: z.string().min(1).max(201).nullable(),
  /** The person's consent in their own words. */
  consentText: z.string().min(1).max(500),
  /** The person's language (BCP 47), for the application's answers and letters. */
  language: z.string().min(2).max(8),
});
export type OutreachReferral = z.infer<typeof outreachReferralData>;

/** Applications → outreach: the application a referral became. */
export const REFERRAL_CREATED_QUEUE = 'outreach.referral-created';

export const referralCreatedData = z.object({ referralId: z.uuid(), applicationId: z.uuid(), reference: z.string().min(1).max(32) });
export type ReferralCreated = z.infer<typeof referralCreatedData>;
