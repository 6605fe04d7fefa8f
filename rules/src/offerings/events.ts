import { z } from 'zod';

/**
 * Identity → offerings: each person's legal gender as of `version` (identity's `updatedAt`), sent
 * with every people-changed event. Nothing else about the person: the attendance reports split
 * those who came by gender, and a registration made signed in takes it from here.
 */
export const PERSON_GENDERS_QUEUE = 'offerings.person-genders';

export const personGendersData = z.object({
  people: z
    .array(z.object({ id: z.uuid(), legalGender: z.enum(['FEMALE', 'MALE']), version: z.iso.datetime({ offset: true }) }))
    .min(1)
    .max(1000),
});
export type PersonGenders = z.infer<typeof personGendersData>;
