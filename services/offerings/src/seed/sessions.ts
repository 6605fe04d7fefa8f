import type { EntityManager } from '@mikro-orm/postgresql';
import { clockInStockholm, instantInStockholm } from '@omsorg/rules';
import { addDaysTo, swedishHolidays } from '@omsorg/rules/swedish-calendar';
import { Offering } from '../entities/offering.ts';
import { Session } from '../entities/session.ts';
import { Venue } from '../entities/venue.ts';
import { OFFERINGS, SEED_ORGANISER, type OfferingSeed } from './offerings.ts';

/** How far ahead the seed keeps sessions. */
export const SEED_WEEKS = 8;

const isoWeekday = (day: string) => ((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
/** Weeks since Monday 2024-01-01, for "every other week" that stays the same whatever day one seeds. */
const weekNumber = (day: string) => Math.floor((Date.parse(`${day}T00:00:00Z`) - Date.parse('2024-01-01T00:00:00Z')) / (7 * 86_400_000));

/** The Stockholm days an offering's sessions are on, from `today` for `weeks` weeks. Pure. */
export function occurrenceDays(schedule: OfferingSeed['schedule'], today: string, weeks: number): string[] {
  const days: string[] = [];
  const holidays = new Set([...swedishHolidays(Number(today.slice(0, 4))), ...swedishHolidays(Number(today.slice(0, 4)) + 1)]);
  for (let offset = 0; offset < weeks * 7; offset += 1) {
    const day = addDaysTo(today, offset);
    if ('holidays' in schedule) {
      if (holidays.has(day)) days.push(day);
    } else if ('days' in schedule) {
      if (schedule.days.includes(day.slice(5))) days.push(day);
    } else if (schedule.weekdays.includes(isoWeekday(day)) && !holidays.has(day) && (!schedule.everyOtherWeek || weekNumber(day) % 2 === 0)) {
      days.push(day);
    }
  }
  return days;
}

/**
 * Adds the seeded offerings that are not there yet (matched by Swedish title and venue), published,
 * and the sessions of the coming weeks each lacks (matched by start). Idempotent: run again, it
 * only fills the weeks that have come into range since.
 */
export async function seedOfferingSessions(em: EntityManager, offerings: OfferingSeed[] = OFFERINGS, now: Date = new Date()): Promise<void> {
  const venues = new Map((await em.find(Venue, { name: { $in: [...new Set(offerings.map((seed) => seed.venue))] } })).map((venue) => [venue.name, venue]));
  const existing = await em.find(Offering, { venue: { $in: [...venues.values()] } });
  const today = clockInStockholm(now).day;
  for (const seed of offerings) {
    const venue = venues.get(seed.venue);
    // A seed of fewer venues (tests) seeds only their offerings.
    if (!venue) continue;
    const found = existing.find((candidate) => candidate.venue.id === venue.id && candidate.texts.sv.title === seed.texts.sv.title);
    const offering =
      found ??
      em.create(Offering, {
        kind: seed.kind,
        audience: seed.audience ?? 'OPEN_65',
        venue,
        texts: seed.texts,
        price: seed.price ?? 0,
        language: seed.language ?? 'sv',
        organiserUnit: SEED_ORGANISER,
        registrationRequired: seed.registrationRequired ?? seed.capacity !== null,
        status: 'PUBLISHED',
      });
    const starts = occurrenceDays(seed.schedule, today, SEED_WEEKS).map((day) => instantInStockholm(day, seed.start)).filter((start) => start > now);
    const known = new Set(found ? (await em.find(Session, { offering: found, startsAt: { $in: starts } })).map((session) => session.startsAt.getTime()) : []);
    for (const startsAt of starts) {
      if (known.has(startsAt.getTime())) continue;
      em.create(Session, { offering, venue, startsAt, endsAt: new Date(startsAt.getTime() + seed.minutes * 60_000), capacity: seed.capacity, room: seed.room ?? null });
    }
  }
  await em.flush();
}
