import type { Actor } from '@omsorg/platform';
import { startTestSubgraph, type TestSubgraph } from '@omsorg/platform/testing';
import { instantInStockholm } from '@omsorg/rules';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Campaign } from '../entities/campaign.ts';
import { CohortMember } from '../entities/cohort-member.ts';
import { Invitation } from '../entities/invitation.ts';
import { Resident } from '../entities/resident.ts';
import { Slot } from '../entities/slot.ts';
import { handleStaffMemberChanged } from '../jobs/staff-member-changed.ts';
import { outreachService } from '../service.ts';
import { createInvitations } from './create-invitations.ts';

const UNIT = 'Uppsökande verksamhet, Hägersten-Älvsjö';
const OTHER_UNIT = 'Uppsökande verksamhet, Skärholmen';
const WORKER = '0b0b0b0b-0000-4000-8000-000000000001';
const OTHER_WORKER = '0b0b0b0b-0000-4000-8000-000000000002';
const DAY = 24 * 3_600_000;
const anonymous: Actor = { kind: 'anonymous' };
const omar: Actor = { kind: 'staff', staffId: WORKER, roles: ['OUTREACH'], unit: UNIT };
const otherUnitStaff: Actor = { kind: 'staff', staffId: OTHER_WORKER, roles: ['OUTREACH'], unit: OTHER_UNIT };

const BOOKING_FIELDS = `id status kind date startTime placeName homeStreet workerFirstName workerTitle interpreterLanguage companion calendarFile`;
const OPEN = `mutation($code: String!, $birthDate: String!) { openInvitation(code: $code, birthDate: $birthDate) { ... on MutationOpenInvitationSuccess { data { token } } ... on Error { message } } }`;
const KINDS = `query($token: String, $invitationId: ID) { invitationMeetingKinds(token: $token, invitationId: $invitationId) }`;
const DAYS = `query($token: String, $kind: MeetingKind!, $offset: Int, $limit: Int) { invitationFreeDays(token: $token, kind: $kind, offset: $offset, limit: $limit) { totalCount nodes { day freeSlots } } }`;
const TIMES = `query($token: String, $kind: MeetingKind!, $day: String!) { invitationFreeTimes(token: $token, kind: $kind, day: $day) { id date startTime placeName } }`;
const CURRENT = `query($token: String, $invitationId: ID) { invitationBooking(token: $token, invitationId: $invitationId) { ${BOOKING_FIELDS} } }`;
const RESULT = (name: string) => `__typename
    ... on Mutation${name}Success { data { ${BOOKING_FIELDS} } }
    ... on Error { message }
    ... on SlotTakenError { nearest { id startTime } }
    ... on BookingRefusedError { reason existingBookingId }`;
const BOOK = `mutation($token: String, $invitationId: ID, $slotId: ID!, $interpreterLanguage: String, $companion: String) {
  bookInvitationSlot(token: $token, invitationId: $invitationId, slotId: $slotId, interpreterLanguage: $interpreterLanguage, companion: $companion) { ${RESULT('BookInvitationSlot')} } }`;
const MOVE = `mutation($token: String, $invitationId: ID, $slotId: ID!) { rescheduleInvitationBooking(token: $token, invitationId: $invitationId, slotId: $slotId) { ${RESULT('RescheduleInvitationBooking')} } }`;
const CANCEL = `mutation($token: String, $invitationId: ID, $reason: String) { cancelInvitationBooking(token: $token, invitationId: $invitationId, reason: $reason) { ${RESULT('CancelInvitationBooking')} } }`;
const NOTE = `mutation($invitationId: ID!, $noted: Boolean!) { noteHearingOrMemory(invitationId: $invitationId, noted: $noted) { __typename ... on MutationNoteHearingOrMemorySuccess { data } ... on Error { message } } }`;

let subgraph: TestSubgraph;
let clients = 0;
const client = () => `198.51.100.${++clients}`;
const codes = new Map<string, { code: string; invitationId: string }>();

const request = async (actor: Actor, query: string, variables: Record<string, unknown> = {}) => {
  const result = await subgraph.request(actor, query, variables, 'sv', client());
  expect(result.errors).toBeUndefined();
  return result.data!;
};

/**
 * `count` slots an hour apart from 10.00 Stockholm time `daysAhead` days on, for a worker and
 * kind: all on one Stockholm day whatever the hour the test runs.
 */
async function makeSlots(count: number, daysAhead: number, kind: Slot['kind'] = 'MEETING_PLACE', workerId = WORKER): Promise<Slot[]> {
  const base = instantInStockholm(new Date(Date.now() + daysAhead * DAY).toISOString().slice(0, 10), '10:00').getTime();
  const em = subgraph.orm.em.fork();
  const slots = Array.from({ length: count }, (_, index) =>
    em.create(Slot, {
      workerId,
      startsAt: new Date(base + index * 3_600_000),
      endsAt: new Date(base + index * 3_600_000 + 45 * 60_000),
      kind,
      placeName: kind === 'MEETING_PLACE' ? 'Träffpunkt Hägersten' : null,
      placeAddress: kind === 'MEETING_PLACE' ? 'Hägerstensvägen 110' : null,
      withdrawnAt: null,
    }),
  );
  await em.flush();
  return slots;
}

/** A resident in the campaign's cohort with an invitation; answers its code and invitation id. */
async function invited(campaignId: string, givenName: string, birthDate: string) {
  const em = subgraph.orm.em.fork();
  const id = crypto.randomUUID();
  em.create(Resident, {
    id, givenName, familyName: 'Testsson', birthDate, legalGender: 'FEMALE', districtArea: 'Fruängen', preferredLanguage: 'sv', interpreterNeeded: false,
    streetAddress: 'Fruängsgården 22', postalCode: '129 52', postalTown: 'Hägersten', email: null, updatedAt: new Date('2026-01-01T00:00:00Z'),
  });
  em.create(CohortMember, { campaign: campaignId, personId: id });
  await em.flush();
  const [created] = await subgraph.orm.em.fork().transactional((tx) => createInvitations(tx, campaignId, [id]));
  codes.set(id, { code: created!.code, invitationId: created!.invitationId });
  return { personId: id, invitationId: created!.invitationId, code: created!.code, birthDate };
}

async function open(person: { code: string; birthDate: string }): Promise<string> {
  const data = await request(anonymous, OPEN, { code: person.code, birthDate: person.birthDate });
  return data.openInvitation.data.token;
}

let campaignId: string;

beforeAll(async () => {
  subgraph = await startTestSubgraph(outreachService);
  await handleStaffMemberChanged(subgraph.orm.em.fork(), { id: WORKER, unit: UNIT, roles: ['OUTREACH'], name: 'Omar Haddad', title: 'Äldrelots', phone: null, version: '2026-12-01T08:00:00Z' });
  await handleStaffMemberChanged(subgraph.orm.em.fork(), { id: OTHER_WORKER, unit: OTHER_UNIT, roles: ['OUTREACH'], name: 'Sara Berg', title: 'Äldrelots', phone: null, version: '2026-12-01T08:00:00Z' });
  const em = subgraph.orm.em.fork();
  const campaign = em.create(Campaign, { name: 'Hälsosamtal för dig som fyller 75', status: 'ACTIVE', targetDescription: 'Alla som fyller 75.', unit: UNIT });
  await em.flush();
  campaignId = campaign.id;
}, 60_000);

afterAll(() => subgraph?.close());

describe('booking through an invitation', () => {
  it('offers the kinds, days and times of the campaign’s unit, books one, says yes, and gives a calendar file that parses', async () => {
    const slots = await makeSlots(3, 20);
    await makeSlots(2, 20, 'PHONE', OTHER_WORKER);
    const birgitta = await invited(campaignId, 'Birgitta', '1951-09-23');
    const token = await open(birgitta);

    const kinds = (await request(anonymous, KINDS, { token })).invitationMeetingKinds as string[];
    expect(kinds).toContain('MEETING_PLACE');
    expect(kinds).not.toContain('PHONE'); // only another unit's worker has phone times

    const slotDay = (await request(anonymous, TIMES, { token, kind: 'MEETING_PLACE', day: '2000-01-01' })).invitationFreeTimes;
    expect(slotDay).toEqual([]);
    const days = (await request(anonymous, DAYS, { token, kind: 'MEETING_PLACE', offset: 0, limit: 100 })).invitationFreeDays;
    expect(days.totalCount).toBeGreaterThan(0);
    const times = await Promise.all(days.nodes.map((d: { day: string }) => request(anonymous, TIMES, { token, kind: 'MEETING_PLACE', day: d.day })));
    const ids = times.flatMap((t) => t.invitationFreeTimes.map((s: { id: string }) => s.id));
    for (const slot of slots) expect(ids).toContain(slot.id);

    const booked = (await request(anonymous, BOOK, { token, slotId: slots[0]!.id, interpreterLanguage: 'fi', companion: 'min dotter Anna' })).bookInvitationSlot;
    expect(booked.__typename).toBe('MutationBookInvitationSlotSuccess');
    expect(booked.data).toMatchObject({ status: 'ACTIVE', kind: 'MEETING_PLACE', placeName: 'Träffpunkt Hägersten', homeStreet: null, workerFirstName: 'Omar', workerTitle: 'Äldrelots', interpreterLanguage: 'fi', companion: 'min dotter Anna' });
    const invitation = await subgraph.orm.em.fork().findOneOrFail(Invitation, { id: birgitta.invitationId });
    expect(invitation.status).toBe('ACCEPTED');

    const vevent = new ICAL.Component(ICAL.parse(booked.data.calendarFile)).getFirstSubcomponent('vevent')!;
    const event = new ICAL.Event(vevent);
    expect(event.startDate.toJSDate().getTime()).toBe(slots[0]!.startsAt.getTime());
    expect(event.location).toContain('Träffpunkt Hägersten');
    expect(event.uid).toBe(`booking-${booked.data.id}@outreach.omsorg`);

    const current = (await request(anonymous, CURRENT, { token })).invitationBooking;
    expect(current.id).toBe(booked.data.id);
  });

  it('lists a time at Stockholm midnight on the day it is counted under', async () => {
    const em = subgraph.orm.em.fork();
    const day = new Date(Date.now() + 30 * DAY).toISOString().slice(0, 10);
    const startsAt = instantInStockholm(day, '00:00');
    const slot = em.create(Slot, { workerId: WORKER, startsAt, endsAt: new Date(startsAt.getTime() + 45 * 60_000), kind: 'PHONE', placeName: null, placeAddress: null, withdrawnAt: null });
    await em.flush();
    const ingrid = await invited(campaignId, 'Ingrid', '1951-03-02');
    const token = await open(ingrid);

    const days = (await request(anonymous, DAYS, { token, kind: 'PHONE', offset: 0, limit: 100 })).invitationFreeDays;
    expect(days.nodes).toContainEqual({ day, freeSlots: 1 });
    const times = (await request(anonymous, TIMES, { token, kind: 'PHONE', day })).invitationFreeTimes;
    expect(times.map((t: { id: string }) => t.id)).toEqual([slot.id]);
  });

  it('refuses a time of another unit’s worker, and a second booking (move it instead)', async () => {
    const [own, second] = await makeSlots(2, 22);
    const [foreign] = await makeSlots(1, 22, 'MEETING_PLACE', OTHER_WORKER);
    const signe = await invited(campaignId, 'Signe', '1942-03-15');
    const token = await open(signe);

    const refused = (await request(anonymous, BOOK, { token, slotId: foreign!.id })).bookInvitationSlot;
    expect(refused).toMatchObject({ __typename: 'BookingRefusedError', reason: 'SLOT_NOT_FOUND' });

    const first = (await request(anonymous, BOOK, { token, slotId: own!.id })).bookInvitationSlot;
    expect(first.__typename).toBe('MutationBookInvitationSlotSuccess');
    const again = (await request(anonymous, BOOK, { token, slotId: second!.id })).bookInvitationSlot;
    expect(again).toMatchObject({ __typename: 'BookingRefusedError', reason: 'ALREADY_BOOKED', existingBookingId: first.data.id, message: 'Du har redan en bokad tid. Boka om den i stället.' });
  });

  it('answers a time someone else got first with SlotTakenError and the nearest free times', async () => {
    const [wanted, near1, near2] = await makeSlots(3, 24);
    const first = await invited(campaignId, 'Karin', '1951-02-02');
    const second = await invited(campaignId, 'Greta', '1951-03-03');
    const [a, b] = [await open(first), await open(second)];
    expect((await request(anonymous, BOOK, { token: a, slotId: wanted!.id })).bookInvitationSlot.__typename).toBe('MutationBookInvitationSlotSuccess');
    const lost = (await request(anonymous, BOOK, { token: b, slotId: wanted!.id })).bookInvitationSlot;
    expect(lost.__typename).toBe('SlotTakenError');
    expect(lost.message).toBe('Tiden hann bokas av någon annan. Välj en av de närmaste lediga tiderna.');
    const nearest = lost.nearest.map((s: { id: string }) => s.id);
    expect(nearest).toContain(near1!.id);
    expect(nearest).toContain(near2!.id);
    expect(nearest).not.toContain(wanted!.id);
  });

  it('moves and cancels the booking; the old and the cancelled times are free again', async () => {
    const [from, to] = await makeSlots(2, 26);
    const person = await invited(campaignId, 'Elsa', '1951-04-04');
    const token = await open(person);
    const booked = (await request(anonymous, BOOK, { token, slotId: from!.id })).bookInvitationSlot.data;
    const moved = (await request(anonymous, MOVE, { token, slotId: to!.id })).rescheduleInvitationBooking;
    expect(moved.__typename).toBe('MutationRescheduleInvitationBookingSuccess');
    expect(moved.data.id).toBe(booked.id);
    const day = moved.data.date;
    const free = (await request(anonymous, TIMES, { token, kind: 'MEETING_PLACE', day })).invitationFreeTimes.map((s: { id: string }) => s.id);
    expect(free).toContain(from!.id);
    expect(free).not.toContain(to!.id);

    const cancelled = (await request(anonymous, CANCEL, { token, reason: 'Jag är bortrest.' })).cancelInvitationBooking;
    expect(cancelled.data).toMatchObject({ id: booked.id, status: 'CANCELLED', calendarFile: null });
    expect((await request(anonymous, CURRENT, { token })).invitationBooking).toBeNull();
    const again = (await request(anonymous, CANCEL, { token })).cancelInvitationBooking;
    expect(again).toMatchObject({ __typename: 'NotFoundError', message: 'Det finns ingen bokad tid att ändra.' });
  });

  it('never lets a token touch another invitation’s booking', async () => {
    const [slot, other] = await makeSlots(2, 28);
    const owner = await invited(campaignId, 'Astrid', '1951-05-05');
    const intruder = await invited(campaignId, 'Ingrid', '1951-06-06');
    const ownerToken = await open(owner);
    const intruderToken = await open(intruder);
    const booked = (await request(anonymous, BOOK, { token: ownerToken, slotId: slot!.id })).bookInvitationSlot.data;

    // The intruder's token with the owner's invitation id opens nothing.
    expect((await request(anonymous, CURRENT, { token: intruderToken, invitationId: owner.invitationId })).invitationBooking).toBeNull();
    const move = (await request(anonymous, MOVE, { token: intruderToken, invitationId: owner.invitationId, slotId: other!.id })).rescheduleInvitationBooking;
    expect(move.__typename).toBe('NotFoundError');
    const cancel = (await request(anonymous, CANCEL, { token: intruderToken, invitationId: owner.invitationId })).cancelInvitationBooking;
    expect(cancel.__typename).toBe('NotFoundError');
    // Without a token or sign-in, an id alone opens nothing either.
    expect((await request(anonymous, CANCEL, { invitationId: owner.invitationId })).cancelInvitationBooking.__typename).toBe('NotFoundError');
    expect((await request(anonymous, CURRENT, { invitationId: owner.invitationId })).invitationBooking).toBeNull();
    // Their own token still sees the booking unchanged.
    expect((await request(anonymous, CURRENT, { token: ownerToken })).invitationBooking).toMatchObject({ id: booked.id, status: 'ACTIVE' });
  });

  it('lets a signed-in representative book for the person, and a stranger not; a home visit shows the person’s street only', async () => {
    const [home] = await makeSlots(1, 30, 'HOME');
    const person = await invited(campaignId, 'Märta', '1951-07-07');
    const representative: Actor = { kind: 'person', personId: crypto.randomUUID(), actingFor: [person.personId] };
    const stranger: Actor = { kind: 'person', personId: crypto.randomUUID(), actingFor: [] };

    expect((await request(stranger, BOOK, { invitationId: person.invitationId, slotId: home!.id })).bookInvitationSlot.__typename).toBe('NotFoundError');
    expect((await request(representative, KINDS, { invitationId: person.invitationId })).invitationMeetingKinds).toContain('HOME');
    const booked = (await request(representative, BOOK, { invitationId: person.invitationId, slotId: home!.id })).bookInvitationSlot;
    expect(booked.data).toMatchObject({ kind: 'HOME', homeStreet: 'Fruängsgården 22', placeName: null });
    expect(new ICAL.Event(new ICAL.Component(ICAL.parse(booked.data.calendarFile)).getFirstSubcomponent('vevent')!).location).toBe('Fruängsgården 22');
    expect((await request(stranger, CURRENT, { invitationId: person.invitationId })).invitationBooking).toBeNull();
  });

  it('does not offer or book video when hearing or memory problems are noted; only the unit’s outreach staff note it', async () => {
    const [video] = await makeSlots(1, 32, 'VIDEO');
    const person = await invited(campaignId, 'Dagny', '1951-08-08');
    const token = await open(person);
    expect((await request(anonymous, KINDS, { token })).invitationMeetingKinds).toContain('VIDEO');

    expect((await request(otherUnitStaff, NOTE, { invitationId: person.invitationId, noted: true })).noteHearingOrMemory.__typename).toBe('NotFoundError');
    expect((await request(omar, NOTE, { invitationId: person.invitationId, noted: true })).noteHearingOrMemory).toMatchObject({ data: true });
    // The cohort list reads the note back, for its own unit's staff only, and logs the read.
    const NOTES = `query($campaignId: ID!, $personIds: [ID!]!) { cohortInvitationNotes(campaignId: $campaignId, personIds: $personIds) {
      __typename ... on QueryCohortInvitationNotesSuccess { data { personId invitationId hearingOrMemoryNoted } } ... on Error { message } } }`;
    const notes = (await request(omar, NOTES, { campaignId, personIds: [person.personId] })).cohortInvitationNotes;
    expect(notes.data).toEqual([{ personId: person.personId, invitationId: person.invitationId, hearingOrMemoryNoted: true }]);
    expect((await request(otherUnitStaff, NOTES, { campaignId, personIds: [person.personId] })).cohortInvitationNotes.__typename).toBe('NotFoundError');
    const logged = await subgraph.orm.em.getConnection().execute<Array<{ count: string }>>(
      `select count(*) as count from outreach.access_log where person_id = ? and resource = 'hearing-or-memory-note'`,
      [person.personId],
    );
    expect(Number(logged[0]!.count)).toBe(1);

    expect((await request(anonymous, KINDS, { token })).invitationMeetingKinds).not.toContain('VIDEO');
    expect((await request(anonymous, DAYS, { token, kind: 'VIDEO' })).invitationFreeDays.totalCount).toBe(0);
    const refused = (await request(anonymous, BOOK, { token, slotId: video!.id })).bookInvitationSlot;
    expect(refused).toMatchObject({ __typename: 'BookingRefusedError', reason: 'SLOT_NOT_FOUND' });
  });

  it('limits booking, moving and cancelling per client address (RATE_LIMIT_INVITATION_BOOKINGS)', async () => {
    const person = await invited(campaignId, 'Ulla', '1951-10-10');
    const token = await open(person);
    const previous = process.env.RATE_LIMIT_INVITATION_BOOKINGS;
    process.env.RATE_LIMIT_INVITATION_BOOKINGS = '2/1h';
    try {
      const same = '203.0.113.77';
      const cancel = async () => (await subgraph.request(anonymous, CANCEL, { token }, 'sv', same)).data!.cancelInvitationBooking;
      expect((await cancel()).__typename).toBe('NotFoundError');
      expect((await cancel()).__typename).toBe('NotFoundError');
      expect((await cancel()).__typename).toBe('RateLimitError');
    } finally {
      if (previous === undefined) delete process.env.RATE_LIMIT_INVITATION_BOOKINGS;
      else process.env.RATE_LIMIT_INVITATION_BOOKINGS = previous;
    }
  });
});
