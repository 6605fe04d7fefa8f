import type { FilterQuery } from '@mikro-orm/core';
import { instantInStockholm } from '@omsorg/rules';
import type { ContentLanguage, ContentStatus, OfferingKind } from '@omsorg/rules/offerings';
import type { ContentFacts } from '../domain/access.ts';
import { addDaysTo } from '@omsorg/rules/swedish-calendar';
import type { Session } from '../entities/session.ts';

/** What a reader may narrow the public list of sessions by (all optional; together they all apply). */
export type SessionFilter = {
  district?: string | null;
  area?: string | null;
  venueId?: string | null;
  offeringId?: string | null;
  /** Stockholm days "YYYY-MM-DD", both included. Without `from`: from now. */
  from?: string | null;
  to?: string | null;
  kinds?: OfferingKind[] | null;
  /** The language the session is held in (ISO 639-1: sv, fi, ar, …). */
  language?: string | null;
  freeOfCharge?: boolean | null;
  stepFree?: boolean | null;
  hearingLoop?: boolean | null;
  /** Words in the title (Swedish or `readerLanguage`) or the venue's name. */
  search?: string | null;
};

/** Published and inside its dates at `now`, as a query condition (domain/access.ts isPublished). */
export function publishedWhere(now: Date) {
  return {
    status: 'PUBLISHED' as const,
    $and: [{ $or: [{ publishFrom: null }, { publishFrom: { $lte: now } }] }, { $or: [{ publishUntil: null }, { publishUntil: { $gt: now } }] }],
  };
}

export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

/** The search words, at most five, each at most 100 characters; none when blank. */
export function searchWords(search: string | null | undefined): string[] {
  return (search ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 5).map((word) => word.slice(0, 100));
}

/** The instant a Stockholm day begins. */
export function startOfDay(day: string): Date {
  return instantInStockholm(day, '00:00');
}

/**
 * The condition for the public list of sessions: the filter's, and only what the public may see
 * (the offering and the venue published) unless `includeDrafts` (an editor's preview).
 */
export function sessionWhere(filter: SessionFilter, options: { now: Date; readerLanguage: ContentLanguage; includeDrafts: boolean }): FilterQuery<Session> {
  const { now } = options;
  const and: FilterQuery<Session>[] = [];
  const offering: Record<string, unknown> = options.includeDrafts ? {} : publishedWhere(now);
  const venue: Record<string, unknown> = options.includeDrafts ? {} : { ...publishedWhere(now) };
  if (filter.kinds?.length) offering.kind = { $in: filter.kinds };
  if (filter.offeringId) offering.id = filter.offeringId;
  if (filter.district) venue.district = filter.district;
  if (filter.area) venue.area = filter.area;
  if (filter.venueId) venue.id = filter.venueId;
  if (filter.stepFree) venue.stepFree = true;
  if (filter.hearingLoop) venue.hearingLoop = true;
  if (Object.keys(offering).length) and.push({ offering });
  if (Object.keys(venue).length) and.push({ venue });
  // An occasion still going on is listed until it ends; days are Stockholm days.
  and.push({ endsAt: { $gt: filter.from ? startOfDay(filter.from) : now } });
  if (filter.from) and.push({ startsAt: { $gte: startOfDay(filter.from) } });
  if (filter.to) and.push({ startsAt: { $lt: startOfDay(addDaysTo(filter.to, 1)) } });
  if (filter.language) and.push({ $or: [{ language: filter.language }, { language: null, offering: { language: filter.language } }] });
  if (filter.freeOfCharge) and.push({ $or: [{ price: 0 }, { price: null, offering: { price: 0 } }] });
  for (const word of searchWords(filter.search)) {
    const pattern = `%${escapeLike(word)}%`;
    const titles: FilterQuery<Session>[] = [{ offering: { texts: { sv: { title: { $ilike: pattern } } } } } as FilterQuery<Session>];
    if (options.readerLanguage !== 'sv') titles.push({ offering: { texts: { [options.readerLanguage]: { title: { $ilike: pattern } } } } } as FilterQuery<Session>);
    and.push({ $or: [...titles, { venue: { name: { $ilike: pattern } } }] });
  }
  return { $and: and };
}

/** A venue's or offering's publishing facts as the access rules take them (domain/access.ts ContentFacts). */
export function contentFacts(content: { status: ContentStatus; publishFrom?: Date | null; publishUntil?: Date | null }): ContentFacts {
  return { status: content.status, publishFrom: content.publishFrom ?? null, publishUntil: content.publishUntil ?? null };
}
