import type { EntityManager } from '@mikro-orm/postgresql';
import { Representation } from '../entities/representation.ts';

function activeRepresentations(em: EntityManager, side: { representative: string } | { represented: string }, today: string): Promise<Representation[]> {
  return em.find(
    Representation,
    { ...side, verifiedAt: { $ne: null }, validFrom: { $lte: today }, $or: [{ validTo: null }, { validTo: { $gte: today } }] },
    { orderBy: { validFrom: 'asc' }, limit: 100 },
  );
}

/** Representations a person may use today: verified and within their validity period. */
export function activeRepresentationsBy(em: EntityManager, representativeId: string, today: string): Promise<Representation[]> {
  return activeRepresentations(em, { representative: representativeId }, today);
}

/** Who may act for a person today. */
export function activeRepresentationsOf(em: EntityManager, representedId: string, today: string): Promise<Representation[]> {
  return activeRepresentations(em, { represented: representedId }, today);
}
