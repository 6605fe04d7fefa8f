import { pdfText } from '@omsorg/letters/testing';
import { internalTokenKey, signInternalToken, type Actor } from '@omsorg/platform';
import { startTestSubgraph, TEST_INTERNAL_SECRET, type TestSubgraph } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Booking } from '../entities/booking.ts';
import { Campaign } from '../entities/campaign.ts';
import { OutgoingLetter } from '../entities/outgoing-letter.ts';
import { Resident } from '../entities/resident.ts';
import { Slot } from '../entities/slot.ts';
import { FALLBACK_LETTER_UNIT } from '../notices/booking-facts.ts';
import { sendBookingNotice } from '../notices/booking-notice-job.ts';
import { outreachService } from '../service.ts';

const UNIT = FALLBACK_LETTER_UNIT;
const OTHER_UNIT = 'Beställarenheten äldre, Skärholmen';
const outreach: Actor = { kind: 'staff', staffId: '5a1e0c7d-3b2f-4e6a-9d8c-7b6a5f4e3d21', roles: ['OUTREACH'], unit: UNIT };
const otherUnit: Actor = { ...outreach, staffId: '6b2f1d8e-4c3a-4f7b-8e9d-8c7b6a5f4e32', unit: OTHER_UNIT };
const caseworker: Actor = { kind: 'staff', staffId: '9b2f6a14-1c3e-4d5f-8a7b-2c4d6e8f0a12', roles: ['CASEWORKER'], unit: UNIT };
const citizen: Actor = { kind: 'person', personId: '3d0c4c0e-7a57-4f0a-9a56-6a7d3e1f2b01', actingFor: [] };
const anonymous: Actor = { kind: 'anonymous' };

const LETTERS = `query($offset: Int, $limit: Int) {
  outreachLettersToPost(offset: $offset, limit: $limit) { totalCount hasNextPage nodes { id kind recipientName createdAt } }
}`;
const CALLS = `query($date: String!) { outreachRemindersToCall(date: $date) { totalCount nodes { name startsAt kind placeName } } }`;
const MARK = `mutation($upTo: String!) {
  markOutreachLettersPrinted(input: { upTo: $upTo }) {
    __typename
    ... on MutationMarkOutreachLettersPrintedSuccess { data { printedCount } }
    ... on Error { message }
  }
}`;

let subgraph: TestSubgraph;
const key = internalTokenKey(TEST_INTERNAL_SECRET);

async function print(actor: Actor, upTo: string): Promise<Response> {
  const token = await signInternalToken({ actor, locale: 'sv' }, key);
  return fetch(`${subgraph.url}/outreach-letters/print?upTo=${encodeURIComponent(upTo)}`, { headers: { authorization: `Bearer ${token}` } });
}

async function letterFor(givenName: string, startsAt: Date, campaignUnit: string | null): Promise<string> {
  const em = subgraph.orm.em.fork();
  const person = em.create(Resident, {
    id: crypto.randomUUID(),
    givenName,
    familyName: 'Andersson',
    birthDate: '1950-03-01',
    legalGender: 'MALE',
    districtArea: 'Hägersten',
    preferredLanguage: 'sv',
    interpreterNeeded: false,
    streetAddress: 'Storgatan 1',
    postalCode: '129 30',
    postalTown: 'Hägersten',
    email: null,
    updatedAt: new Date(),
  });
  const campaign = campaignUnit ? em.create(Campaign, { name: 'Hälsosamtal', targetDescription: '-', unit: campaignUnit }) : null;
  const slot = em.create(Slot, { workerId: outreach.kind === 'staff' ? outreach.staffId : '', startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000), kind: 'PHONE', placeName: null, placeAddress: null });
  const booking = em.create(Booking, { slot, personId: person.id, kind: 'PHONE', campaign, invitationId: null, interpreterLanguage: null, companion: null, bookedByStaffId: null });
  await em.flush();
  expect(await sendBookingNotice(subgraph.orm.em.fork(), { bookingId: booking.id, event: 'BOOKED' })).toBe('LETTER');
  return booking.id;
}

beforeAll(async () => {
  subgraph = await startTestSubgraph(outreachService);
  await letterFor('Anders', new Date('2027-02-01T09:00:00Z'), null);
  await letterFor('Bertil', new Date('2027-02-02T10:00:00Z'), UNIT);
  await letterFor('Cesar', new Date('2027-02-03T10:00:00Z'), OTHER_UNIT);
});

afterAll(() => subgraph?.close());

describe('letters to post', () => {
  it('lists the unit’s unprinted letters, newest first, and logs each name read', async () => {
    const result = await subgraph.request(outreach, LETTERS);
    expect(result.errors).toBeUndefined();
    expect(result.data.outreachLettersToPost).toMatchObject({ totalCount: 2, hasNextPage: false });
    expect(result.data.outreachLettersToPost.nodes.map((node: { recipientName: string }) => node.recipientName)).toEqual(['Bertil Andersson', 'Anders Andersson']);
    expect(result.data.outreachLettersToPost.nodes[0].kind).toBe('BOOKING_CONFIRMED');
    const logged = await subgraph.orm.em.getConnection().execute<Array<{ count: number }>>(`select count(*)::int as count from outreach.access_log where resource = 'outgoing-letter' and staff_id = ?`, [
      (outreach as { staffId: string }).staffId,
    ]);
    expect(logged[0]?.count).toBeGreaterThanOrEqual(2);
  });

  it('pages', async () => {
    const result = await subgraph.request(outreach, LETTERS, { offset: 1, limit: 1 });
    expect(result.data.outreachLettersToPost).toMatchObject({ totalCount: 2, hasNextPage: false, nodes: [{ recipientName: 'Anders Andersson' }] });
  });

  it('shows another unit’s outreach staff only their own letters', async () => {
    const result = await subgraph.request(otherUnit, LETTERS);
    expect(result.data.outreachLettersToPost.nodes.map((node: { recipientName: string }) => node.recipientName)).toEqual(['Cesar Andersson']);
  });

  it('is closed to a caseworker and a citizen, and asks an anonymous visitor to sign in, on the query and the mutation', async () => {
    for (const actor of [caseworker, citizen, anonymous]) {
      const expected = actor.kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
      const listed = await subgraph.request(actor, LETTERS);
      expect(listed.data?.outreachLettersToPost ?? null).toBeNull();
      expect(listed.errors?.[0]?.extensions?.code).toBe(expected);
      const marked = await subgraph.request(actor, MARK, { upTo: '2099-01-01T00:00:00Z' });
      expect(marked.data?.markOutreachLettersPrinted ?? null).toBeNull();
      expect(marked.errors?.[0]?.extensions?.code).toBe(expected);
      const calls = await subgraph.request(actor, CALLS, { date: '2027-02-01' });
      expect(calls.errors?.[0]?.extensions?.code).toBe(expected);
    }
    expect(await subgraph.orm.em.fork().count(OutgoingLetter, { printedAt: { $ne: null } })).toBe(0);
  });

  it('refuses the print file to a caseworker, a citizen and an anonymous visitor, and gives another unit only its own', async () => {
    const upTo = new Date().toISOString();
    expect((await print(caseworker, upTo)).status).toBe(403);
    expect((await print(citizen, upTo)).status).toBe(403);
    expect((await print(anonymous, upTo)).status).toBe(401);
    const theirs = await print(otherUnit, upTo);
    expect(theirs.status).toBe(200);
    const text = pdfText(Buffer.from(await theirs.arrayBuffer()));
    expect(text).toContain('Cesar Andersson');
    expect(text).not.toContain('Bertil Andersson');
  });

  it('prints the unit’s letters as one PDF, then marks those printed, and another unit’s stay unprinted', async () => {
    const listed = await subgraph.request(outreach, LETTERS);
    const upTo = listed.data.outreachLettersToPost.nodes[0].createdAt as string;
    const response = await print(outreach, upTo);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="brev-att-skicka-\d{4}-\d{2}-\d{2}\.pdf"$/);
    const pdf = Buffer.from(await response.arrayBuffer());
    const text = pdfText(pdf);
    expect(text).toContain('Anders Andersson');
    expect(text).toContain('Bertil Andersson');
    expect(text).not.toContain('Cesar Andersson');
    expect(text).toContain('måndag 1 februari 2027 klockan 10.00');

    // Other units' staff cannot mark this unit's letters: theirs only.
    const marked = await subgraph.request(outreach, MARK, { upTo });
    expect(marked.data.markOutreachLettersPrinted).toEqual({ __typename: 'MutationMarkOutreachLettersPrintedSuccess', data: { printedCount: 2 } });
    expect((await subgraph.request(outreach, LETTERS)).data.outreachLettersToPost.totalCount).toBe(0);
    expect((await subgraph.request(otherUnit, LETTERS)).data.outreachLettersToPost.totalCount).toBe(1);
    expect((await print(outreach, upTo)).status).toBe(404);
    // Marking again changes nothing.
    expect((await subgraph.request(outreach, MARK, { upTo })).data.markOutreachLettersPrinted.data.printedCount).toBe(0);
  });

  it('refuses a cutoff that is not an instant', async () => {
    const marked = await subgraph.request(outreach, MARK, { upTo: 'igår' });
    expect(marked.data.markOutreachLettersPrinted.__typename).toBe('ValidationError');
  });
});

describe('reminders to phone', () => {
  it('lists the unit’s people without e-mail with a conversation on the day, in Stockholm time', async () => {
    // 2027-02-01 09:00 UTC is 10.00 in Stockholm; 2027-02-03 is another unit's.
    const result = await subgraph.request(outreach, CALLS, { date: '2027-02-01' });
    expect(result.errors).toBeUndefined();
    expect(result.data.outreachRemindersToCall).toEqual({
      totalCount: 1,
      nodes: [{ name: 'Anders Andersson', startsAt: '2027-02-01T09:00:00.000Z', kind: 'PHONE', placeName: null }],
    });
    expect((await subgraph.request(otherUnit, CALLS, { date: '2027-02-01' })).data.outreachRemindersToCall.totalCount).toBe(0);
  });
});
