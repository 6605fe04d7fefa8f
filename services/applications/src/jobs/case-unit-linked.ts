import type { EntityManager } from '@mikro-orm/postgresql';
import { enqueueJob } from '@omsorg/platform';

/** Identity's queue (services/identity/src/jobs/case-unit-linked.ts): a unit now has a case for a person. */
export const CASE_UNIT_LINKED_QUEUE = 'identity.case-unit-linked';

/**
 * Tells identity, in the caller's transaction, that `unit` has a case concerning these persons
 * (the applicant, and a representative who sent it for them), so the unit's staff may read
 * them. Call it inside `em.transactional`.
 */
export async function enqueueCaseUnitLinked(em: EntityManager, link: { personIds: readonly string[]; unit: string }): Promise<void> {
  // One job for the persons of one case, so identity links them together.
  const personIds = [...new Set(link.personIds)].sort();
  await enqueueJob(em, CASE_UNIT_LINKED_QUEUE, { personIds, unit: link.unit }, { singletonKey: `${personIds.join('+')}:${link.unit}` });
}
