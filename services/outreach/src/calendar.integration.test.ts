import type { Actor } from '@omsorg/platform';
import { startTestSubgraph, type TestSubgraph } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Campaign } from './entities/campaign.ts';
import { CohortMember } from './entities/cohort-member.ts';
import { Resident } from './entities/resident.ts';
import { Slot } from './entities/slot.ts';
import { handleStaffMemberChanged } from './jobs/staff-member-changed.ts';
import { outreachService } from './service.ts';

/*
 * The staff calendar through GraphQL: availability, the day and week views, booking for someone
 * who phoned, moving and cancelling; and on every path, that a caseworker, a citizen, a visitor
 * and outreach staff of another unit cannot.
 */
const UNIT = 'Uppsökande verksamhet, Hägersten-Älvsjö';
const OTHER_UNIT = 'Uppsökande verksamhet, Skärholmen';
const omar: Actor = { kind: 'staff', staffId: '5a1e0c7d-3b2f-4e6a-9d8c-7b6a5f4e3d21', roles: ['OUTREACH'], unit: UNIT };
const colleague: Actor = { kind: 'staff', staffId: '5a1e0c7d-3b2f-4e6a-9d8c-7b6a5f4e3d22', roles: ['OUTREACH'], unit: UNIT };
const otherUnit: Actor = { kind: 'staff', staffId: '5a1e0c7d-3b2f-4e6a-9d8c-7b6a5f4e3d23', roles: ['OUTREACH'], unit: OTHER_UNIT };
const caseworker: Actor = { kind: 'staff', staffId: '9b2f6a14-1c3e-4d5f-8a7b-2c4d6e8f0a12', roles: ['CASEWORKER'], unit: UNIT };
const citizen: Actor = { kind: 'person', personId: '3d0c4c0e-7a57-4f0a-9a56-6a7d3e1f2b01', actingFor: [] };
const anonymous: Actor = { kind: 'anonymous' };
const BIRGITTA = '3d0c4c0e-7a57-4f0a-9a56-6a7d3e1f2b02';
const KARL = '3d0c4c0e-7a57-4f0a-9a56-6a7d3e1f2b03';

const CREATE_TEMPLATE = `mutation($workerId: ID, $input: AvailabilityTemplateInput!) {
  createAvailabilityTemplate(workerId: $workerId, input: $input) {
    __typename
    ... on MutationCreateAvailabilityTemplateSuccess { data { id weekday startTime endTime kind placeName } }
    ... on ValidationError { issues { field message } }
    ... on NotFoundError { message }
  }
}`;
const CREATE_EXCEPTION = `mutation($workerId: ID, $input: AvailabilityExceptionInput!) {
  createAvailabilityException(workerId: $workerId, input: $input) { __typename ... on MutationCreateAvailabilityExceptionSuccess { data { id } } }
}`;
const TEMPLATES = `query($workerId: ID) { availabilityTemplates(workerId: $workerId) { __typename ... on QueryAvailabilityTemplatesSuccess { data { totalCount nodes { id weekday } } } } }`;
const SLOT_FIELDS = `totalCount hasNextPage nodes { id date startTime endTime kind placeName workerName booking { id status personName interpreterLanguage companion bookedByStaff } }`;
const DAY = `query($date: String!, $workerId: ID) { outreachDay(date: $date, workerId: $workerId) { __typename ... on QueryOutreachDaySuccess { data { ${SLOT_FIELDS} } } ... on NotFoundError { message } } }`;
const WEEK = `query($weekStart: String!, $workerId: ID) { outreachWeek(weekStart: $weekStart, workerId: $workerId, limit: 100) { __typename ... on QueryOutreachWeekSuccess { data { ${SLOT_FIELDS} } } ... on NotFoundError { message } } }`;
const RESIDENTS = `query($search: String!) { bookableResidents(search: $search) { __typename ... on QueryBookableResidentsSuccess { data { totalCount nodes { id name birthDate campaignName } } } ... on ValidationError { issues { message } } } }`;
const BOOK = `mutation($input: BookForPersonInput!) {
  bookForPerson(input: $input) {
    __typename
    ... on MutationBookForPersonSuccess { data { id status kind } }
    ... on SlotTakenError { message nearest { id startTime } }
    ... on BookingRefusedError { message reason existingBookingId }
    ... on ValidationError { issues { field message } }
    ... on NotFoundError { message }
  }
}`;
const CANCEL = `mutation($bookingId: ID!, $reason: String!) { cancelBooking(bookingId: $bookingId, reason: $reason) { __typename ... on MutationCancelBookingSuccess { data { status } } ... on BookingRefusedError { reason } ... on NotFoundError { message } } }`;
const RESCHEDULE = `mutation($bookingId: ID!, $slotId: ID!) { rescheduleBooking(bookingId: $bookingId, slotId: $slotId) { __typename ... on MutationRescheduleBookingSuccess { data { slotId } } ... on SlotTakenError { nearest { id } } ... on NotFoundError { message } } }`;
const BOOKING_SLOT = `query($bookingId: ID!) { outreachBookingSlot(bookingId: $bookingId) { id startTime booking { id personName } } }`;
const NO_SHOW = `mutation($bookingId: ID!) { markNoShow(bookingId: $bookingId) { __typename ... on BookingRefusedError { reason } ... on NotFoundError { message } } }`;
const FREE = `query($fromDate: String!) { outreachFreeSlots(fromDate: $fromDate, days: 60, limit: 100) { __typename ... on QueryOutreachFreeSlotsSuccess { data { totalCount nodes { id date startTime } } } } }`;

const tuesday = { weekday: 2, startTime: '09:00', endTime: '12:00', slotMinutes: 60, kind: 'MEETING_PLACE', placeName: 'Träffpunkt Hägersten', placeAddress: 'Hägerstensvägen 1', validFrom: '2026-01-01' };

let subgraph: TestSubgraph;
let slotIds: string[] = [];
let firstDate = '';
let bookingId = '';

const staffFacts = (actor: Actor, name: string) => {
  const staff = actor as Extract<Actor, { kind: 'staff' }>;
  return { id: staff.staffId, unit: staff.unit, roles: staff.roles, name, title: 'Äldrelots', phone: null, version: '2026-12-01T08:00:00Z' };
};

beforeAll(async () => {
  subgraph = await startTestSubgraph(outreachService);
  const em = subgraph.orm.em.fork();
  for (const [actor, name] of [[omar, 'Omar Haddad'], [colleague, 'Sara Berg'], [otherUnit, 'Ali Karimi'], [caseworker, 'Hanna Lind']] as const)
    await handleStaffMemberChanged(em, staffFacts(actor, name));
  const campaign = em.create(Campaign, { name: 'Hälsosamtal för dig som fyller 75', status: 'ACTIVE', startsOn: '2026-09-01', endsOn: null, targetDescription: 'Alla som fyller 75.', unit: UNIT });
  const resident = (id: string, givenName: string, familyName: string, birthDate: string, legalGender: 'FEMALE' | 'MALE') =>
    em.create(Resident, { id, givenName, familyName, birthDate, legalGender, districtArea: 'Fruängen', preferredLanguage: 'sv', interpreterNeeded: false, streetAddress: null, postalCode: null, postalTown: null, email: null, updatedAt: new Date() });
  resident(BIRGITTA, 'Birgitta', 'Ek', '1951-09-23', 'FEMALE');
  resident(KARL, 'Karl', 'Nilsson', '1945-03-02', 'MALE');
  await em.flush();
  em.create(CohortMember, { campaign, personId: BIRGITTA });
  await em.flush();
}, 60_000);

afterAll(() => subgraph?.close());

describe('availability', () => {
  it('lets Omar add his weekly template, and its slots are made', async () => {
    const result = await subgraph.request(omar, CREATE_TEMPLATE, { input: tuesday });
    expect(result.errors).toBeUndefined();
    expect(result.data.createAvailabilityTemplate).toMatchObject({ __typename: 'MutationCreateAvailabilityTemplateSuccess', data: { weekday: 2, placeName: 'Träffpunkt Hägersten' } });
    await subgraph.settleJobs();
    const slots = await subgraph.orm.em.fork().find(Slot, { workerId: (omar as { staffId: string }).staffId }, { orderBy: { startsAt: 'asc' } });
    expect(slots.length).toBeGreaterThanOrEqual(21); // 8 Tuesdays less today and holidays, 3 each
    slotIds = slots.map((slot) => slot.id);
    firstDate = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(slots[0]!.startsAt);
  });

  it('says what to correct: a meeting place needs its name, and the end must leave room for a slot', async () => {
    const result = await subgraph.request(omar, CREATE_TEMPLATE, { input: { ...tuesday, placeName: '', endTime: '09:30' } });
    expect(result.data.createAvailabilityTemplate.__typename).toBe('ValidationError');
    expect(result.data.createAvailabilityTemplate.issues[0].field).toMatch(/endTime|placeName/);
  });

  it('lets a colleague of the unit change Omar’s availability, not outreach staff of another unit', async () => {
    const workerId = (omar as { staffId: string }).staffId;
    const ok = await subgraph.request(colleague, CREATE_EXCEPTION, { workerId, input: { startsOn: '2027-06-01', endsOn: '2027-06-02', reason: 'Utbildning' } });
    expect(ok.data.createAvailabilityException.__typename).toBe('MutationCreateAvailabilityExceptionSuccess');
    for (const query of [TEMPLATES]) {
      const refused = await subgraph.request(otherUnit, query, { workerId });
      expect(refused.data.availabilityTemplates.__typename).toBe('NotFoundError');
    }
    const refusedCreate = await subgraph.request(otherUnit, CREATE_TEMPLATE, { workerId, input: tuesday });
    expect(refusedCreate.data.createAvailabilityTemplate.__typename).toBe('NotFoundError');
  });
});

describe('booking for someone who phoned', () => {
  it('finds only residents of the unit’s campaigns, by name or personnummer, and logs the read', async () => {
    const byName = await subgraph.request(omar, RESIDENTS, { search: 'birgitta' });
    expect(byName.data.bookableResidents.data).toMatchObject({ totalCount: 1, nodes: [{ id: BIRGITTA, name: 'Birgitta Ek', birthDate: '1951-09-23' }] });
    const byNumber = await subgraph.request(omar, RESIDENTS, { search: '19510923-1240' });
    expect(byNumber.data.bookableResidents.data.nodes.map((node: { id: string }) => node.id)).toEqual([BIRGITTA]);
    expect((await subgraph.request(omar, RESIDENTS, { search: 'Karl' })).data.bookableResidents.data.totalCount).toBe(0);
    expect((await subgraph.request(otherUnit, RESIDENTS, { search: 'Birgitta' })).data.bookableResidents.data.totalCount).toBe(0);
    expect((await subgraph.request(omar, RESIDENTS, { search: 'B' })).data.bookableResidents.__typename).toBe('ValidationError');
    const logged = await subgraph.orm.em.fork().getConnection().execute<Array<{ n: number }>>(`select count(*)::int as n from outreach.access_log where person_id = ? and resource = 'resident'`, [BIRGITTA]);
    expect(logged[0]!.n).toBeGreaterThanOrEqual(2);
  });

  it('books Birgitta, shows her in Omar’s day with her wishes, and logs the read', async () => {
    const result = await subgraph.request(omar, BOOK, { input: { slotId: slotIds[0], personId: BIRGITTA, interpreterLanguage: '', companion: 'Min dotter Anna' } });
    expect(result.errors).toBeUndefined();
    expect(result.data.bookForPerson).toMatchObject({ __typename: 'MutationBookForPersonSuccess', data: { status: 'ACTIVE', kind: 'MEETING_PLACE' } });
    bookingId = result.data.bookForPerson.data.id;

    const day = await subgraph.request(omar, DAY, { date: firstDate });
    const booked = day.data.outreachDay.data.nodes.find((node: { id: string }) => node.id === slotIds[0]);
    expect(booked).toMatchObject({ startTime: '09:00', endTime: '10:00', workerName: 'Omar Haddad', booking: { status: 'ACTIVE', personName: 'Birgitta Ek', companion: 'Min dotter Anna', bookedByStaff: true } });
    const logged = await subgraph.orm.em.fork().getConnection().execute<Array<{ n: number }>>(`select count(*)::int as n from outreach.access_log where person_id = ? and resource = 'booking' and resource_id = ?`, [BIRGITTA, bookingId]);
    expect(logged[0]!.n).toBeGreaterThanOrEqual(1);

    const week = await subgraph.request(colleague, WEEK, { weekStart: firstDate });
    expect(week.data.outreachWeek.data.nodes.filter((node: { booking: unknown }) => node.booking)).toHaveLength(1);

    // The conversation page asks for the one booking: whom and when, for the unit's outreach staff only.
    const one = await subgraph.request(colleague, BOOKING_SLOT, { bookingId });
    expect(one.data.outreachBookingSlot).toMatchObject({ id: slotIds[0], startTime: '09:00', booking: { id: bookingId, personName: 'Birgitta Ek' } });
    for (const stranger of [otherUnit, caseworker]) expect((await subgraph.request(stranger, BOOKING_SLOT, { bookingId })).data.outreachBookingSlot).toBeNull();
  });

  it('answers SlotTaken with nearer times when the slot is gone, and one booking per campaign', async () => {
    const again = await subgraph.request(omar, BOOK, { input: { slotId: slotIds[1], personId: BIRGITTA } });
    expect(again.data.bookForPerson).toMatchObject({ __typename: 'BookingRefusedError', reason: 'ALREADY_BOOKED', existingBookingId: bookingId });
    const em = subgraph.orm.em.fork();
    em.create(CohortMember, { campaign: (await em.findOneOrFail(Campaign, { unit: UNIT })).id, personId: KARL });
    await em.flush();
    const taken = await subgraph.request(colleague, BOOK, { input: { slotId: slotIds[0], personId: KARL } });
    expect(taken.data.bookForPerson.__typename).toBe('SlotTakenError');
    expect(taken.data.bookForPerson.message).toMatch(/någon annan/);
    expect(taken.data.bookForPerson.nearest.length).toBeGreaterThan(0);
  });

  it('refuses a person outside the unit’s campaigns', async () => {
    const stranger = await subgraph.request(omar, BOOK, { input: { slotId: slotIds[2], personId: crypto.randomUUID() } });
    expect(stranger.data.bookForPerson).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'personId' }] });
  });

  it('moves and cancels; "did not come" waits for the time', async () => {
    const moved = await subgraph.request(omar, RESCHEDULE, { bookingId, slotId: slotIds[2] });
    expect(moved.data.rescheduleBooking).toMatchObject({ __typename: 'MutationRescheduleBookingSuccess', data: { slotId: slotIds[2] } });
    expect((await subgraph.request(omar, NO_SHOW, { bookingId })).data.markNoShow).toMatchObject({ reason: 'NOT_STARTED' });
    const cancelled = await subgraph.request(colleague, CANCEL, { bookingId, reason: 'Birgitta ringde och avbokade.' });
    expect(cancelled.data.cancelBooking).toMatchObject({ __typename: 'MutationCancelBookingSuccess', data: { status: 'CANCELLED' } });
    const free = await subgraph.request(omar, FREE, { fromDate: firstDate });
    expect(free.data.outreachFreeSlots.data.nodes.map((node: { id: string }) => node.id)).toContain(slotIds[2]);
  });
});

describe('who cannot', () => {
  const paths: Array<[string, string, Record<string, unknown>]> = [
    ['outreachDay', DAY, { date: '2026-12-08' }],
    ['outreachWeek', WEEK, { weekStart: '2026-12-07' }],
    ['availabilityTemplates', TEMPLATES, {}],
    ['createAvailabilityTemplate', CREATE_TEMPLATE, { input: tuesday }],
    ['createAvailabilityException', CREATE_EXCEPTION, { input: { startsOn: '2027-06-01', endsOn: '2027-06-01', reason: 'x' } }],
    ['bookableResidents', RESIDENTS, { search: 'Birgitta' }],
    ['bookForPerson', BOOK, { input: { slotId: '00000000-0000-4000-8000-000000000000', personId: BIRGITTA } }],
    ['rescheduleBooking', RESCHEDULE, { bookingId: '00000000-0000-4000-8000-000000000000', slotId: '00000000-0000-4000-8000-000000000000' }],
    ['cancelBooking', CANCEL, { bookingId: '00000000-0000-4000-8000-000000000000', reason: 'x' }],
    ['markNoShow', NO_SHOW, { bookingId: '00000000-0000-4000-8000-000000000000' }],
    ['outreachFreeSlots', FREE, { fromDate: '2026-12-08' }],
  ];

  it('a caseworker, a citizen and a visitor get nothing on any path', async () => {
    for (const [field, query, variables] of paths) {
      for (const [actor, code] of [[caseworker, 'FORBIDDEN'], [citizen, 'FORBIDDEN'], [anonymous, 'UNAUTHENTICATED']] as const) {
        const result = await subgraph.request(actor, query, variables);
        expect(result.data?.[field] ?? null, `${field} as ${actor.kind}`).toBeNull();
        expect(result.errors?.[0]?.extensions?.code, `${field} as ${actor.kind}`).toBe(code);
      }
    }
  });

  it('outreach staff of another unit cannot see, book in, move or cancel Omar’s calendar', async () => {
    const workerId = (omar as { staffId: string }).staffId;
    const day = await subgraph.request(otherUnit, DAY, { date: firstDate, workerId });
    expect(day.data.outreachDay.__typename).toBe('NotFoundError');
    const week = await subgraph.request(otherUnit, WEEK, { weekStart: firstDate });
    expect(week.data.outreachWeek.data.nodes.some((node: { id: string }) => slotIds.includes(node.id))).toBe(false);
    const free = await subgraph.request(otherUnit, FREE, { fromDate: firstDate });
    expect(free.data.outreachFreeSlots.data.nodes.some((node: { id: string }) => slotIds.includes(node.id))).toBe(false);
    const book = await subgraph.request(otherUnit, BOOK, { input: { slotId: slotIds[3], personId: BIRGITTA } });
    expect(book.data.bookForPerson.__typename).toBe('NotFoundError');
    const active = await subgraph.request(omar, BOOK, { input: { slotId: slotIds[3], personId: BIRGITTA } });
    const id = active.data.bookForPerson.data.id;
    expect((await subgraph.request(otherUnit, RESCHEDULE, { bookingId: id, slotId: slotIds[4] })).data.rescheduleBooking.__typename).toBe('NotFoundError');
    expect((await subgraph.request(otherUnit, CANCEL, { bookingId: id, reason: 'x' })).data.cancelBooking.__typename).toBe('NotFoundError');
    expect((await subgraph.request(otherUnit, NO_SHOW, { bookingId: id })).data.markNoShow.__typename).toBe('NotFoundError');
  });
});
