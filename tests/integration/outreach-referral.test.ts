import { SERVICES } from '@omsorg/dev/services';
import { bookConversation } from '@omsorg/outreach/testing';
import { enqueueJob, type StaffActor } from '@omsorg/platform';
import { pollUntil, startTestSubgraph, type TestSubgraph } from '@omsorg/platform/testing';
import { OUTREACH_REFERRAL_QUEUE, REFERRAL_CREATED_QUEUE } from '@omsorg/rules/outreach';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * A health conversation's referral becomes an application through the real queues, on one
 * database as in development and production: outreach writes the referral and its job in one
 * transaction, applications' worker registers the application (channel OUTREACH) and answers,
 * outreach's worker records the answer. Neither service touches the other's schema.
 */
const UNIT = 'Beställarenheten äldre, Hägersten-Älvsjö';
const omar: StaffActor = { kind: 'staff', staffId: crypto.randomUUID(), roles: ['OUTREACH'], unit: UNIT };
const hanna: StaffActor = { kind: 'staff', staffId: crypto.randomUUID(), roles: ['CASEWORKER'], unit: UNIT };
const service = (name: string) => SERVICES.find((candidate) => candidate.name === name)!;

let outreach: TestSubgraph;
let applications: TestSubgraph;

const ERRORS = '... on Error { __typename message }';
const RECORD = `mutation($bookingId: ID!, $input: HealthConversationInput!) { recordHealthConversation(bookingId: $bookingId, input: $input) {
  __typename ... on MutationRecordHealthConversationSuccess { data { version } } ${ERRORS} } }`;
const COMPLETE = `mutation($bookingId: ID!, $version: Int!) { completeHealthConversation(bookingId: $bookingId, version: $version) {
  __typename ... on MutationCompleteHealthConversationSuccess { data { referral { id status } } } ${ERRORS} } }`;
const REFERRAL = `query($bookingId: ID!) { healthConversation(bookingId: $bookingId) { referral { id status applicationId reference } } }`;
const APPLICATION = `query($id: ID!) { application(id: $id) { id reference status channel } }`;

beforeAll(async () => {
  outreach = await startTestSubgraph(service('outreach'));
  applications = await startTestSubgraph(service('applications'), { databaseUrl: outreach.databaseUrl });
  // Identity tells applications who Omar is (its staff projection), as it does in production.
  await applications.orm.em.fork().transactional((em) =>
    enqueueJob(em, 'applications.staff-member-changed', { id: omar.staffId, unit: UNIT, roles: ['OUTREACH'], name: 'Omar Haddad', title: 'Äldrelots', version: new Date().toISOString() }),
  );
}, 60_000);

afterAll(async () => {
  await applications?.close();
  await outreach?.close();
});

async function holdConversation(consent: boolean) {
  const { bookingId, personId } = await bookConversation(outreach.orm, { unit: UNIT, workerId: omar.staffId });
  const saved = await outreach.request(omar, RECORD, {
    bookingId,
    input: {
      record: { health: 'Har fallit två gånger.', fallsLastYear: 2, loneliness: 'OFTEN' },
      outcome: 'REFERRAL',
      referralNeeds: 'Behöver hjälp hemma och någon att prata med.',
      referralConsent: consent,
      shareRecordConsent: consent,
      consentText: consent ? 'Ja, skicka det till handläggaren.' : 'Nej, jag vill inte.',
    },
  });
  const completed = await outreach.request(omar, COMPLETE, { bookingId, version: saved.data.recordHealthConversation.data.version });
  return { bookingId, personId, completed: completed.data.completeHealthConversation };
}

const applicationsOf = async (personId: string) =>
  applications.orm.em.fork().getConnection().execute<Array<{ id: string; channel: string; status: string; unit: string; registered_by_id: string }>>(
    'select id, channel, status, unit, registered_by_id from applications.application where applicant_id = ?',
    [personId],
  );

describe('a referral from a health conversation', () => {
  it('becomes a submitted application with channel OUTREACH for Hanna, and outreach learns its reference', async () => {
    const { bookingId, personId, completed } = await holdConversation(true);
    expect(completed.data.referral.status).toBe('SENT');
    const referral = await pollUntil(
      async () => (await outreach.request(omar, REFERRAL, { bookingId })).data.healthConversation.referral,
      (current) => current.status === 'CREATED',
      20_000,
      'the referral answered',
    );
    expect(referral.reference).toMatch(/\d/);
    const application = await applications.request(hanna, APPLICATION, { id: referral.applicationId });
    expect(application.errors).toBeUndefined();
    expect(application.data.application).toMatchObject({ id: referral.applicationId, reference: referral.reference, status: 'SUBMITTED', channel: 'OUTREACH' });
    expect(await applicationsOf(personId)).toEqual([{ id: referral.applicationId, channel: 'OUTREACH', status: 'SUBMITTED', unit: UNIT, registered_by_id: omar.staffId }]);
    const [link] = await applications.orm.em.fork().getConnection().execute('select needs, worker_name, consent_text, conversation_on from applications.outreach_referral where id = ?', [referral.id]);
    expect(link).toMatchObject({ needs: 'Behöver hjälp hemma och någon att prata med.', worker_name: 'Omar Haddad', consent_text: 'Ja, skicka det till handläggaren.' });
  });

  it('is made once however often the job comes: a repeated job does nothing', async () => {
    const { bookingId, personId } = await holdConversation(true);
    const referral = await pollUntil(
      async () => (await outreach.request(omar, REFERRAL, { bookingId })).data.healthConversation.referral,
      (current) => current.status === 'CREATED',
      20_000,
      'the referral answered',
    );
    const [job] = await outreach.orm.em.fork().getConnection().execute<Array<{ data: object }>>('select data from pgboss.job where name = ? and data->>\'referralId\' = ?', [OUTREACH_REFERRAL_QUEUE, referral.id]);
    // The same referral again, as a retry after a lost acknowledgement would bring it.
    await outreach.orm.em.fork().transactional((em) => enqueueJob(em, OUTREACH_REFERRAL_QUEUE, job!.data, { singletonKey: `again:${referral.id}` }));
    await applications.settleJobs(20_000);
    await outreach.settleJobs(20_000);
    expect(await applicationsOf(personId)).toHaveLength(1);
    const answers = await outreach.orm.em.fork().getConnection().execute('select id from pgboss.job where name = ? and data->>\'referralId\' = ?', [REFERRAL_CREATED_QUEUE, referral.id]);
    expect(answers).toHaveLength(1);
  });

  it('without consent sends nothing: no job, no application', async () => {
    const { personId, completed } = await holdConversation(false);
    expect(completed.__typename).toBe('ConsentRequiredError');
    await applications.settleJobs(20_000);
    const jobs = await outreach.orm.em.fork().getConnection().execute('select id from pgboss.job where name = ? and data->>\'personId\' = ?', [OUTREACH_REFERRAL_QUEUE, personId]);
    expect(jobs).toHaveLength(0);
    expect(await applicationsOf(personId)).toHaveLength(0);
  });
});
