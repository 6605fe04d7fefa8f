import type { EntityManager } from '@mikro-orm/postgresql';
import { Representation } from '../entities/representation.ts';

/** Representations a person may use today: verified and within their validity period. */
export function activeRepresentationsBy(em: EntityManager, representativeId: string, today: string): Promise<Representation[]> {
  return em.find(
    Representation,
    {
      representative: representativeId,
      verifiedAt: { $ne: null },
      validFrom: { $lte: today },
      $or: [{ validTo: null }, { validTo: { $gte: today } }],
    },
    { orderBy: { validFrom: 'asc' }, limit: 100 },
  );
}
