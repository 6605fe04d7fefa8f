import type { EntityManager } from '@mikro-orm/postgresql';
import { Representation } from '../entities/representation.ts';

function activeRepresentations(em: EntityManager, side: { representative: string } | { represented: string }, today: string): Promise<Representation[]> {
  return em.find(
    Representation,
    { ...side, verifiedAt: { $ne: null }, endedAt: null, validFrom: { $lte: today }, $or: [{ validTo: null }, { validTo: { $gte: today } }] },
    { orderBy: { validFrom: 'asc' }, limit: 100 },
  );
}

/** Representations a person may use today: verified, not ended, and within their validity period. */
export function activeRepresentationsBy(em: EntityManager, representativeId: string, today: string): Promise<Representation[]> {
  return activeRepresentations(em, { representative: representativeId }, today);
}

/** Who may act for a person today. */
export function activeRepresentationsOf(em: EntityManager, representedId: string, today: string): Promise<Representation[]> {
  return activeRepresentations(em, { represented: representedId }, today);
}

/** Who may act for a person today or from a later date: what staff see and may end. */
export function currentAndComingRepresentationsOf(em: EntityManager, representedId: string, today: string): Promise<Representation[]> {
  return em.find(
    Representation,
    { represented: representedId, verifiedAt: { $ne: null }, endedAt: null, $or: [{ validTo: null }, { validTo: { $gte: today } }] },
    { orderBy: { validFrom: 'asc' }, limit: 100 },
  );
}
