import { AccessLogEntry, type Actor } from '@omsorg/platform';
import { startTestSubgraph, type TestSubgraph } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { yearInStockholm } from './domain/reference-number.ts';
import { Feedback } from './entities/feedback.ts';
import { feedbackService } from './service.ts';

const SIGNE_ID = '3d0c4c0e-7a57-4f0a-9a56-6a7d3e1f2b01';
const HANNA_ID = '9b2f6a14-1c3e-4d5f-8a7b-2c4d6e8f0a12';

const anonymous: Actor = { kind: 'anonymous' };
const signe: Actor = { kind: 'person', personId: SIGNE_ID, actingFor: [] };
const council: Actor = { kind: 'staff', staffId: HANNA_ID, roles: ['QUALITY_COUNCIL'], unit: 'Kvalitetsrådet' };

const SUBMIT = `mutation($input: SubmitFeedbackInput!) {
  submitFeedback(input: $input) {
    __typename
    ... on MutationSubmitFeedbackSuccess { data { id referenceNumber type subject text anonymous receivedAt contactName contactEmail contactPhone } }
    ... on ValidationError { message issues { field message } }
  }
}`;

const LIST = `query($offset: Int, $limit: Int) {
  feedbackList(offset: $offset, limit: $limit) { totalCount hasNextPage nodes { id referenceNumber type text anonymous receivedAt contactEmail } }
}`;

const complaint = {
  type: 'COMPLAINT',
  subject: 'MISSED_OR_DELAYED_SERVICE',
  text: 'Hemtjänsten kom inte i tisdags och ingen ringde.',
};

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(feedbackService);
});

afterAll(() => subgraph?.close());

const storedCount = () => subgraph.orm.em.fork().count(Feedback, {});
const stored = (id: string) => subgraph.orm.em.fork().findOneOrFail(Feedback, { id });

describe('submitFeedback', () => {
  it('registers feedback from a visitor who is not signed in, with a reference number and the contact details given', async () => {
    const result = await subgraph.request(anonymous, SUBMIT, {
      input: { ...complaint, text: `  ${complaint.text}\n `, contactName: 'Greta Berg', contactEmail: 'greta.berg@example.se', contactPhone: '070-123 45 67' },
    });
    expect(result.errors).toBeUndefined();
    const feedback = result.data.submitFeedback.data;
    expect(feedback).toMatchObject({
      type: 'COMPLAINT',
      subject: 'MISSED_OR_DELAYED_SERVICE',
      text: complaint.text,
      anonymous: false,
      contactName: 'Greta Berg',
      contactEmail: 'greta.berg@example.se',
      contactPhone: '070-123 45 67',
    });
    expect(feedback.referenceNumber).toMatch(new RegExp(`^SYN-${yearInStockholm(new Date())}-\\d{6}$`));
    expect(new Date(feedback.receivedAt).toISOString()).toBe(feedback.receivedAt);
    expect(await stored(feedback.id)).toMatchObject({ personId: null, channel: 'WEB', source: 'OTHER_UNKNOWN', unit: null });
  });

  it('links feedback to a signed-in citizen who does not ask for anonymity', async () => {
    const result = await subgraph.request(signe, SUBMIT, { input: { type: 'PRAISE', subject: 'TREATMENT', text: 'Personalen på Liseberg är så vänliga.' } });
    const feedback = result.data.submitFeedback.data;
    expect(feedback).toMatchObject({ type: 'PRAISE', anonymous: false, contactEmail: null });
    expect((await stored(feedback.id)).personId).toBe(SIGNE_ID);
  });

  it('keeps neither the person nor the contact details when a citizen sends anonymously', async () => {
    const result = await subgraph.request(signe, SUBMIT, {
      input: { ...complaint, anonymous: true, contactName: 'Signe Andersson', contactEmail: 'signe@example.se', contactPhone: '08-123 456 78' },
    });
    const feedback = result.data.submitFeedback.data;
    expect(feedback).toMatchObject({ anonymous: true, contactName: null, contactEmail: null, contactPhone: null });
    expect(await stored(feedback.id)).toMatchObject({ personId: null, anonymous: true, contactName: null, contactEmail: null, contactPhone: null });
  });

  it('treats blank contact fields as not given', async () => {
    const result = await subgraph.request(anonymous, SUBMIT, { input: { ...complaint, contactName: '  ', contactEmail: '', contactPhone: ' ' } });
    expect(result.data.submitFeedback.data).toMatchObject({ contactName: null, contactEmail: null, contactPhone: null });
  });

  it('gives every feedback its own reference number, in order', async () => {
    const first = await subgraph.request(anonymous, SUBMIT, { input: complaint });
    const second = await subgraph.request(anonymous, SUBMIT, { input: complaint });
    const serial = (result: typeof first) => Number(result.data.submitFeedback.data.referenceNumber.slice(-6));
    expect(serial(second)).toBe(serial(first) + 1);
  });

  it('accepts a text of exactly 10 000 characters after trimming', async () => {
    const result = await subgraph.request(anonymous, SUBMIT, { input: { ...complaint, text: ` ${'a'.repeat(10_000)} ` } });
    expect(result.data.submitFeedback.data.text).toHaveLength(10_000);
  });

  it('refuses an empty text with a Swedish message on the field, and stores nothing', async () => {
    const before = await storedCount();
    const result = await subgraph.request(anonymous, SUBMIT, { input: { ...complaint, text: ' \n\t ' } });
    expect(result.data.submitFeedback).toEqual({
      __typename: 'ValidationError',
      message: 'Uppgifterna behöver rättas innan de kan skickas.',
      issues: [{ field: 'text', message: 'Fyll i det här fältet.' }],
    });
    expect(await storedCount()).toBe(before);
  });

  it('refuses a text of 100 000 characters with a Swedish message on the field, and stores nothing', async () => {
    const before = await storedCount();
    const result = await subgraph.request(anonymous, SUBMIT, { input: { ...complaint, text: 'a'.repeat(100_000) } });
    expect(result.data.submitFeedback.__typename).toBe('ValidationError');
    expect(result.data.submitFeedback.issues).toEqual([
      { field: 'text', message: 'Texten får vara högst 10 000 tecken. Korta den, eller dela upp den i flera meddelanden.' },
    ]);
    expect(await storedCount()).toBe(before);
  });

  it('explains a wrong e-mail address in the language of the requester', async () => {
    const result = await subgraph.request(anonymous, SUBMIT, { input: { ...complaint, contactEmail: 'greta.berg' } }, 'en');
    expect(result.data.submitFeedback.message).toBe('Please correct the information before sending it.');
    expect(result.data.submitFeedback.issues).toEqual([{ field: 'contactEmail', message: 'Enter an e-mail address, for example name@example.com.' }]);
  });

  it('refuses a phone number that is not one, and over-long contact details', async () => {
    const phone = await subgraph.request(anonymous, SUBMIT, { input: { ...complaint, contactPhone: 'ring mig' } });
    expect(phone.data.submitFeedback.issues).toEqual([{ field: 'contactPhone', message: 'Skriv ett telefonnummer med siffror, till exempel 070-123 45 67.' }]);
    const name = await subgraph.request(anonymous, SUBMIT, { input: { ...complaint, contactName: 'G'.repeat(201) } });
    expect(name.data.submitFeedback.issues).toEqual([{ field: 'contactName', message: 'Får vara högst 200 tecken.' }]);
  });

  it('reports every field to correct at once', async () => {
    const result = await subgraph.request(anonymous, SUBMIT, { input: { ...complaint, text: '', contactEmail: 'greta', contactPhone: 'x' } });
    expect(result.data.submitFeedback.issues.map((issue: { field: string }) => issue.field).sort()).toEqual(['contactEmail', 'contactPhone', 'text']);
  });

  it('refuses a type that does not exist before anything runs', async () => {
    const result = await subgraph.request(anonymous, SUBMIT, { input: { ...complaint, type: 'RANT' } });
    expect(result.errors?.length).toBeGreaterThan(0);
    expect(result.data).toBeUndefined();
  });
});

describe('feedbackList', () => {
  it('shows the quality council the feedback newest first, in pages', async () => {
    const all = await subgraph.request(council, LIST, { limit: 100 });
    expect(all.errors).toBeUndefined();
    const { nodes, totalCount, hasNextPage } = all.data.feedbackList;
    expect(totalCount).toBe(await storedCount());
    expect(nodes).toHaveLength(totalCount);
    expect(hasNextPage).toBe(false);
    const times = nodes.map((node: { receivedAt: string }) => node.receivedAt);
    expect(times).toEqual([...times].sort().reverse());

    const page = await subgraph.request(council, LIST, { offset: 1, limit: 2 });
    expect(page.data.feedbackList).toMatchObject({ totalCount, hasNextPage: totalCount > 3 });
    expect(page.data.feedbackList.nodes.map((node: { id: string }) => node.id)).toEqual(nodes.slice(1, 3).map((node: { id: string }) => node.id));
  });

  it('logs which feedback from signed-in citizens a staff member read, and only that', async () => {
    await subgraph.request(council, LIST, { limit: 100 });
    const em = subgraph.orm.em.fork();
    const linked = await em.find(Feedback, { personId: { $ne: null } });
    expect(linked.map((feedback) => feedback.personId)).toEqual([SIGNE_ID]);
    const entries = await em.find(AccessLogEntry, { staffId: HANNA_ID, resourceId: linked[0]!.id });
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((entry) => entry.personId === SIGNE_ID && entry.resource === 'Feedback')).toBe(true);
    expect(await em.count(AccessLogEntry, { personId: { $ne: SIGNE_ID } })).toBe(0);
  });

  it('is closed to citizens and to visitors who are not signed in', async () => {
    const citizen = await subgraph.request(signe, LIST);
    expect(citizen.data?.feedbackList ?? null).toBeNull();
    expect(citizen.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const visitor = await subgraph.request(anonymous, LIST);
    expect(visitor.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses pages larger than 100 with a GraphQL error and no data', async () => {
    const result = await subgraph.request(council, LIST, { limit: 101 });
    expect(result.data?.feedbackList ?? null).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
