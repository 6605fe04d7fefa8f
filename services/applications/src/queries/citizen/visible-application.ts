import type { EntityManager, FindOneOptions } from '@mikro-orm/postgresql';
import type { Actor } from '@omsorg/platform';
import { caseFilter, isUuid } from '../../domain/access.ts';
import { Application } from '../../entities/application.ts';

/**
 * One application, if the actor may see it (the access policy: their own, a represented person's,
 * or their unit's, never a draft for staff); otherwise null, so that "not yours" and "does not exist" look the same.
 */
export async function findVisibleApplication(
  em: EntityManager,
  actor: Actor,
  id: string,
  options: FindOneOptions<Application, any> = {},
): Promise<Application | null> {
  const filter = caseFilter(actor);
  if (!filter || !isUuid(id)) return null;
  return em.findOne(Application, { id, ...filter }, options);
}
