import type { EntityName, FilterQuery } from '@mikro-orm/core';
import type { RequestContext } from '@omsorg/platform';
import type { Application } from '../../entities/application.ts';
import { Decision } from '../../entities/decision.ts';

/** Items in the order of their keys, picking from each key's group (the first by default). */
export function byKey<T, K>(keys: readonly K[], items: readonly T[], keyOf: (item: T) => K, pick: (found: T[]) => T | null = (found) => found[0] ?? null): (T | null)[] {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return keys.map((key) => pick(groups.get(key) ?? []));
}

/** The cases of many decisions in one round, each with its requested services. */
export async function applicationsOfDecisions(decisionIds: readonly string[], context: RequestContext): Promise<(Application | Error)[]> {
  const decisions = await context.em.find(Decision, { id: { $in: [...decisionIds] } }, { populate: ['requestedService.application.requestedServices'] });
  return byKey(decisionIds, decisions, (decision) => decision.id).map(
    (decision) => (decision?.requestedService.application as Application | undefined) ?? new Error('Application not found'),
  );
}

/** Entities of one kind by id in one round, in the order of the ids; null where there is none. */
export async function byIds<T extends { id: string }>(entity: EntityName<T>, ids: readonly string[], context: RequestContext): Promise<(T | null)[]> {
  // T is generic here, so TypeScript cannot see that `id` is one of its filterable properties.
  const found = await context.em.find(entity, { id: { $in: [...ids] } } as unknown as FilterQuery<T>);
  return byKey(ids, found, (item) => item.id);
}
