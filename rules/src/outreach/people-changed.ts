import { z } from 'zod';

/**
 * The event identity sends outreach whenever a person is created or changed (seed, staff
 * registration, a representative registered, the population extract import): outreach keeps its
 * own projection of residents from it (docs/OUTREACH.md). Sent through the job queue in the
 * transaction of the change; the same person and version make one job.
 */
export const PEOPLE_CHANGED_QUEUE = 'outreach.people-changed';

/** At most this many people in one event (one import chunk). */
export const PEOPLE_CHANGED_MAX = 1000;

const nullableText = (max: number) => z.string().max(max).nullable();

/** What outreach knows of one person, as of `version` (identity's `updatedAt`). */
export const personFacts = z.object({
  id: z.uuid(),
  givenName: z.string().min(1).max(100),
  familyName: z.string().min(1).max(100),
  birthDate: z.iso.date(),
  legalGender: z.enum(['FEMALE', 'MALE']),
  districtArea: nullableText(100),
  preferredLanguage: z.string().min(1).max(8),
  interpreterNeeded: z.boolean(),
  streetAddress: nullableText(200),
  postalCode: nullableText(10),
  postalTown: nullableText(100),
  email: nullableText(254),
  /** Identity's `updatedAt` as an ISO instant: a projection keeps the newest. */
  version: z.iso.datetime(),
});
export type PersonFacts = z.infer<typeof personFacts>;

/** The job's data on `outreach.people-changed`. */
export const peopleChangedData = z.object({ people: z.array(personFacts).min(1).max(PEOPLE_CHANGED_MAX) });
export type PeopleChanged = z.infer<typeof peopleChangedData>;
