import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ConflictFailure, isUuid, NotFoundFailure, type RequestContext } from '@omsorg/platform';

type Versioned = { id: string; version: number };

/**
 * The row to change, locked for the rest of the transaction: NotFoundError when it is not there,
 * ConflictError when someone saved it after the editor loaded `version` (nothing is saved).
 */
export async function lockedForEdit<T extends Versioned>(
  em: EntityManager,
  context: RequestContext,
  entity: { new (...args: never[]): T } | string,
  id: string,
  version: number,
  notFoundKey: string,
): Promise<T> {
  const found = isUuid(id) ? ((await em.findOne(entity as never, { id } as never, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true })) as T | null) : null;
  if (!found) throw new NotFoundFailure(context.t(notFoundKey));
  if (found.version !== version) throw new ConflictFailure(context.t('error.offerings.conflict'), found.version);
  return found;
}
