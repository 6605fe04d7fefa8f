import type { MikroORM } from '@mikro-orm/postgresql';
import { Booking } from '../entities/booking.ts';
import { Campaign } from '../entities/campaign.ts';
import { Resident } from '../entities/resident.ts';
import { Slot } from '../entities/slot.ts';

export type BookedConversation = { bookingId: string; personId: string; workerId: string; campaignId: string | null };

let minute = 0;

/**
 * A resident booked for a health conversation with a worker, at a meeting place: through a
 * campaign of `unit` (or without one when `unit` is null, the worker's own booking). For tests.
 */
export async function bookConversation(orm: MikroORM, options: { unit: string | null; workerId: string; personId?: string; language?: string }): Promise<BookedConversation> {
  const em = orm.em.fork();
  const personId = options.personId ?? crypto.randomUUID();
  if (!(await em.findOne(Resident, personId))) {
    em.create(Resident, {
      id: personId,
      givenName: 'Birgitta',
      familyName: 'Ek',
      birthDate: '1951-09-23',
      legalGender: 'FEMALE',
      districtArea: 'Fruängen',
      preferredLanguage: options.language ?? 'sv',
      interpreterNeeded: false,
      streetAddress: null,
      postalCode: null,
      postalTown: null,
      email: null,
      updatedAt: new Date(),
    });
  }
  const campaign = options.unit
    ? em.create(Campaign, { name: 'Hälsosamtal för dig som fyller 75', targetDescription: 'Alla som fyller 75.', unit: options.unit })
    : null;
  // Tuesday 8 December 2026 from 10.00 Stockholm time, a minute apart so slots never clash.
  const startsAt = new Date(Date.UTC(2026, 11, 8, 9, minute++));
  const slot = em.create(Slot, { workerId: options.workerId, startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000), kind: 'MEETING_PLACE', placeName: 'Träffpunkt Hägersten', placeAddress: 'Hägerstensvägen 1' });
  const booking = em.create(Booking, { slot, personId, campaign, kind: 'MEETING_PLACE', interpreterLanguage: null, companion: null, bookedByStaffId: null });
  await em.flush();
  return { bookingId: booking.id, personId, workerId: options.workerId, campaignId: campaign?.id ?? null };
}
