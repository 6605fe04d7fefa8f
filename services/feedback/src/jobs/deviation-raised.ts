import type { EntityManager } from '@mikro-orm/postgresql';
import { execute, type JobDefinition } from '@omsorg/platform';
import { DEVIATION_RAISED_QUEUE, deviationRaisedData } from '@omsorg/rules/feedback';
import { feedbackDatabase } from '../database.ts';

/**
 * Registers a deviation applications raised (today: the implementation plan is missing). One
 * insert keyed by the sender's `sourceKey`: the same event twice, or a retry, registers one
 * deviation. Malformed data throws (the job fails and pg-boss keeps it for a look).
 */
export async function handleDeviationRaised(em: EntityManager, data: unknown): Promise<boolean> {
  const event = deviationRaisedData.parse(data);
  const table = `"${feedbackDatabase.schema}"."deviation"`;
  const result = await execute(
    em,
    `insert into ${table} ("id", "kind", "unit", "target", "provider_name", "description", "application_id", "raised_on", "status", "source_key", "created_at")
     values (gen_random_uuid(), ?, ?, ?, ?, null, ?, ?, 'OPEN', ?, now()) on conflict ("source_key") do nothing`,
    [event.kind, event.unit, event.target, event.providerName, event.applicationId, event.raisedOn, event.sourceKey],
    'run',
  );
  return (result as { affectedRows?: number }).affectedRows === 1;
}

/** Feedback's worker for applications' deviations. */
export const deviationRaisedJob: JobDefinition = {
  queue: DEVIATION_RAISED_QUEUE,
  handler: async (data, { em }) => {
    await handleDeviationRaised(em, data);
  },
  retry: { limit: 10, delaySeconds: 5, backoff: true, maxDelaySeconds: 600 },
  keepFinishedSeconds: 24 * 3600,
};
