import type { EntityManager, FindOneOptions } from '@mikro-orm/postgresql';
import type { Actor } from '@omsorg/platform';
import { visibleApplications } from '../../domain/visibility.ts';
import { Application } from '../../entities/application.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids come from users: anything that is not a UUID simply matches nothing. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * One application, if the actor may see it (their own, a represented person's, or their unit's);
 * otherwise null, so that "not yours" and "does not exist" look the same.
 */
export async function findVisibleApplication(
  em: EntityManager,
  actor: Actor,
  id: string,
  options: FindOneOptions<Application, any> = {},
): Promise<Application | null> {
  const filter = visibleApplications(actor);
  if (!filter || !isUuid(id)) return null;
  return em.findOne(Application, { id, ...filter }, options);
}
