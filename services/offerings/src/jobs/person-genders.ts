import { newestByVersion } from '@omsorg/rules';
import type { EntityManager } from '@mikro-orm/postgresql';
import { upsertNewer, type JobDefinition } from '@omsorg/platform';
import { PERSON_GENDERS_QUEUE, personGendersData } from '@omsorg/rules/offerings';
import { offeringsDatabase } from '../database.ts';

/**
 * Writes identity's genders into `person_gender`, up to 1,000 in one statement. Idempotent and
 * ordered by identity's version: a row newer than the event is kept, so a late retry never undoes
 * a newer change. Malformed data throws (retried, then given up).
 */
export async function handlePersonGenders(em: EntityManager, data: unknown): Promise<number> {
  const people = newestByVersion(personGendersData.parse(data).people, (person) => person.id);
  await upsertNewer(em, `"${offeringsDatabase.schema}"."person_gender"`, ['person_id', 'legal_gender', 'updated_at'], 'updated_at', people.map((person) => [person.id, person.legalGender, new Date(person.version)]));
  return people.length;
}

/** Offerings' worker for identity's genders. */
export const personGendersJob: JobDefinition = {
  queue: PERSON_GENDERS_QUEUE,
  handler: async (data, { em }) => {
    await handlePersonGenders(em, data);
  },
  retry: { limit: 10, delaySeconds: 5, backoff: true, maxDelaySeconds: 600 },
  keepFinishedSeconds: 24 * 3600,
};
