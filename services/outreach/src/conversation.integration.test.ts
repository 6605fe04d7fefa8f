import type { Actor, StaffActor } from '@omsorg/platform';
import { AccessLogEntry } from '@omsorg/platform';
import { OUTREACH_REFERRAL_QUEUE } from '@omsorg/rules/outreach';
import { startTestSubgraph, type TestSubgraph } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Booking } from './entities/booking.ts';
import { Invitation } from './entities/invitation.ts';
import { Referral } from './entities/referral.ts';
import { handleReferralCreated } from './jobs/referral-created.ts';
import { outreachService } from './service.ts';
import { bookConversation } from './testing/conversation-fixtures.ts';

const UNIT = 'Beställarenheten äldre, Hägersten-Älvsjö';
const OTHER = 'Beställarenheten äldre, Skärholmen';
const omar: StaffActor = { kind: 'staff', staffId: '5a1e0c7d-3b2f-4e6a-9d8c-7b6a5f4e3d21', roles: ['OUTREACH'], unit: UNIT };
const outreachElsewhere: StaffActor = { kind: 'staff', staffId: '6b2f1d8e-4c3a-4f7b-8e9d-8c7b6a5f4e32', roles: ['OUTREACH'], unit: OTHER };
const hanna: StaffActor = { kind: 'staff', staffId: '9b2f6a14-1c3e-4d5f-8a7b-2c4d6e8f0a12', roles: ['CASEWORKER'], unit: UNIT };
const caseworkerElsewhere: StaffActor = { ...hanna, staffId: '7c3a2e9f-5d4b-4a8c-9f0e-9d8c7b6a5f43', unit: OTHER };
const anonymous: Actor = { kind: 'anonymous' };

const FIELDS = 'id version outcome completedAt followUpOn personName consentText consentRecordedBy referralConsent record { health fallsLastYear loneliness socialLife } referral { status unit needs reference }';
const ERRORS = '... on Error { __typename message } ... on ValidationError { issues { field message } } ... on ConflictError { currentVersion }';
const RECORD = `mutation($bookingId: ID!, $input: HealthConversationInput!) { recordHealthConversation(bookingId: $bookingId, input: $input) {
  __typename ... on MutationRecordHealthConversationSuccess { data { ${FIELDS} } } ${ERRORS} } }`;
const COMPLETE = `mutation($bookingId: ID!, $version: Int!) { completeHealthConversation(bookingId: $bookingId, version: $version) {
  __typename ... on MutationCompleteHealthConversationSuccess { data { ${FIELDS} } } ${ERRORS} } }`;
const READ = `query($bookingId: ID!) { healthConversation(bookingId: $bookingId) { ${FIELDS} } }`;
const ON_APPLICATION = `query($id: ID!) { _entities(representations: [{ __typename: "Application", id: $id }]) { ... on Application { outreachConversation { id consentText record { health } } } } }`;
const DONE = `mutation($bookingId: ID!) { markFollowUpDone(bookingId: $bookingId) { __typename } }`;
const FOLLOW_UPS = `query { outreachFollowUps(limit: 10) { totalCount nodes { followUpOn personName } } }`;

let subgraph: TestSubgraph;

beforeAll(async () => {
  // Workers off: the referral job stays in the queue for applications' worker.
  subgraph = await startTestSubgraph(outreachService, { jobs: { work: false } });
});
afterAll(() => subgraph?.close());

const record = async (actor: Actor, bookingId: string, input: Record<string, unknown>) => (await subgraph.request(actor, RECORD, { bookingId, input })).data?.recordHealthConversation;
const complete = async (actor: Actor, bookingId: string, version: number) => (await subgraph.request(actor, COMPLETE, { bookingId, version })).data?.completeHealthConversation;

/** A booking Omar held and referred with Birgitta's consent; the referral answered with an application. */
async function referred(options: { shareRecordConsent?: boolean } = {}) {
  const booked = await bookConversation(subgraph.orm, { unit: UNIT, workerId: omar.staffId });
  const saved = await record(omar, booked.bookingId, {
    record: { health: 'Har fallit två gånger i höstas.', fallsLastYear: 2, loneliness: 'OFTEN', socialLife: 'Träffar sällan någon.' },
    outcome: 'REFERRAL',
    referralNeeds: 'Behöver hjälp med städning och trygghetslarm.',
    referralConsent: true,
    shareRecordConsent: options.shareRecordConsent ?? true,
    consentText: 'Ja, det går bra att ni skickar det till handläggaren.',
  });
  const completed = await complete(omar, booked.bookingId, saved.data.version);
  expect(completed.__typename).toBe('MutationCompleteHealthConversationSuccess');
  const applicationId = crypto.randomUUID();
  const referral = await subgraph.orm.em.fork().findOneOrFail(Referral, { conversation: completed.data.id });
  await handleReferralCreated(subgraph.orm.em.fork(), { referralId: referral.id, applicationId, reference: 'ANS-2026-000123' });
  return { ...booked, applicationId, referralId: referral.id };
}

describe('recording a conversation', () => {
  it('saves drafts as Omar writes, keeps what he did not send, and records who wrote the consent down', async () => {
    const { bookingId } = await bookConversation(subgraph.orm, { unit: UNIT, workerId: omar.staffId });
    expect((await subgraph.request(omar, READ, { bookingId })).data.healthConversation).toBeNull();
    const first = await record(omar, bookingId, { record: { health: 'Mår ganska bra.' } });
    expect(first.__typename).toBe('MutationRecordHealthConversationSuccess');
    expect(first.data).toMatchObject({ personName: 'Birgitta Ek', completedAt: null, consentRecordedBy: null, record: { health: 'Mår ganska bra.', loneliness: null } });
    const second = await record(omar, bookingId, { version: first.data.version, record: { loneliness: 'SOMETIMES' }, consentText: 'Ja.' });
    expect(second.data).toMatchObject({ record: { health: 'Mår ganska bra.', loneliness: 'SOMETIMES' }, consentText: 'Ja.', consentRecordedBy: omar.staffId });
    const stale = await record(omar, bookingId, { version: first.data.version, record: { health: 'x' } });
    expect(stale).toMatchObject({ __typename: 'ConflictError', currentVersion: second.data.version });
  });

  it('marks the person\'s invitations when hearing or memory problems are noted, so video is not offered', async () => {
    const booked = await bookConversation(subgraph.orm, { unit: UNIT, workerId: omar.staffId });
    const em = subgraph.orm.em.fork();
    const invitation = em.create(Invitation, { campaign: booked.campaignId!, personId: booked.personId, codeHash: crypto.randomUUID(), status: 'ACCEPTED', invitedAt: new Date(), language: 'sv' });
    await em.flush();
    const first = await record(omar, booked.bookingId, { record: { health: 'Hör dåligt i telefon.' } });
    expect((await subgraph.orm.em.fork().findOneOrFail(Invitation, invitation.id)).hearingOrMemoryNoted).toBe(false);
    await record(omar, booked.bookingId, { version: first.data.version, hearingProblems: true });
    expect((await subgraph.orm.em.fork().findOneOrFail(Invitation, invitation.id)).hearingOrMemoryNoted).toBe(true);
  });

  it('refuses a text over 2,000 characters with a message in Swedish', async () => {
    const { bookingId } = await bookConversation(subgraph.orm, { unit: UNIT, workerId: omar.staffId });
    const result = await record(omar, bookingId, { record: { wishes: 'x'.repeat(2001) } });
    expect(result.__typename).toBe('ValidationError');
    expect(result.issues[0]).toMatchObject({ field: 'record.wishes' });
    expect(result.issues[0].message).toMatch(/högst 2000|högst 2 000/);
  });

  it('completes: the booking is HELD, a follow-up lands in Omar’s list, and the record is closed to changes', async () => {
    const { bookingId } = await bookConversation(subgraph.orm, { unit: UNIT, workerId: omar.staffId });
    const saved = await record(omar, bookingId, { outcome: 'INFORMATION_GIVEN', followUpOn: '2027-01-12' });
    const done = await complete(omar, bookingId, saved.data.version);
    expect(done.data).toMatchObject({ outcome: 'INFORMATION_GIVEN', referral: null });
    expect((await subgraph.orm.em.fork().findOneOrFail(Booking, bookingId)).status).toBe('HELD');
    expect((await record(omar, bookingId, { record: { health: 'ändrat' } })).__typename).toBe('ValidationError');
    const list = (await subgraph.request(omar, FOLLOW_UPS)).data.outreachFollowUps;
    expect(list.nodes).toContainEqual({ followUpOn: '2027-01-12', personName: 'Birgitta Ek' });
    expect((await subgraph.request(outreachElsewhere, FOLLOW_UPS)).data.outreachFollowUps.totalCount).toBe(0);
    expect((await subgraph.request(outreachElsewhere, DONE, { bookingId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await subgraph.request(omar, DONE, { bookingId })).data.markFollowUpDone.__typename).toBe('MutationMarkFollowUpDoneSuccess');
    expect((await subgraph.request(omar, FOLLOW_UPS)).data.outreachFollowUps.nodes).not.toContainEqual({ followUpOn: '2027-01-12', personName: 'Birgitta Ek' });
  });

  it('sends no referral without consent: a typed error, nothing queued, the booking still ACTIVE', async () => {
    const { bookingId } = await bookConversation(subgraph.orm, { unit: UNIT, workerId: omar.staffId });
    const saved = await record(omar, bookingId, { outcome: 'REFERRAL', referralNeeds: 'Hemtjänst.', consentText: 'Nej, inte nu.', referralConsent: false });
    const queued = async () => Number((await subgraph.orm.em.fork().getConnection().execute<Array<{ n: string }>>(`select count(*) as n from pgboss.job where name = ?`, [OUTREACH_REFERRAL_QUEUE]))[0]!.n);
    const before = await queued();
    const refused = await complete(omar, bookingId, saved.data.version);
    expect(refused.__typename).toBe('ConsentRequiredError');
    expect(refused.message).toMatch(/samtyckt/);
    expect(await queued()).toBe(before);
    expect(await subgraph.orm.em.fork().count(Referral, { conversation: saved.data.id })).toBe(0);
    expect((await subgraph.orm.em.fork().findOneOrFail(Booking, bookingId)).status).toBe('ACTIVE');
    expect((await subgraph.request(omar, READ, { bookingId })).data.healthConversation).toMatchObject({ completedAt: null, referral: null });
  });

  it('with consent: a referral row and one job to applications in the same transaction; the answer records the application', async () => {
    const { bookingId, referralId } = await referred();
    const jobs = await subgraph.orm.em.fork().getConnection().execute<Array<{ data: Record<string, unknown> }>>(`select data from pgboss.job where name = ? and data->>'referralId' = ?`, [OUTREACH_REFERRAL_QUEUE, referralId]);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.data).toMatchObject({ unit: UNIT, needs: 'Behöver hjälp med städning och trygghetslarm.', conversationOn: '2026-12-08', language: 'sv', workerId: omar.staffId });
    const read = (await subgraph.request(omar, READ, { bookingId })).data.healthConversation;
    expect(read.referral).toEqual({ status: 'CREATED', unit: UNIT, needs: 'Behöver hjälp med städning och trygghetslarm.', reference: 'ANS-2026-000123' });
  });
});

describe('who may read and write a conversation', () => {
  it('lets a caseworker of the receiving unit read it after a referral with consent, on the application, and logs the read', async () => {
    const { bookingId, applicationId, personId } = await referred();
    const read = await subgraph.request(hanna, READ, { bookingId });
    expect(read.data.healthConversation.record.health).toBe('Har fallit två gånger i höstas.');
    const onApplication = await subgraph.request(hanna, ON_APPLICATION, { id: applicationId });
    expect(onApplication.data._entities[0].outreachConversation).toMatchObject({ consentText: 'Ja, det går bra att ni skickar det till handläggaren.' });
    const logged = await subgraph.orm.em.fork().count(AccessLogEntry, { staffId: hanna.staffId, personId, resource: 'health-conversation' });
    expect(logged).toBe(2);
    // Reading is all: a caseworker cannot change it.
    expect((await subgraph.request(hanna, RECORD, { bookingId, input: { record: { health: 'x' } } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('is closed to a caseworker without a referral, of another unit, or when the person did not agree to share it', async () => {
    const { bookingId } = await bookConversation(subgraph.orm, { unit: UNIT, workerId: omar.staffId });
    await record(omar, bookingId, { record: { health: 'Utkast.' } });
    expect((await subgraph.request(hanna, READ, { bookingId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const shared = await referred();
    expect((await subgraph.request(caseworkerElsewhere, READ, { bookingId: shared.bookingId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await subgraph.request(caseworkerElsewhere, ON_APPLICATION, { id: shared.applicationId })).data._entities[0].outreachConversation).toBeNull();
    const unshared = await referred({ shareRecordConsent: false });
    expect((await subgraph.request(hanna, READ, { bookingId: unshared.bookingId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await subgraph.request(hanna, ON_APPLICATION, { id: unshared.applicationId })).data._entities[0].outreachConversation).toBeNull();
  });

  it('is closed to outreach staff of another unit, to the citizen herself and to visitors not signed in', async () => {
    const { bookingId, personId, applicationId } = await referred();
    const birgitta: Actor = { kind: 'person', personId, actingFor: [] };
    expect((await subgraph.request(outreachElsewhere, READ, { bookingId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await subgraph.request(outreachElsewhere, RECORD, { bookingId, input: { record: { health: 'x' } } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await subgraph.request(birgitta, READ, { bookingId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await subgraph.request(birgitta, ON_APPLICATION, { id: applicationId })).data._entities[0].outreachConversation).toBeNull();
    expect((await subgraph.request(anonymous, READ, { bookingId })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await subgraph.request(anonymous, RECORD, { bookingId, input: {} })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lets outreach staff of another unit not start a conversation on someone else’s booking, nor anyone but the slot’s worker without a campaign', async () => {
    const campaign = await bookConversation(subgraph.orm, { unit: UNIT, workerId: omar.staffId });
    expect((await subgraph.request(outreachElsewhere, RECORD, { bookingId: campaign.bookingId, input: {} })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const own = await bookConversation(subgraph.orm, { unit: null, workerId: omar.staffId });
    const colleague: Actor = { ...omar, staffId: crypto.randomUUID() };
    expect((await subgraph.request(colleague, RECORD, { bookingId: own.bookingId, input: {} })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await record(omar, own.bookingId, {})).__typename).toBe('MutationRecordHealthConversationSuccess');
  });
});
