import type { Actor } from '@omsorg/platform';
import { countStatements, startTestSubgraph, type TestSubgraph } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedbackAnswer } from './entities/feedback-answer.ts';
import { FeedbackEvent } from './entities/feedback-event.ts';
import { Feedback } from './entities/feedback.ts';
import { feedbackService } from './service.ts';

const SIGNE = '3d0c4c0e-7a57-4f0a-9a56-6a7d3e1f2b01';
const ERIK = '7a1e2b3c-4d5e-4f60-8a7b-9c0d1e2f3a45';
const GRETA = 'c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f';
const STAFF = '9b2f6a14-1c3e-4d5f-8a7b-2c4d6e8f0a12';

const anonymous: Actor = { kind: 'anonymous' };
const signe: Actor = { kind: 'person', personId: SIGNE, actingFor: [] };
const erik: Actor = { kind: 'person', personId: ERIK, actingFor: [SIGNE] };
const greta: Actor = { kind: 'person', personId: GRETA, actingFor: [] };
const council: Actor = { kind: 'staff', staffId: STAFF, roles: ['QUALITY_COUNCIL'], unit: 'Hägersten-Älvsjö' };

const SUBMIT = `mutation($input: SubmitFeedbackInput!) {
  submitFeedback(input: $input) {
    __typename
    ... on MutationSubmitFeedbackSuccess { data { id referenceNumber anonymous } }
    ... on ValidationError { message issues { field message } }
  }
}`;

const STATUS = `query($referenceNumber: String!) {
  feedbackStatus(referenceNumber: $referenceNumber) {
    __typename
    ... on QueryFeedbackStatusSuccess { data { referenceNumber type receivedOn status answered } }
    ... on Error { message }
    ... on RateLimitError { retryAfterSeconds }
    ... on ValidationError { issues { field message } }
  }
}`;

const MINE = `query($offset: Int, $limit: Int) {
  myFeedback(offset: $offset, limit: $limit) {
    totalCount hasNextPage
    nodes { referenceNumber type subject target targetName text status concernsPersonId sentByMe answers { sentBy sentAt text } }
  }
}`;

const complaint = { type: 'COMPLAINT', subject: 'MISSED_OR_DELAYED_SERVICE', target: 'HOME_CARE_PROVIDER', targetName: 'Omsorgshemtjänst AB', text: 'Hemtjänsten kom inte i tisdags.' };

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(feedbackService);
});

afterAll(() => subgraph?.close());

const em = () => subgraph.orm.em.fork();
const storedCount = () => em().count(Feedback, {});
const client = () => `client-${crypto.randomUUID()}`;

async function submit(actor: Actor, input: Record<string, unknown>) {
  const result = await subgraph.request(actor, SUBMIT, { input }, 'sv', client());
  expect(result.errors).toBeUndefined();
  return result.data.submitFeedback;
}

async function submitted(actor: Actor, input: Record<string, unknown>) {
  const answer = await submit(actor, input);
  expect(answer.__typename).toBe('MutationSubmitFeedbackSuccess');
  return em().findOneOrFail(Feedback, { id: answer.data.id });
}

describe('submitFeedback from the citizen form', () => {
  it('keeps whom it is about, how to answer and where, marks a personnummer in the text, and writes RECEIVED', async () => {
    const feedback = await submitted(signe, {
      ...complaint,
      text: 'Mamma 19510923-2388 fick ingen hjälp.',
      answerBy: 'LETTER',
      contactName: 'Signe Andersson',
      contactAddress: ' Storgatan 1\r\n123 45 Stockholm ',
    });
    expect(feedback).toMatchObject({
      personId: SIGNE,
      target: 'HOME_CARE_PROVIDER',
      targetName: 'Omsorgshemtjänst AB',
      answerBy: 'LETTER',
      contactAddress: 'Storgatan 1\n123 45 Stockholm',
      textHasSensitiveDetails: true,
      channel: 'WEB',
      status: 'RECEIVED',
    });
    const events = await em().find(FeedbackEvent, { feedback: feedback.id });
    expect(events.map((event) => [event.kind, event.staffId])).toEqual([['RECEIVED', null]]);
  });

  it('marks no sensitive detail where there is none, and takes the unit when no target is given', async () => {
    const feedback = await submitted(anonymous, { type: 'PRAISE', subject: 'TREATMENT', text: 'Ring mig på 070-123 45 67.' });
    expect(feedback).toMatchObject({ textHasSensitiveDetails: false, target: 'UNIT', targetName: null, answerBy: 'NONE' });
  });

  it('lets a representative say it concerns the person they represent', async () => {
    const feedback = await submitted(erik, { ...complaint, concernsPersonId: SIGNE, answerBy: 'EMAIL', contactEmail: 'erik@exempel.se' });
    expect(feedback).toMatchObject({ personId: ERIK, concernsPersonId: SIGNE, answerBy: 'EMAIL', contactEmail: 'erik@exempel.se' });
  });

  it('refuses a person one does not represent, with a Swedish message on the field, and stores nothing', async () => {
    for (const actor of [greta, anonymous]) {
      const before = await storedCount();
      expect(await submit(actor, { ...complaint, concernsPersonId: SIGNE })).toEqual({
        __typename: 'ValidationError',
        message: 'Uppgifterna behöver rättas innan de kan skickas.',
        issues: [{ field: 'concernsPersonId', message: 'Du kan bara lämna synpunkter för dig själv eller för någon du företräder.' }],
      });
      expect(await storedCount()).toBe(before);
    }
  });

  it('keeps nothing of the sender, whom it concerns nor how to answer when anonymous', async () => {
    const feedback = await submitted(erik, {
      ...complaint,
      anonymous: true,
      concernsPersonId: SIGNE,
      answerBy: 'LETTER',
      contactName: 'Erik',
      contactAddress: 'Storgatan 1',
    });
    expect(feedback).toMatchObject({ personId: null, concernsPersonId: null, answerBy: 'NONE', contactName: null, contactAddress: null, anonymous: true });
  });

  it('needs where to answer for the way chosen, says so on that field, and stores nothing', async () => {
    const before = await storedCount();
    const cases = [
      ['LETTER', 'contactAddress', 'Skriv den adress vi ska skicka brevet till, eller välj ett annat sätt att få svar.'],
      ['EMAIL', 'contactEmail', 'Skriv den e-postadress vi ska svara till, eller välj ett annat sätt att få svar.'],
      ['PHONE', 'contactPhone', 'Skriv det telefonnummer vi ska ringa, eller välj ett annat sätt att få svar.'],
    ];
    for (const [answerBy, field, message] of cases) {
      const result = await submit(anonymous, { ...complaint, answerBy, contactAddress: '  ' });
      expect(result.issues, answerBy).toEqual([{ field, message }]);
    }
    expect(await storedCount()).toBe(before);
  });

  it('refuses too long, empty and control characters in every new field, saying which, and stores nothing', async () => {
    const before = await storedCount();
    const result = await submit(anonymous, {
      ...complaint,
      text: ' \n ',
      targetName: 'x'.repeat(201),
      contactAddress: `Storgatan 1\u0007`,
      concernsPersonId: 'not-an-id',
    });
    expect(result.__typename).toBe('ValidationError');
    expect(Object.fromEntries(result.issues.map((issue: { field: string; message: string }) => [issue.field, issue.message]))).toEqual({
      text: 'Fyll i det här fältet.',
      targetName: 'Namnet får vara högst 200 tecken.',
      contactAddress: expect.stringContaining('styrtecken'),
      concernsPersonId: 'Uppgiften pekar på något som inte finns. Gå tillbaka och försök igen.',
    });
    const address = await submit(anonymous, { ...complaint, answerBy: 'LETTER', contactAddress: 'a'.repeat(501) });
    expect(address.issues).toEqual([{ field: 'contactAddress', message: 'Adressen får vara högst 500 tecken.' }]);
    expect(await storedCount()).toBe(before);
  });
});

describe('feedbackStatus', () => {
  it('tells anyone with the number the kind, the day, the status and whether it was answered, as typed', async () => {
    const feedback = await submitted(anonymous, complaint);
    const lowerCase = feedback.referenceNumber.toLowerCase().replace('-', ' - ');
    const result = await subgraph.request(anonymous, STATUS, { referenceNumber: ` ${lowerCase} ` }, 'sv', client());
    expect(result.data.feedbackStatus).toEqual({
      __typename: 'QueryFeedbackStatusSuccess',
      data: { referenceNumber: feedback.referenceNumber, type: 'COMPLAINT', receivedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), status: 'RECEIVED', answered: false },
    });

    const later = em();
    const stored = await later.findOneOrFail(Feedback, { id: feedback.id });
    stored.status = 'CLOSED';
    stored.answeredAt = new Date();
    await later.flush();
    const now = await subgraph.request(signe, STATUS, { referenceNumber: feedback.referenceNumber });
    expect(now.data.feedbackStatus.data).toMatchObject({ status: 'CLOSED', answered: true });
  });

  it('never offers the text or the sender: the type has no such field', async () => {
    const result = await subgraph.request(anonymous, `query { feedbackStatus(referenceNumber: "SYN-2026-000001") { ... on QueryFeedbackStatusSuccess { data { text } } } }`);
    expect(result.errors?.[0]?.message).toMatch(/Cannot query field "text"/);
  });

  it('answers an unknown and a malformed number alike, as NotFoundError', async () => {
    const answers = await Promise.all(['SYN-1999-999999', 'inte ett nummer'].map((referenceNumber) => subgraph.request(anonymous, STATUS, { referenceNumber }, 'sv', client())));
    for (const answer of answers) {
      expect(answer.data.feedbackStatus).toEqual({
        __typename: 'NotFoundError',
        message: 'Vi hittar ingen synpunkt med det referensnumret. Kontrollera att du har skrivit av det rätt, till exempel SYN-2026-000123.',
      });
    }
    const empty = await subgraph.request(anonymous, STATUS, { referenceNumber: '  ' }, 'sv', client());
    expect(empty.data.feedbackStatus).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'referenceNumber', message: 'Fyll i det här fältet.' }] });
  });

  it('answers 30 look-ups an hour per client, then a Swedish RateLimitError like the form’s', async () => {
    const from = client();
    const answers = await Promise.all(Array.from({ length: 32 }, () => subgraph.request(anonymous, STATUS, { referenceNumber: 'SYN-1999-000001' }, 'sv', from)));
    const kinds = answers.map((answer) => answer.data.feedbackStatus.__typename);
    expect(kinds.filter((kind) => kind === 'NotFoundError')).toHaveLength(30);
    const refused = answers.find((answer) => answer.data.feedbackStatus.__typename === 'RateLimitError')!.data.feedbackStatus;
    expect(refused.message).toMatch(/^Du har frågat efter status många gånger på kort tid\. Vänta (\d+ minuter|1 timme) och försök igen\.$/);
    expect((await subgraph.request(anonymous, STATUS, { referenceNumber: 'SYN-1999-000001' }, 'sv', client())).data.feedbackStatus.__typename).toBe('NotFoundError');
  });
});

describe('myFeedback', () => {
  it('lists the sender’s own and, for a representative, what concerns the person they represent, with the answers sent', async () => {
    const own = await submitted(signe, { ...complaint, text: 'Signes egen.' });
    const aboutSigne = await submitted(erik, { ...complaint, text: 'Eriks om Signe.', concernsPersonId: SIGNE });
    await submitted(greta, { ...complaint, text: 'Gretas.' });
    await submitted(signe, { ...complaint, text: 'Signes anonyma.', anonymous: true });
    const writer = em();
    writer.create(FeedbackAnswer, { feedback: writer.getReference(Feedback, own.id), sentBy: 'LETTER', text: 'Vi har pratat med utföraren.', staffId: STAFF });
    await writer.flush();

    const mine = await subgraph.request(signe, MINE, { limit: 100 });
    expect(mine.errors).toBeUndefined();
    const texts = mine.data.myFeedback.nodes.map((node: { text: string }) => node.text);
    expect(texts).toContain('Signes egen.');
    expect(texts).not.toContain('Eriks om Signe.');
    expect(texts).not.toContain('Gretas.');
    expect(texts).not.toContain('Signes anonyma.');
    const signesOwn = mine.data.myFeedback.nodes.find((node: { referenceNumber: string }) => node.referenceNumber === own.referenceNumber);
    expect(signesOwn).toMatchObject({ sentByMe: true, status: 'RECEIVED', concernsPersonId: null, answers: [{ sentBy: 'LETTER', text: 'Vi har pratat med utföraren.' }] });

    const eriks = await subgraph.request(erik, MINE, { limit: 100 });
    const eriksTexts = eriks.data.myFeedback.nodes.map((node: { text: string }) => node.text);
    expect(eriksTexts).toEqual(expect.arrayContaining(['Signes egen.', 'Eriks om Signe.']));
    expect(eriksTexts).not.toContain('Gretas.');
    expect(eriks.data.myFeedback.nodes.find((node: { referenceNumber: string }) => node.referenceNumber === aboutSigne.referenceNumber)).toMatchObject({ sentByMe: true, concernsPersonId: SIGNE });
  });

  it('pages newest first, with the same number of SQL statements for one item as for many', async () => {
    const counter = countStatements(subgraph.orm);
    try {
      const statements = async (limit: number) => {
        counter.reset();
        const page = await subgraph.request(erik, MINE, { offset: 0, limit });
        return { count: counter.count, page: page.data.myFeedback };
      };
      const one = await statements(1);
      const all = await statements(100);
      expect(one.page.nodes).toHaveLength(1);
      expect(one.page.hasNextPage).toBe(true);
      expect(all.page.nodes.length).toBeGreaterThan(1);
      expect(all.page.nodes[0].referenceNumber).toBe(one.page.nodes[0].referenceNumber);
      expect(all.count).toBe(one.count);
    } finally {
      counter.stop();
    }
  });

  it('is refused to staff and to a visitor who is not signed in', async () => {
    for (const actor of [council, anonymous]) {
      const result = await subgraph.request(actor, MINE, {});
      expect(result.data).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
    }
  });
});
