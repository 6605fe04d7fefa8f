import { newestByVersion } from '@omsorg/rules';
import type { EntityManager } from '@mikro-orm/postgresql';
import { upsertNewer, type JobDefinition } from '@omsorg/platform';
import { FEEDBACK_CARE_STATUS_CHANGED_QUEUE, feedbackCareStatusChangedData } from '@omsorg/rules/feedback';
import { feedbackDatabase } from '../database.ts';

/**
 * Writes applications' word on who has current care services into `person_care_status` (the
 * people offered the user survey), up to 1,000 people in one statement; an older event never
 * overwrites a newer row. Idempotent; malformed data throws.
 */
export async function handleFeedbackCareStatusChanged(em: EntityManager, data: unknown): Promise<number> {
  const people = newestByVersion(feedbackCareStatusChangedData.parse(data).people, (person) => person.personId);
  await upsertNewer(em, `"${feedbackDatabase.schema}"."person_care_status"`, ['person_id', 'has_current_care_services', 'version'], 'version', people.map((person) => [person.personId, person.hasCurrentCareServices, new Date(person.version)]));
  return people.length;
}

/** Feedback's worker for applications' care-status events. */
export const feedbackCareStatusChangedJob: JobDefinition = {
  queue: FEEDBACK_CARE_STATUS_CHANGED_QUEUE,
  handler: async (data, { em }) => {
    await handleFeedbackCareStatusChanged(em, data);
  },
  retry: { limit: 10, delaySeconds: 5, backoff: true, maxDelaySeconds: 600 },
  keepFinishedSeconds: 24 * 3600,
};
