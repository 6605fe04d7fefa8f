import type { MikroORM } from '@mikro-orm/postgresql';
import { normalisePostalCode } from '../domain/postal-code.ts';
import { Venue } from '../entities/venue.ts';
import { seedInformationPages } from '../information/seed/index.ts';
import { seedOfferingSessions } from './sessions.ts';
import { VENUES, type VenueSeed } from './venues.ts';

/** The development data: meeting places, then their activities and sessions. Idempotent. */
export async function seedOfferings(orm: MikroORM, venues: VenueSeed[] = VENUES): Promise<void> {
  await seedVenues(orm, venues);
  await seedOfferingSessions(orm.em.fork());
  await seedInformationPages(orm);
}

/** Adds the development meeting places that are not there yet, matched by name. Idempotent. */
export async function seedVenues(orm: MikroORM, venues: VenueSeed[] = VENUES): Promise<void> {
  const em = orm.em.fork();
  const existing = new Set((await em.find(Venue, { name: { $in: venues.map((venue) => venue.name) } })).map((venue) => venue.name));
  for (const venue of venues) {
    if (existing.has(venue.name)) continue;
    const postalCode = normalisePostalCode(venue.postalCode);
    if (!postalCode) throw new Error(`Seed venue ${venue.name} has an invalid postal code`);
    const { openingHours, accessibility, description, ...facts } = venue;
    em.create(Venue, {
      ...facts,
      postalCode,
      city: 'Stockholm',
      stepFree: /ramp|hiss|markplan/i.test(accessibility),
      hearingLoop: /hörselslinga/i.test(accessibility),
      accessibleToilet: /toalett anpassad/i.test(accessibility),
      texts: { sv: { openingHours, accessibility, description, holidayHours: '', directions: '' } },
    });
  }
  await em.flush();
}
