import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { type ContentLanguage, monthInStockholm, pickTranslation, type ProgrammeLayout } from '@omsorg/rules/offerings';
import { type ContentFacts, isPublished } from '../domain/access.ts';
import type { Offering } from '../entities/offering.ts';
import { Session } from '../entities/session.ts';
import type { Venue } from '../entities/venue.ts';

/** One session as the programme prints it: plain data, in the programme's language. */
export type ProgrammeEntry = {
  id: string;
  venueId: string;
  startsAt: Date;
  endsAt: Date;
  title: string;
  room: string | null;
  price: number;
  /** Places; null when drop-in or when no number is set. */
  capacity: number | null;
  registrationRequired: boolean;
  needsDecision: boolean;
  /** ISO 639-1, e.g. sv, fi. */
  language: string;
};

export type ProgrammeVenue = {
  id: string;
  name: string;
  streetAddress: string;
  postalCode: string;
  area: string;
  phone: string | null;
  stepFree: boolean;
  hearingLoop: boolean;
  accessibleToilet: boolean;
  accessibility: string;
};

/** Everything a programme shows. `venues` by neighbourhood then name, `entries` by start. */
export type ProgrammeContent = {
  district: string;
  month: string;
  layout: ProgrammeLayout;
  language: ContentLanguage;
  venues: ProgrammeVenue[];
  entries: ProgrammeEntry[];
  /** The number to phone to register, and the portal address (without https://). */
  phone: string;
  web: string;
  /** "YYYY-MM-DD": the file's date. */
  date: string;
};

/** Sessions read per query: a district's month is a few hundred, read in pages so progress moves and memory stays small. */
export const PROGRAMME_PAGE_SIZE = 100;

/**
 * The published sessions of published offerings at the district's published venues in the month
 * (Stockholm time), cancelled ones left out, in start order, read in pages; `onPage(read, total)`
 * after each page. Published means published at `now` (`isPublished`, the public's rule).
 */
export async function readProgrammeSessions(
  em: EntityManager,
  query: { district: string; month: string; language: ContentLanguage; now: Date },
  onPage: (read: number, total: number) => Promise<void> | void,
): Promise<{ venues: ProgrammeVenue[]; entries: ProgrammeEntry[] }> {
  const { from, to } = monthInStockholm(query.month);
  const now = query.now;
  const published = { status: 'PUBLISHED', $and: [{ $or: [{ publishFrom: null }, { publishFrom: { $lte: now } }] }, { $or: [{ publishUntil: null }, { publishUntil: { $gt: now } }] }] };
  const where = {
    startsAt: { $gte: from, $lt: to },
    cancelledAt: null,
    venue: { district: query.district, ...published },
    offering: published,
  } as FilterQuery<Session>;
  const total = await em.count(Session, where);
  const entries: ProgrammeEntry[] = [];
  const venues = new Map<string, ProgrammeVenue>();
  for (let offset = 0; offset < total; offset += PROGRAMME_PAGE_SIZE) {
    const page = await em.find(Session, where, { populate: ['offering', 'venue'], orderBy: { startsAt: 'asc', id: 'asc' }, limit: PROGRAMME_PAGE_SIZE, offset });
    for (const session of page) {
      const offering = session.offering as unknown as Offering;
      const venue = session.venue as unknown as Venue;
      // The query asked for the same; the policy says it once more, as every path to the public's data does.
      if (!isPublished(facts(offering), now) || !isPublished(facts(venue), now)) continue;
      entries.push(entryOf(session, offering, query.language));
      if (!venues.has(venue.id)) venues.set(venue.id, venueOf(venue, query.language));
    }
    em.clear();
    await onPage(Math.min(offset + PROGRAMME_PAGE_SIZE, total), total);
  }
  const swedish = new Intl.Collator('sv-SE');
  const ordered = [...venues.values()].sort((a, b) => swedish.compare(a.area, b.area) || swedish.compare(a.name, b.name) || a.id.localeCompare(b.id));
  return { venues: ordered, entries };
}

const facts = (content: Offering | Venue): ContentFacts => ({ status: content.status, publishFrom: content.publishFrom ?? null, publishUntil: content.publishUntil ?? null });

function entryOf(session: Session, offering: Offering, language: ContentLanguage): ProgrammeEntry {
  return {
    id: session.id,
    venueId: (session.venue as unknown as Venue).id,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    title: pickTranslation(offering.texts, language).value.title || offering.texts.sv.title,
    room: session.room ?? null,
    price: session.price ?? offering.price,
    capacity: session.capacity ?? null,
    registrationRequired: offering.registrationRequired && session.capacity !== null,
    needsDecision: offering.audience === 'DECISION',
    language: session.language ?? offering.language,
  };
}

function venueOf(venue: Venue, language: ContentLanguage): ProgrammeVenue {
  return {
    id: venue.id,
    name: venue.name,
    streetAddress: venue.streetAddress,
    postalCode: venue.postalCode,
    area: venue.area,
    phone: venue.phone ?? null,
    stepFree: venue.stepFree,
    hearingLoop: venue.hearingLoop,
    accessibleToilet: venue.accessibleToilet,
    accessibility: pickTranslation(venue.texts, language).value.accessibility || venue.texts.sv.accessibility,
  };
}
