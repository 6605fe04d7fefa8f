import type { EntityManager } from '@mikro-orm/postgresql';
import { type JobDefinition, upsertNewer } from '@omsorg/platform';
import { newestByVersion } from '@omsorg/rules';
import { PEOPLE_CHANGED_QUEUE, peopleChangedData } from '@omsorg/rules/outreach';
import { outreachDatabase } from '../database.ts';

const COLUMNS = [
  'id',
  'given_name',
  'family_name',
  'birth_date',
  'legal_gender',
  'district_area',
  'preferred_language',
  'interpreter_needed',
  'street_address',
  'postal_code',
  'postal_town',
  'email',
  'updated_at',
] as const;

/**
 * Writes identity's people into the resident projection (entities/resident.ts): up to 1,000 in
 * one statement. Idempotent and ordered by identity's version: a row newer than the event is
 * kept, so a late retry never undoes a newer change. Malformed data throws (retried, then given up).
 */
export async function handlePeopleChanged(em: EntityManager, data: unknown): Promise<number> {
  const people = newestByVersion(peopleChangedData.parse(data).people, (person) => person.id);
  const rows = people.map((person) => [
    person.id,
    person.givenName,
    person.familyName,
    person.birthDate,
    person.legalGender,
    person.districtArea,
    person.preferredLanguage,
    person.interpreterNeeded,
    person.streetAddress,
    person.postalCode,
    person.postalTown,
    person.email,
    new Date(person.version),
  ]);
  await upsertNewer(em, `"${outreachDatabase.schema}"."resident"`, COLUMNS, 'updated_at', rows);
  return people.length;
}

/** Outreach's worker for identity's people-changed events. The data holds personal data: kept a day. */
export const peopleChangedJob: JobDefinition = {
  queue: PEOPLE_CHANGED_QUEUE,
  handler: async (data, { em }) => {
    await handlePeopleChanged(em, data);
  },
  retry: { limit: 10, delaySeconds: 5, backoff: true, maxDelaySeconds: 600 },
  keepFinishedSeconds: 24 * 3600,
};
