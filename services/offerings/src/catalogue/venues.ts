import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { VenueKind } from '@omsorg/rules/offerings';
import { Venue } from '../entities/venue.ts';
import { escapeLike, publishedWhere, searchWords } from './session-filter.ts';

export type VenueFilter = {
  district?: string | null;
  area?: string | null;
  kind?: VenueKind | null;
  stepFree?: boolean | null;
  hearingLoop?: boolean | null;
  accessibleToilet?: boolean | null;
  search?: string | null;
};

/** The published venues the filter asks for, ordered by neighbourhood, then name (Swedish order). */
export async function findVenues(em: EntityManager, filter: VenueFilter, page: { offset: number; limit: number }, now: Date) {
  const and: FilterQuery<Venue>[] = [publishedWhere(now)];
  if (filter.district) and.push({ district: filter.district });
  if (filter.area) and.push({ area: filter.area });
  if (filter.kind) and.push({ kind: filter.kind });
  if (filter.stepFree) and.push({ stepFree: true });
  if (filter.hearingLoop) and.push({ hearingLoop: true });
  if (filter.accessibleToilet) and.push({ accessibleToilet: true });
  for (const word of searchWords(filter.search)) {
    const pattern = `%${escapeLike(word)}%`;
    and.push({ $or: [{ name: { $ilike: pattern } }, { streetAddress: { $ilike: pattern } }, { area: { $ilike: pattern } }] });
  }
  const [nodes, totalCount] = await em.findAndCount(Venue, { $and: and }, { orderBy: { area: 'asc', name: 'asc', id: 'asc' }, limit: page.limit, offset: page.offset });
  return { nodes, totalCount };
}
