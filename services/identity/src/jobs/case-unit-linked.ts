import type { EntityManager } from '@mikro-orm/postgresql';
import type { JobDefinition } from '@omsorg/platform';
import { z } from 'zod';
import { linkPersonToUnit } from '../queries/person-ties.ts';

/** The queue applications writes to when a case for a person lands in a unit. */
export const CASE_UNIT_LINKED_QUEUE = 'identity.case-unit-linked';

const personId = z.uuid();
const unit = z.string().min(1).max(200);

/** One person, or several persons of one case (the applicant and the representative who sent it), linked together. */
export const caseUnitLinkedData = z.union([
  z.object({ personId, unit }),
  z.object({ personIds: z.array(personId).min(1).max(10), unit }),
]);
export type CaseUnitLinked = z.infer<typeof caseUnitLinkedData>;

/**
 * A unit has a case for a person: from now on its staff may read the person. Idempotent, so a
 * job run twice (at-least-once delivery) does no harm. Malformed data throws and is retried
 * until the queue gives up on it, never half-applied: the persons of one job are linked in
 * one transaction, so staff never see a case whose applicant they may read but whose sender
 * they may not.
 */
export async function handleCaseUnitLinked(em: EntityManager, data: unknown): Promise<void> {
  const link = caseUnitLinkedData.parse(data);
  const personIds = 'personIds' in link ? link.personIds : [link.personId];
  await em.transactional(async (tx) => {
    for (const id of new Set(personIds)) await linkPersonToUnit(tx, { personId: id, unit: link.unit, source: 'CASE' });
  });
}

/** Identity's worker for the queue; the data holds ids and a unit name, no personal data. */
export const caseUnitLinkedJob: JobDefinition = {
  queue: CASE_UNIT_LINKED_QUEUE,
  handler: (data, { em }) => handleCaseUnitLinked(em, data),
  retry: { limit: 10, delaySeconds: 5, backoff: true, maxDelaySeconds: 600 },
};
