import type { EntityManager } from '@mikro-orm/postgresql';
import type { JobDefinition } from '@omsorg/platform';
import { z } from 'zod';
import { linkPersonToUnit } from '../queries/person-ties.ts';

/** The queue applications writes to when a case for a person lands in a unit. */
export const CASE_UNIT_LINKED_QUEUE = 'identity.case-unit-linked';

export const caseUnitLinkedData = z.object({ personId: z.uuid(), unit: z.string().min(1).max(200) });
export type CaseUnitLinked = z.infer<typeof caseUnitLinkedData>;

/**
 * A unit has a case for a person: from now on its staff may read the person. Idempotent, so a
 * job run twice (at-least-once delivery) does no harm. Malformed data throws and is retried
 * until the queue gives up on it, never half-applied.
 */
export async function handleCaseUnitLinked(em: EntityManager, data: unknown): Promise<void> {
  const link = caseUnitLinkedData.parse(data);
  await linkPersonToUnit(em, { ...link, source: 'CASE' });
}

/** Identity's worker for the queue; the data holds ids and a unit name, no personal data. */
export const caseUnitLinkedJob: JobDefinition = {
  queue: CASE_UNIT_LINKED_QUEUE,
  handler: (data, { em }) => handleCaseUnitLinked(em, data),
  retry: { limit: 10, delaySeconds: 5, backoff: true, maxDelaySeconds: 600 },
};
