import { newestByVersion } from '@omsorg/rules';
import type { EntityManager } from '@mikro-orm/postgresql';
import { upsertNewer, type JobDefinition } from '@omsorg/platform';
import { CARE_STATUS_CHANGED_QUEUE, careStatusChangedData } from '@omsorg/rules/outreach';
import { outreachDatabase } from '../database.ts';

/**
 * Writes applications' word on who has current care services into `person_care_status`, up to
 * 1,000 people in one statement, ordered by applications' version (an older event never
 * overwrites a newer row). Idempotent; malformed data throws.
 */
export async function handleCareStatusChanged(em: EntityManager, data: unknown): Promise<number> {
  const people = newestByVersion(careStatusChangedData.parse(data).people, (person) => person.personId);
  await upsertNewer(em, `"${outreachDatabase.schema}"."person_care_status"`, ['person_id', 'has_current_care_services', 'updated_at'], 'updated_at', people.map((person) => [person.personId, person.hasCurrentCareServices, new Date(person.version)]));
  return people.length;
}

/** Outreach's worker for applications' care-status events. */
export const careStatusChangedJob: JobDefinition = {
  queue: CARE_STATUS_CHANGED_QUEUE,
  handler: async (data, { em }) => {
    await handleCareStatusChanged(em, data);
  },
  retry: { limit: 10, delaySeconds: 5, backoff: true, maxDelaySeconds: 600 },
  keepFinishedSeconds: 24 * 3600,
};
