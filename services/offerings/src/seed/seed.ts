import type { MikroORM } from '@mikro-orm/postgresql';
import { normalisePostalCode } from '../domain/postal-code.ts';
import { Venue } from '../entities/venue.ts';
import { VENUES, type VenueSeed } from './venues.ts';

/** Adds the development meeting places that are not there yet, matched by name. Idempotent. */
export async function seedOfferings(orm: MikroORM, venues: VenueSeed[] = VENUES): Promise<void> {
  const em = orm.em.fork();
  const existing = new Set((await em.find(Venue, { name: { $in: venues.map((venue) => venue.name) } })).map((venue) => venue.name));
  for (const venue of venues) {
    if (existing.has(venue.name)) continue;
    const postalCode = normalisePostalCode(venue.postalCode);
    if (!postalCode) throw new Error(`Seed venue ${venue.name} has an invalid postal code`);
    em.create(Venue, { ...venue, postalCode, city: 'Stockholm' });
  }
  await em.flush();
}
