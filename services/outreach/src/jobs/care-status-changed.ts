import { newestByVersion } from '@omsorg/rules';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { JobDefinition } from '@omsorg/platform';
import { CARE_STATUS_CHANGED_QUEUE, careStatusChangedData } from '@omsorg/rules/outreach';
import { outreachDatabase } from '../database.ts';
import { execute } from '@omsorg/platform';

/**
 * Writes applications' word on who has current care services into `person_care_status`, up to
 * 1,000 people in one statement, ordered by applications' version (an older event never
 * overwrites a newer row). Idempotent; malformed data throws.
 */
export async function handleCareStatusChanged(em: EntityManager, data: unknown): Promise<number> {
  const people = newestByVersion(careStatusChangedData.parse(data).people, (person) => person.personId);
  const table = `"${outreachDatabase.schema}"."person_care_status"`;
  await execute(
    em,
    `insert into ${table} ("person_id", "has_current_care_services", "updated_at") values ${people.map(() => '(?, ?, ?)').join(', ')}
     on conflict ("person_id") do update set "has_current_care_services" = excluded."has_current_care_services", "updated_at" = excluded."updated_at"
     where ${table}."updated_at" <= excluded."updated_at"`,
    people.flatMap((person) => [person.personId, person.hasCurrentCareServices, new Date(person.version)]),
    'run',
  );
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
