import { AccessLogEntry } from '@omsorg/platform';
import { startTestSubgraph, type TestSubgraph } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookSlot, cancelBooking, markNoShow } from './bookings/index.ts';
import { Invitation } from './entities/invitation.ts';
import { Referral } from './entities/referral.ts';
import { Slot } from './entities/slot.ts';
import { createInvitations } from './invitations/create-invitations.ts';
import { outreachService } from './service.ts';
import { testActors } from './testing/actors.ts';
import { addResidents, personFacts } from './testing/residents.ts';

const { omar, otherUnitWorker: outreachElsewhere, caseworker, citizen, anonymous } = testActors();

const ERRORS = '... on Error { __typename message }';
const CREATE = `mutation($input: CampaignInput!) { createCampaign(input: $input) { __typename ... on MutationCreateCampaignSuccess { data { id } } ${ERRORS} } }`;
const FIX = `mutation($input: FixCohortInput!) { fixCohort(input: $input) { __typename ${ERRORS} } }`;
const RECORD = `mutation($bookingId: ID!, $input: HealthConversationInput!) { recordHealthConversation(bookingId: $bookingId, input: $input) {
  __typename ... on MutationRecordHealthConversationSuccess { data { id version } } ${ERRORS} } }`;
const COMPLETE = `mutation($bookingId: ID!, $version: Int!) { completeHealthConversation(bookingId: $bookingId, version: $version) {
  __typename ... on MutationCompleteHealthConversationSuccess { data { id } } ${ERRORS} } }`;
const FUNNEL = `query($campaignId: ID!) { campaignFunnel(campaignId: $campaignId) {
  cohort { women men total } steps { step counts { women men total } ofPrevious { women men total } ofInvited { total } } } }`;
const CSV = `query($campaignId: ID!) { campaignFunnelCsv(campaignId: $campaignId) }`;

// A district area of its own, so no other test's residents fall into this cohort.
const AREA = 'Trattängen';
const women = ['Astrid', 'Britt', 'Cecilia', 'Doris'].map((givenName) => personFacts({ givenName, familyName: 'Tratt', birthDate: '1951-03-03', districtArea: AREA }));
const men = ['Erik', 'Folke'].map((givenName) => personFacts({ givenName, familyName: 'Tratt', birthDate: '1951-04-04', legalGender: 'MALE', districtArea: AREA }));
type Facts = ReturnType<typeof personFacts>;
const [astrid, britt, cecilia] = women as [Facts, Facts, Facts, Facts];
const [erik] = men as [Facts, Facts];

let subgraph: TestSubgraph;
let campaignId: string;
let hour = 0;

/** A free slot in Omar's calendar, `days` from now (negative: already begun). */
async function slot(days: number): Promise<string> {
  const em = subgraph.orm.em.fork();
  const startsAt = new Date(Date.now() + days * 86_400_000 + hour++ * 3_600_000);
  const created = em.create(Slot, { workerId: omar.staffId, startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000), kind: 'MEETING_PLACE', placeName: 'Träffpunkt Hägersten', placeAddress: 'Hägerstensvägen 1' });
  await em.flush();
  return created.id;
}

async function book(personId: string, days = 3): Promise<string> {
  // Booked a week ago, so a slot that has begun since can be marked as not attended.
  const outcome = await bookSlot(subgraph.orm.em.fork(), { slotId: await slot(days), personId, kind: 'MEETING_PLACE', campaignId, bookedByStaffId: omar.staffId }, new Date(Date.now() - 7 * 86_400_000));
  if (outcome.outcome !== 'BOOKED') throw new Error(`not booked: ${outcome.outcome}`);
  return outcome.booking.id;
}

/** Omar holds the conversation; with `refer`, he refers with the person's consent. */
async function hold(bookingId: string, refer: boolean): Promise<string> {
  const input = refer
    ? { outcome: 'REFERRAL', referralNeeds: 'Hjälp med städning.', referralConsent: true, shareRecordConsent: false, consentText: 'Ja, skicka det.' }
    : { outcome: 'INFORMATION_GIVEN' };
  const saved = (await subgraph.request(omar, RECORD, { bookingId, input })).data?.recordHealthConversation;
  const done = (await subgraph.request(omar, COMPLETE, { bookingId, version: saved.data.version })).data?.completeHealthConversation;
  expect(done.__typename).toBe('MutationCompleteHealthConversationSuccess');
  return done.data.id;
}

beforeAll(async () => {
  subgraph = await startTestSubgraph(outreachService, { jobs: { work: false } });
  await addResidents(subgraph.orm, [...women, ...men]);
  const created = await subgraph.request(omar, CREATE, {
    input: {
      name: 'Tratten 75',
      startsOn: '2026-12-01',
      endsOn: '2027-05-31',
      targetDescription: 'Alla som fyller 75 i Trattängen.',
      cohortRule: { age: 75, year: 2026, districtAreas: [AREA], excludeCurrentCare: false, notInvitedWithinMonths: null },
    },
  });
  campaignId = created.data.createCampaign.data.id;
  expect((await subgraph.request(omar, FIX, { input: { id: campaignId } })).data.fixCohort.__typename).toBe('MutationFixCohortSuccess');
});
afterAll(() => subgraph?.close());

describe('the funnel of a campaign', () => {
  it('is all zeros before anyone is invited, with the cohort by gender', async () => {
    const result = await subgraph.request(omar, FUNNEL, { campaignId });
    expect(result.errors).toBeUndefined();
    expect(result.data.campaignFunnel.cohort).toEqual({ women: 4, men: 2, total: 6 });
    expect(result.data.campaignFunnel.steps.map((s: { counts: { total: number } }) => s.counts.total)).toEqual([0, 0, 0, 0, 0]);
  });

  it('counts people at each step by gender: answers, bookings (not cancelled, a no-show in, one person once), held, referred (not failed)', async () => {
    expect(await createInvitations(subgraph.orm.em.fork(), campaignId, [...women, ...men].map((p) => p.id))).toHaveLength(6);
    const answer = (person: { id: string }, status: 'ACCEPTED' | 'DECLINED') =>
      subgraph.orm.em.fork().nativeUpdate(Invitation, { campaign: campaignId, personId: person.id }, { status, answeredAt: new Date() });
    await answer(astrid, 'ACCEPTED');
    await answer(britt, 'ACCEPTED');
    await answer(cecilia, 'DECLINED');
    await answer(erik, 'ACCEPTED');

    // Astrid: held and referred. Britt: a booking cancelled, then another, held and referred, but the referral failed.
    await hold(await book(astrid.id), true);
    expect((await cancelBooking(subgraph.orm.em.fork(), await book(britt.id), { reason: 'Förkyld' })).outcome).toBe('BOOKED');
    const brittsConversation = await hold(await book(britt.id), true);
    await subgraph.orm.em.fork().nativeUpdate(Referral, { conversation: brittsConversation }, { status: 'FAILED' });
    // Cecilia said no, but had booked first and cancelled: not booked. Erik did not come: booked, not held.
    await cancelBooking(subgraph.orm.em.fork(), await book(cecilia.id), {});
    expect((await markNoShow(subgraph.orm.em.fork(), await book(erik.id, -1))).outcome).toBe('BOOKED');

    const result = await subgraph.request(omar, FUNNEL, { campaignId });
    expect(result.errors).toBeUndefined();
    const steps = result.data.campaignFunnel.steps as Array<{ step: string; counts: object; ofPrevious: object; ofInvited: { total: number | null } }>;
    expect(steps.map((s) => [s.step, s.counts])).toEqual([
      ['INVITED', { women: 4, men: 2, total: 6 }],
      ['ANSWERED', { women: 3, men: 1, total: 4 }],
      ['BOOKED', { women: 2, men: 1, total: 3 }],
      ['HELD', { women: 2, men: 0, total: 2 }],
      ['REFERRED', { women: 1, men: 0, total: 1 }],
    ]);
    expect(steps[1]!.ofPrevious).toEqual({ women: 75, men: 50, total: 66.7 });
    expect(steps[4]!.ofInvited.total).toBe(16.7);
    // Doris and Folke never answered; nothing about them shows but the numbers.
    expect(JSON.stringify(result.data)).not.toMatch(/Doris|Folke|Tratt/);

    const csv = (await subgraph.request(omar, CSV, { campaignId })).data.campaignFunnelCsv as string;
    expect(csv.split('\r\n').slice(0, 3)).toEqual(['Steg;Kvinnor;Män;Totalt;Andel av föregående steg (%);Andel av inbjudna (%)', 'I urvalet;4;2;6;;', 'Inbjudna;4;2;6;100;100']);
    expect(csv).toContain('Remitterade till handläggare;1;0;1;50;16,7\r\n');
  });

  it('logs nothing: counts are not a read of anyone’s data', async () => {
    const before = await subgraph.orm.em.fork().count(AccessLogEntry, { resourceId: campaignId });
    await subgraph.request(omar, FUNNEL, { campaignId });
    await subgraph.request(omar, CSV, { campaignId });
    expect(await subgraph.orm.em.fork().count(AccessLogEntry, { resourceId: campaignId })).toBe(before);
  });

  it('gives outreach staff of another unit null, and refuses a caseworker, a citizen and a visitor', async () => {
    expect((await subgraph.request(outreachElsewhere, FUNNEL, { campaignId })).data.campaignFunnel).toBeNull();
    expect((await subgraph.request(outreachElsewhere, CSV, { campaignId })).data.campaignFunnelCsv).toBeNull();
    expect((await subgraph.request(omar, FUNNEL, { campaignId: crypto.randomUUID() })).data.campaignFunnel).toBeNull();
    expect((await subgraph.request(omar, FUNNEL, { campaignId: 'inte-ett-id' })).data.campaignFunnel).toBeNull();
    for (const actor of [caseworker, citizen, anonymous]) {
      const expected = actor.kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
      for (const query of [FUNNEL, CSV]) {
        const result = await subgraph.request(actor, query, { campaignId });
        expect(result.errors?.[0]?.extensions?.code, `${actor.kind} ${query.slice(0, 30)}`).toBe(expected);
        expect(result.data?.campaignFunnel ?? result.data?.campaignFunnelCsv ?? null).toBeNull();
      }
    }
  });
});
