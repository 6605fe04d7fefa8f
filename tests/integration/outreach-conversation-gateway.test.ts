import { bookConversation } from '@omsorg/outreach/testing';
import { enqueueJob } from '@omsorg/platform';
import { pollUntil } from '@omsorg/platform/testing';
import { OUTREACH_REFERRAL_QUEUE } from '@omsorg/rules/outreach';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, signIn, startStack, type Stack } from './support/stack.ts';

/*
 * Through the gateway, as the staff portal asks: the case page's query reaches the health
 * conversation an OUTREACH application came from (outreach extends applications' Application),
 * for Hanna, a caseworker of the receiving unit, and for nobody else.
 */
const UNIT = 'Beställarenheten äldre, Hägersten-Älvsjö';
const CASE = `query($id: ID!) { application(id: $id) { id channel outreachReferral { needs workerName } outreachConversation { record { health loneliness } } } }`;
const RECORD = `mutation($bookingId: ID!, $input: HealthConversationInput!) { recordHealthConversation(bookingId: $bookingId, input: $input) { __typename ... on MutationRecordHealthConversationSuccess { data { version } } } }`;
const COMPLETE = `mutation($bookingId: ID!, $version: Int!) { completeHealthConversation(bookingId: $bookingId, version: $version) { __typename ... on MutationCompleteHealthConversationSuccess { data { referral { id } } } } }`;

let stack: Stack;
let applicationId: string;

beforeAll(async () => {
  stack = await startStack();
  const outreach = stack.subgraphs.get('outreach')!;
  const applications = stack.subgraphs.get('applications')!;
  const identity = stack.subgraphs.get('identity')!;
  const [omar] = await identity.orm.em.fork().getConnection().execute<Array<{ id: string }>>(`select id from identity.staff_member where username = 'uppsok1'`);
  const { bookingId, personId } = await bookConversation(outreach.orm, { unit: UNIT, workerId: omar!.id });
  const omarBrowser = await signIn(stack.staffUrl, 'username', 'uppsok1', '/');
  const saved = await graphql(stack.staffUrl, RECORD, omarBrowser, {
    bookingId,
    input: { record: { health: 'Har fallit två gånger.', loneliness: 'OFTEN' }, outcome: 'REFERRAL', referralNeeds: 'Hjälp hemma.', referralConsent: true, shareRecordConsent: true, consentText: 'Ja.' },
  });
  const done = await graphql(stack.staffUrl, COMPLETE, omarBrowser, { bookingId, version: saved.body.data.recordHealthConversation.data.version });
  const referralId: string = done.body.data.completeHealthConversation.data.referral.id;
  // The stack's subgraphs have a database each, so the queue between them is carried by hand here
  // (tests/integration/outreach-referral.test.ts runs it on one database): the job outreach wrote
  // goes to applications' queue, and the application's id back to the referral.
  const [job] = await outreach.orm.em.fork().getConnection().execute<Array<{ data: object }>>(`select data from pgboss.job where name = ? and data->>'referralId' = ?`, [OUTREACH_REFERRAL_QUEUE, referralId]);
  await applications.orm.em.fork().transactional((em) => enqueueJob(em, OUTREACH_REFERRAL_QUEUE, job!.data, { singletonKey: referralId }));
  const created = await pollUntil(
    () => applications.orm.em.fork().getConnection().execute<Array<{ id: string; reference: string }>>(`select id, reference from applications.application where applicant_id = ?`, [personId]),
    (rows) => rows.length === 1,
    20_000,
    'the application',
  );
  applicationId = created[0]!.id;
  await outreach.orm.em.fork().getConnection().execute(`update outreach.referral set status = 'CREATED', application_id = ?, reference = ? where id = ?`, [applicationId, created[0]!.reference, referralId]);
}, 120_000);

afterAll(() => stack?.close());

describe('the outreach conversation on the case page', () => {
  it('shows Hanna the referral and the shared record, the channel OUTREACH', async () => {
    const hanna = await signIn(stack.staffUrl, 'username', 'handlaggare1', '/');
    const { body } = await graphql(stack.staffUrl, CASE, hanna, { id: applicationId });
    expect(body.errors).toBeUndefined();
    expect(body.data.application).toEqual({
      id: applicationId,
      channel: 'OUTREACH',
      // The worker's name comes from applications' staff projection, which identity's events fill on a shared database only.
      outreachReferral: { needs: 'Hjälp hemma.', workerName: expect.any(String) },
      outreachConversation: { record: { health: 'Har fallit två gånger.', loneliness: 'OFTEN' } },
    });
  });

  it('shows the quality council (staff, not a caseworker) no case and no conversation', async () => {
    const lena = await signIn(stack.staffUrl, 'username', 'kvalitet1', '/');
    const { body } = await graphql(stack.staffUrl, CASE, lena, { id: applicationId });
    expect(body.data?.application?.outreachConversation ?? null).toBeNull();
  });
});
