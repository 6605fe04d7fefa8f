import type { EntityManager } from '@mikro-orm/postgresql';
import { enqueueJob } from '@omsorg/platform';

/** Identity's queue (services/identity/src/jobs/case-unit-linked.ts): a unit now has a case for a person. */
export const CASE_UNIT_LINKED_QUEUE = 'identity.case-unit-linked';

/**
 * Tells identity, in the caller's transaction, that `unit` has a case for `personId`, so the
 * unit's staff may read the person. Call it inside `em.transactional`.
 */
export async function enqueueCaseUnitLinked(em: EntityManager, link: { personId: string; unit: string }): Promise<void> {
  await enqueueJob(em, CASE_UNIT_LINKED_QUEUE, { personId: link.personId, unit: link.unit }, { singletonKey: `${link.personId}:${link.unit}` });
}
