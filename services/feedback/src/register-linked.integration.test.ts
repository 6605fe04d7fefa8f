import { AccessLogEntry, type Actor } from '@omsorg/platform';
import { startTestSubgraph, type TestSubgraph } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Feedback } from './entities/feedback.ts';
import { staff } from './handling/handling-fixtures.ts';
import { feedbackService } from './service.ts';

/** A postcard or letter from a known person, registered linked to them (found by personnummer in identity). */

const LENA = staff('QUALITY_COUNCIL');
const signeId = crypto.randomUUID();
const signe: Actor = { kind: 'person', personId: signeId, actingFor: [] };
const karl: Actor = { kind: 'person', personId: crypto.randomUUID(), actingFor: [] };

const REGISTER = `mutation($input: RegisterFeedbackInput!) { registerFeedback(input: $input) {
  __typename
  ... on ValidationError { issues { field message } }
  ... on MutationRegisterFeedbackSuccess { data { id referenceNumber signedIn sender { id } senderGender } }
} }`;
const MINE = `{ myFeedback { totalCount nodes { referenceNumber text sentByMe } } }`;
const ITEM = `query($id: ID!) { feedback(id: $id) { id referenceNumber } }`;

const postcard = {
  channel: 'POSTCARD',
  receivedOn: '2026-12-01',
  type: 'COMPLAINT',
  subject: 'MISSED_OR_DELAYED_SERVICE',
  target: 'HOME_CARE_PROVIDER',
  text: 'Hemtjänsten kommer för sent på morgonen.',
  anonymous: false,
  contactName: 'Signe Andersson',
  contactAddress: 'Storgatan 1\n123 45 Stockholm',
  senderGender: 'WOMAN',
  answerBy: 'LETTER',
  personId: signeId,
};

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(feedbackService);
});
afterAll(() => subgraph?.close());

describe('registering a postcard from a known person', () => {
  it('stores the person, not anonymous, so she follows it under "Mina synpunkter" and staff reads are logged for her', async () => {
    const result = await subgraph.request(LENA, REGISTER, { input: postcard });
    expect(result.data.registerFeedback).toMatchObject({ __typename: 'MutationRegisterFeedbackSuccess', data: { signedIn: true, sender: { id: signeId }, senderGender: 'WOMAN' } });
    const { id, referenceNumber } = result.data.registerFeedback.data;
    const stored = await subgraph.orm.em.fork().findOneOrFail(Feedback, { id });
    expect(stored).toMatchObject({ personId: signeId, anonymous: false, channel: 'POSTCARD' });

    const mine = (await subgraph.request(signe, MINE)).data.myFeedback.nodes;
    expect(mine).toEqual([{ referenceNumber, text: postcard.text, sentByMe: true }]);
    expect((await subgraph.request(karl, MINE)).data.myFeedback.totalCount).toBe(0);

    expect((await subgraph.request(LENA, ITEM, { id })).data.feedback.referenceNumber).toBe(referenceNumber);
    expect(await subgraph.orm.em.fork().count(AccessLogEntry, { personId: signeId, resourceId: id, staffId: LENA.staffId })).toBeGreaterThan(0);
  });

  it('refuses a person with an anonymous sender, and an id that is not one, storing nothing', async () => {
    const before = await subgraph.orm.em.fork().count(Feedback, {});
    const anonymous = await subgraph.request(LENA, REGISTER, { input: { ...postcard, anonymous: true, answerBy: 'NONE' } });
    expect(anonymous.data.registerFeedback).toEqual({
      __typename: 'ValidationError',
      issues: [{ field: 'anonymous', message: expect.stringMatching(/kan inte vara anonym/) }],
    });
    const malformed = await subgraph.request(LENA, REGISTER, { input: { ...postcard, personId: 'signe' } });
    expect(malformed.data?.registerFeedback?.issues ?? malformed.errors?.[0]?.extensions?.code).toEqual([{ field: 'personId', message: expect.stringMatching(/kunde inte kopplas/) }]);
    expect(await subgraph.orm.em.fork().count(Feedback, {})).toBe(before);
  });

  it('leaves the item unlinked without a person, as before', async () => {
    const result = await subgraph.request(LENA, REGISTER, { input: { ...postcard, personId: null } });
    expect(result.data.registerFeedback.data).toMatchObject({ signedIn: false, sender: null });
  });
});
