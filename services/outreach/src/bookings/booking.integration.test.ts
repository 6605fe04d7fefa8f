import type { EntityManager } from '@mikro-orm/postgresql';
import { startTestSubgraph, type TestSubgraph } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AvailabilityException, AvailabilityTemplate } from '../entities/availability.ts';
import { Booking } from '../entities/booking.ts';
import { Campaign } from '../entities/campaign.ts';
import { Slot } from '../entities/slot.ts';
import { handleStaffMemberChanged } from '../jobs/staff-member-changed.ts';
import { materialiseSlots } from '../jobs/materialise-slots.ts';
import { outreachService } from '../service.ts';
import { Booked, BookingRefused, bookSlot, cancelBooking, freeDays, freeSlots, markNoShow, rescheduleBooking, SlotTaken } from './index.ts';

const UNIT = 'Uppsökande verksamhet, Hägersten-Älvsjö';
const WORKER = '0a0a0a0a-0000-4000-8000-000000000001';
const person = () => crypto.randomUUID();
const DAY = 24 * 3_600_000;

let subgraph: TestSubgraph;
let em: () => EntityManager;
let campaignId: string;

/** `count` free slots of one kind, an hour apart, starting `daysAhead` days from now at whole hours. */
async function makeSlots(count: number, daysAhead: number, kind: Slot['kind'] = 'MEETING_PLACE'): Promise<Slot[]> {
  const base = Math.ceil((Date.now() + daysAhead * DAY) / 3_600_000) * 3_600_000;
  const fork = em();
  const slots = Array.from({ length: count }, (_, index) =>
    fork.create(Slot, {
      workerId: WORKER,
      startsAt: new Date(base + index * 3_600_000),
      endsAt: new Date(base + index * 3_600_000 + 45 * 60_000),
      kind,
      placeName: 'Träffpunkt Hägersten',
      placeAddress: 'Hägerstensvägen 1',
      withdrawnAt: null,
    }),
  );
  await fork.flush();
  return slots;
}

const noticeJobs = async (bookingId: string) =>
  em()
    .getConnection()
    .execute<Array<{ event: string }>>(`select data->>'event' as event from pgboss.job where name = 'outreach.booking-notice' and data->>'bookingId' = ? order by created_on`, [bookingId]);

beforeAll(async () => {
  subgraph = await startTestSubgraph(outreachService);
  em = () => subgraph.orm.em.fork();
  await handleStaffMemberChanged(em(), { id: WORKER, unit: UNIT, roles: ['OUTREACH'], name: 'Omar Haddad', title: 'Äldrelots', phone: null, version: '2026-12-01T08:00:00Z' });
  const fork = em();
  const campaign = fork.create(Campaign, { name: 'Hälsosamtal 75', status: 'ACTIVE', startsOn: '2026-09-01', endsOn: null, targetDescription: 'Alla som fyller 75.', unit: UNIT });
  await fork.flush();
  campaignId = campaign.id;
}, 60_000);

afterAll(() => subgraph?.close());

describe('booking a slot', () => {
  it('books a free future slot once, enqueues the notice, and refuses a second booking in the same campaign', async () => {
    const [first, second] = await makeSlots(2, 3);
    const who = person();
    const outcome = await bookSlot(em(), { slotId: first!.id, personId: who, kind: 'MEETING_PLACE', campaignId, companion: '  min dotter Anna ', interpreterLanguage: 'fi' });
    expect(outcome).toBeInstanceOf(Booked);
    const booking = (outcome as Booked).booking;
    expect(booking).toMatchObject({ status: 'ACTIVE', companion: 'min dotter Anna', interpreterLanguage: 'fi' });
    expect(await noticeJobs(booking.id)).toEqual([{ event: 'BOOKED' }]);

    const again = await bookSlot(em(), { slotId: second!.id, personId: who, kind: 'MEETING_PLACE', campaignId });
    expect(again).toEqual(new BookingRefused('ALREADY_BOOKED', booking.id));
  });

  it('answers SlotTaken with the nearest free slots of the same kind, in time order', async () => {
    const slots = await makeSlots(8, 10);
    await makeSlots(2, 10.05, 'PHONE');
    await bookSlot(em(), { slotId: slots[3]!.id, personId: person(), kind: 'MEETING_PLACE' });
    const lost = await bookSlot(em(), { slotId: slots[3]!.id, personId: person(), kind: 'MEETING_PLACE' });
    expect(lost).toBeInstanceOf(SlotTaken);
    const nearest = (lost as SlotTaken).nearest;
    expect(nearest).toHaveLength(5);
    expect(nearest.every((slot) => slot.kind === 'MEETING_PLACE' && slot.id !== slots[3]!.id)).toBe(true);
    const times = nearest.map((slot) => slot.startsAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(nearest.map((slot) => slot.id)).toContain(slots[2]!.id);
    expect(nearest.map((slot) => slot.id)).toContain(slots[4]!.id);
  });

  it('refuses a slot in the past, of another kind, or that does not exist, and input too long', async () => {
    const fork = em();
    const past = fork.create(Slot, { workerId: WORKER, startsAt: new Date(Date.now() - DAY), endsAt: new Date(Date.now() - DAY + 1_800_000), kind: 'PHONE', placeName: null, placeAddress: null, withdrawnAt: null });
    await fork.flush();
    const [phone] = await makeSlots(1, 20, 'PHONE');
    expect(await bookSlot(em(), { slotId: past.id, personId: person(), kind: 'PHONE' })).toEqual(new BookingRefused('SLOT_IN_PAST'));
    expect(await bookSlot(em(), { slotId: phone!.id, personId: person(), kind: 'HOME' })).toEqual(new BookingRefused('KIND_MISMATCH'));
    expect(await bookSlot(em(), { slotId: crypto.randomUUID(), personId: person(), kind: 'HOME' })).toEqual(new BookingRefused('SLOT_NOT_FOUND'));
    expect(await bookSlot(em(), { slotId: phone!.id, personId: person(), kind: 'PHONE', companion: 'x'.repeat(201) })).toEqual(new BookingRefused('INVALID_INPUT'));
  });

  it('gives exactly one booking per slot when 50 people try 5 slots at once', async () => {
    const slots = await makeSlots(5, 30, 'HEALTH_CENTRE');
    const attempts = Array.from({ length: 50 }, (_, index) => bookSlot(em(), { slotId: slots[index % 5]!.id, personId: person(), kind: 'HEALTH_CENTRE' }));
    const outcomes = await Promise.all(attempts);
    expect(outcomes.filter((outcome) => outcome instanceof Booked)).toHaveLength(5);
    expect(outcomes.filter((outcome) => outcome instanceof SlotTaken)).toHaveLength(45);
    const holding = await em().count(Booking, { slot: slots.map((slot) => slot.id), status: 'ACTIVE' });
    expect(holding).toBe(5);
  });
});

describe('moving, cancelling and "did not come"', () => {
  it('moves a booking to a free slot (same row), not to a taken one, and frees the old slot', async () => {
    const [from, to, taken] = await makeSlots(3, 40, 'HOME');
    const booked = (await bookSlot(em(), { slotId: from!.id, personId: person(), kind: 'HOME', campaignId })) as Booked;
    await bookSlot(em(), { slotId: taken!.id, personId: person(), kind: 'HOME' });
    expect(await rescheduleBooking(em(), booked.booking.id, taken!.id)).toBeInstanceOf(SlotTaken);
    const moved = await rescheduleBooking(em(), booked.booking.id, to!.id);
    expect(moved).toBeInstanceOf(Booked);
    expect((moved as Booked).booking.id).toBe(booked.booking.id);
    const row = await em().findOneOrFail(Booking, { id: booked.booking.id });
    expect(row.slot.id).toBe(to!.id);
    const free = await freeSlots(em(), { kind: 'HOME', from: new Date(), to: new Date(Date.now() + 60 * DAY) }, { offset: 0, limit: 100 });
    expect(free.nodes.map((slot) => slot.id)).toContain(from!.id);
    expect(free.nodes.map((slot) => slot.id)).not.toContain(to!.id);
    expect((await noticeJobs(booked.booking.id)).map((job) => job.event)).toEqual(['BOOKED', 'RESCHEDULED']);
  });

  it('cancels an active booking with a reason, frees its slot for another, and will not cancel twice', async () => {
    const [slot] = await makeSlots(1, 45, 'PHONE');
    const booked = (await bookSlot(em(), { slotId: slot!.id, personId: person(), kind: 'PHONE' })) as Booked;
    const cancelled = await cancelBooking(em(), booked.booking.id, { reason: 'Personen ringde och avbokade' });
    expect((cancelled as Booked).booking).toMatchObject({ status: 'CANCELLED', cancelReason: 'Personen ringde och avbokade' });
    expect(await cancelBooking(em(), booked.booking.id, {})).toEqual(new BookingRefused('NOT_ACTIVE'));
    expect(await bookSlot(em(), { slotId: slot!.id, personId: person(), kind: 'PHONE' })).toBeInstanceOf(Booked);
    expect((await noticeJobs(booked.booking.id)).map((job) => job.event)).toEqual(['BOOKED', 'CANCELLED']);
  });

  it('marks "did not come" only once the time has begun', async () => {
    const [slot] = await makeSlots(1, 50, 'PHONE');
    const booked = (await bookSlot(em(), { slotId: slot!.id, personId: person(), kind: 'PHONE' })) as Booked;
    expect(await markNoShow(em(), booked.booking.id)).toEqual(new BookingRefused('NOT_STARTED'));
    const after = new Date(slot!.startsAt.getTime() + 60_000);
    expect(((await markNoShow(em(), booked.booking.id, after)) as Booked).booking.status).toBe('NO_SHOW');
  });

  it('counts free days in Stockholm time', async () => {
    const days = await freeDays(em(), { kind: 'HEALTH_CENTRE', from: new Date(), to: new Date(Date.now() + 60 * DAY) });
    expect(days.every((entry) => /^\d{4}-\d{2}-\d{2}$/.test(entry.day) && entry.freeSlots > 0)).toBe(true);
  });
});

describe('the slots job', () => {
  const OTHER = '0a0a0a0a-0000-4000-8000-000000000002';
  const count = (where: object = {}) => em().count(Slot, { workerId: OTHER, withdrawnAt: null, ...where });

  it('makes 8 weeks of slots from a template, idempotently, and keeps a booked slot when the template goes', async () => {
    const now = new Date('2026-12-07T06:00:00Z'); // a Monday morning
    const fork = em();
    const template = fork.create(AvailabilityTemplate, {
      workerId: OTHER,
      weekday: 2,
      startTime: '09:00',
      endTime: '12:00',
      slotMinutes: 60,
      kind: 'MEETING_PLACE',
      placeName: 'Träffpunkt Hägersten',
      placeAddress: 'Hägerstensvägen 1',
      validFrom: '2026-01-01',
      validTo: null,
    });
    await fork.flush();
    // Tuesdays 2026-12-08 … 2027-01-26: 8, none a holiday; 3 slots each.
    expect(await materialiseSlots(em(), { workerId: OTHER, now })).toBe(24);
    expect(await materialiseSlots(em(), { workerId: OTHER, now })).toBe(24);
    expect(await count()).toBe(24);

    const first = await em().findOneOrFail(Slot, { workerId: OTHER }, { orderBy: { startsAt: 'asc' } });
    expect(first.startsAt.toISOString()).toBe('2026-12-08T08:00:00.000Z');
    // Booking made before "now" so the job's clock and the booking's agree.
    const booked = (await bookSlot(em(), { slotId: first.id, personId: person(), kind: 'MEETING_PLACE' }, now)) as Booked;
    expect(booked).toBeInstanceOf(Booked);

    // A whole-day exception on 2026-12-15 takes that Tuesday's 3 free slots away.
    const away = em();
    away.create(AvailabilityException, { workerId: OTHER, startsOn: '2026-12-15', endsOn: '2026-12-15', startTime: null, endTime: null, reason: 'Utbildning' });
    await away.flush();
    await materialiseSlots(em(), { workerId: OTHER, now });
    expect(await count()).toBe(21);

    // The template removed: every free future slot goes, the booked one stays.
    const remove = em();
    remove.remove(remove.getReference(AvailabilityTemplate, template.id));
    await remove.flush();
    await materialiseSlots(em(), { workerId: OTHER, now });
    expect(await em().find(Slot, { workerId: OTHER }).then((slots) => slots.map((slot) => slot.id))).toEqual([first.id]);
  });
});

describe('references that do not hold', () => {
  it('refuses a campaign that does not exist as input to correct, not a server error', async () => {
    const [slot] = await makeSlots(1, 55, 'VIDEO');
    expect(await bookSlot(em(), { slotId: slot!.id, personId: person(), kind: 'VIDEO', campaignId: crypto.randomUUID() })).toEqual(new BookingRefused('INVALID_INPUT'));
  });
});
