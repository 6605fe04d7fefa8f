import { startSmtpCatcher, type SmtpCatcher } from '@omsorg/letters/smtp-catcher';
import { pdfText } from '@omsorg/letters/testing';
import { AccessLogEntry, internalTokenKey, signInternalToken, type Actor, type StaffRole } from '@omsorg/platform';
import { startTestSubgraph, TEST_INTERNAL_SECRET, type TestSubgraph } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedbackAnswer } from '../entities/feedback-answer.ts';
import { FeedbackEvent } from '../entities/feedback-event.ts';
import { FeedbackForward } from '../entities/feedback-forward.ts';
import { Feedback } from '../entities/feedback.ts';
import { feedbackService } from '../service.ts';

const UNIT = 'Beställarenheten äldre, Hägersten-Älvsjö';
const staff = (role: StaffRole, unit = UNIT, staffId: string = crypto.randomUUID()): Actor => ({ kind: 'staff', staffId, roles: [role], unit });
const lena = staff('QUALITY_COUNCIL');
const anonymous: Actor = { kind: 'anonymous' };
const SIGNE_ID = crypto.randomUUID();

const REPLIES_FIELDS = `feedbackId referenceNumber version unanswerable
  forwards { id recipientName recipientEmail question answer answeredAt answeredVia linkExpiresAt }
  answers { id sentBy text letterUrl } drafts { template text }`;
const REPLIES = `query($id: ID!) { feedbackReplies(feedbackId: $id) { ${REPLIES_FIELDS} } }`;
const ERRORS = `... on Error { message } ... on ConflictError { currentVersion } ... on ValidationError { issues { field message } }`;
const mutation = (name: string, input: string) =>
  `mutation($input: ${input}!) { ${name}(input: $input) { __typename ... on Mutation${name[0]!.toUpperCase()}${name.slice(1)}Success { data { ${REPLIES_FIELDS} } } ${ERRORS} } }`;
const FORWARD = mutation('forwardFeedback', 'ForwardFeedbackInput');
const RECORD = mutation('recordProviderAnswer', 'RecordProviderAnswerInput');
const ANSWER = mutation('answerFeedback', 'AnswerFeedbackInput');
const OPEN = `query($token: String!) { providerForward(token: $token) { __typename ... on QueryProviderForwardSuccess { data { referenceNumber type receivedAt target targetName text question recipientName } } ... on Error { message } } }`;
const PROVIDER_ANSWER = `mutation($token: String!, $answer: String!) { answerProviderForward(token: $token, answer: $answer) { __typename ... on MutationAnswerProviderForwardSuccess { data { referenceNumber answeredAt } } ... on Error { message } } }`;

let subgraph: TestSubgraph;
let catcher: SmtpCatcher;
let previousSmtp: string | undefined;
let serial = 0;

beforeAll(async () => {
  catcher = await startSmtpCatcher();
  previousSmtp = process.env.SMTP_URL;
  process.env.SMTP_URL = catcher.url;
  subgraph = await startTestSubgraph(feedbackService);
});

afterAll(async () => {
  if (previousSmtp === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = previousSmtp;
  await subgraph?.close();
  await catcher?.close();
});

/** A feedback item as the form or staff registered it. */
async function item(fields: Partial<Feedback> = {}): Promise<Feedback> {
  const em = subgraph.orm.em.fork();
  const made = em.create(Feedback, {
    referenceNumber: `SYN-2026-${String(900000 + ++serial)}`,
    type: 'COMPLAINT',
    subject: 'MISSED_OR_DELAYED_SERVICE',
    target: 'HOME_CARE_PROVIDER',
    targetName: 'Omsorgshuset AB',
    text: 'Hemtjänsten kom två timmar för sent till min mamma, personnummer 19400101-1234, i tisdags.',
    channel: 'WEB',
    unit: UNIT,
    personId: SIGNE_ID,
    contactName: 'Signe Andersson',
    contactEmail: 'signe@example.se',
    contactPhone: '070-123 45 67',
    contactAddress: 'Fruängsgatan 12, 129 52 Hägersten',
    answerBy: 'LETTER',
    receivedAt: new Date('2026-11-30T09:00:00Z'),
    ...fields,
  } as never);
  await em.flush();
  return made as Feedback;
}

const versionOf = async (id: string) => (await subgraph.orm.em.fork().findOneOrFail(Feedback, { id })).version;
const eventsOf = async (id: string) => (await subgraph.orm.em.fork().find(FeedbackEvent, { feedback: id }, { orderBy: { at: 'asc' } })).map((event) => event.kind);

async function forward(feedback: Feedback, extra: Record<string, unknown> = {}) {
  return subgraph.request(lena, FORWARD, {
    input: { feedbackId: feedback.id, version: await versionOf(feedback.id), recipientName: 'Omsorgshuset AB', recipientEmail: 'svar@omsorgshuset.se', question: 'Vad har ni gjort för att besöken ska komma i tid?', ...extra },
  });
}

/** The token of the link in the next forward mail. */
async function mailedToken(): Promise<{ token: string; text: string; to: string[] }> {
  const mail = await catcher.next();
  const token = /\/synpunkter\/svar\/([A-Za-z0-9_-]{43})/.exec(mail.text)?.[1];
  expect(token).toBeDefined();
  return { token: token!, text: mail.text, to: mail.to };
}

describe('forwarding to a provider', () => {
  it('forwards, mails the link (nothing of the text or the sender in the mail), and bumps the version', async () => {
    const feedback = await item();
    const before = await versionOf(feedback.id);
    const result = await forward(feedback);
    expect(result.data.forwardFeedback.__typename).toBe('MutationForwardFeedbackSuccess');
    const data = result.data.forwardFeedback.data;
    expect(data.version).toBe(before + 1);
    expect(data.forwards).toHaveLength(1);
    expect(data.forwards[0]).toMatchObject({ recipientName: 'Omsorgshuset AB', answer: null });
    expect(await eventsOf(feedback.id)).toEqual(['FORWARDED']);
    const mail = await mailedToken();
    expect(mail.to).toEqual(['svar@omsorgshuset.se']);
    expect(mail.text).toContain(feedback.referenceNumber);
    expect(mail.text).not.toContain('Hemtjänsten kom');
    expect(mail.text).not.toContain('Signe');
    // Only the HMAC is stored: the token itself is nowhere in the row.
    const row = await subgraph.orm.em.fork().findOneOrFail(FeedbackForward, { feedback: feedback.id });
    expect(row.linkTokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(mail.token);
  });

  it('answers ConflictError for a stale version and saves nothing', async () => {
    const feedback = await item();
    const version = await versionOf(feedback.id);
    await forward(feedback);
    await catcher.next();
    const stale = await forward(feedback, { version });
    expect(stale.data.forwardFeedback).toMatchObject({ __typename: 'ConflictError', currentVersion: version + 1 });
    expect(await subgraph.orm.em.fork().count(FeedbackForward, { feedback: feedback.id })).toBe(1);
  });

  it('refuses those who may not handle the item: other units, caseworkers not assigned, citizens', async () => {
    const feedback = await item();
    for (const actor of [staff('MANAGER', 'Annan enhet'), staff('CASEWORKER'), { kind: 'person', personId: SIGNE_ID, actingFor: [] } as Actor]) {
      const result = await subgraph.request(actor, FORWARD, { input: { feedbackId: feedback.id, version: await versionOf(feedback.id), recipientName: 'X', question: 'Y' } });
      const typename = result.data?.forwardFeedback?.__typename;
      expect(typename === 'NotFoundError' || result.errors?.[0]?.extensions?.code === 'FORBIDDEN').toBe(true);
      expect((await subgraph.request(actor, REPLIES, { id: feedback.id })).data?.feedbackReplies ?? null).toBeNull();
    }
    expect(await subgraph.orm.em.fork().count(FeedbackForward, { feedback: feedback.id })).toBe(0);
  });

  it('lets the assigned handler forward, and checks what is typed', async () => {
    const hanna = staff('CASEWORKER');
    const feedback = await item({ handlerId: (hanna as { staffId: string }).staffId, unit: null });
    const wrong = await subgraph.request(hanna, FORWARD, { input: { feedbackId: feedback.id, version: await versionOf(feedback.id), recipientName: ' ', recipientEmail: 'inte-en-adress', question: '' } });
    expect(wrong.data.forwardFeedback.__typename).toBe('ValidationError');
    expect(wrong.data.forwardFeedback.issues.map((issue: { field: string }) => issue.field).sort()).toEqual(['question', 'recipientEmail', 'recipientName']);
    const typed = await subgraph.request(hanna, FORWARD, { input: { feedbackId: feedback.id, version: await versionOf(feedback.id), recipientName: 'Färdtjänsten, Region Stockholm', question: 'Varför kom bilen inte?' } });
    expect(typed.data.forwardFeedback.data.forwards[0]).toMatchObject({ recipientEmail: null, linkExpiresAt: null });
  });
});

describe('the provider\'s page', () => {
  it('shows only what was forwarded, masked, never the sender; the provider answers once', async () => {
    const feedback = await item();
    await forward(feedback);
    const { token } = await mailedToken();
    const opened = await subgraph.request(anonymous, OPEN, { token }, 'sv', 'provider-1');
    const view = opened.data.providerForward.data;
    expect(view).toMatchObject({ referenceNumber: feedback.referenceNumber, type: 'COMPLAINT', target: 'HOME_CARE_PROVIDER', question: 'Vad har ni gjort för att besöken ska komma i tid?' });
    expect(view.text).toContain('Hemtjänsten kom två timmar för sent');
    expect(view.text).not.toContain('19400101-1234');
    expect(JSON.stringify(opened)).not.toMatch(/Signe|signe@|070-123|Fruängsgatan/);
    // No field of the sender can even be asked for.
    const prying = await subgraph.request(anonymous, `query($token: String!) { providerForward(token: $token) { ... on QueryProviderForwardSuccess { data { contactName } } } }`, { token }, 'sv', 'provider-1');
    expect(prying.errors?.length).toBeGreaterThan(0);

    const answered = await subgraph.request(anonymous, PROVIDER_ANSWER, { token, answer: 'Vi har ändrat schemat.' }, 'sv', 'provider-1');
    expect(answered.data.answerProviderForward.__typename).toBe('MutationAnswerProviderForwardSuccess');
    const again = await subgraph.request(anonymous, PROVIDER_ANSWER, { token, answer: 'Något annat.' }, 'sv', 'provider-1');
    expect(again.data.answerProviderForward).toMatchObject({ __typename: 'NotFoundError', message: expect.stringContaining('redan svarat') });
    const reopened = await subgraph.request(anonymous, OPEN, { token }, 'sv', 'provider-1');
    expect(reopened.data.providerForward.__typename).toBe('NotFoundError');

    const replies = (await subgraph.request(lena, REPLIES, { id: feedback.id })).data.feedbackReplies;
    expect(replies.forwards[0]).toMatchObject({ answer: 'Vi har ändrat schemat.', answeredVia: 'LINK' });
    expect(await eventsOf(feedback.id)).toEqual(['FORWARDED', 'PROVIDER_ANSWERED']);
    // The provider's answer is quoted in the template for the answer after it.
    expect(replies.drafts.find((draft: { template: string }) => draft.template === 'AFTER_PROVIDER_ANSWER').text).toContain('Vi har ändrat schemat.');
  });

  it('opens only its own forward: one provider\'s token never shows another forward', async () => {
    const first = await item({ text: 'Första synpunkten.' });
    const second = await item({ text: 'Andra synpunkten.' });
    await forward(first);
    const { token: firstToken } = await mailedToken();
    await forward(second, { recipientName: 'Annan utförare AB', recipientEmail: 'annan@utforare.se' });
    await mailedToken();
    const view = (await subgraph.request(anonymous, OPEN, { token: firstToken }, 'sv', 'provider-2')).data.providerForward.data;
    expect(view.text).toBe('Första synpunkten.');
    expect(view.referenceNumber).toBe(first.referenceNumber);
  });

  it('says clearly when a link is unknown or expired', async () => {
    const unknown = await subgraph.request(anonymous, OPEN, { token: 'A'.repeat(43) }, 'sv', 'provider-3');
    expect(unknown.data.providerForward).toMatchObject({ __typename: 'NotFoundError', message: expect.stringContaining('Länken fungerar inte') });
    const malformed = await subgraph.request(anonymous, OPEN, { token: 'x' }, 'sv', 'provider-3');
    expect(malformed.data.providerForward.__typename).toBe('NotFoundError');
    const feedback = await item();
    await forward(feedback);
    const { token } = await mailedToken();
    await subgraph.orm.em.fork().nativeUpdate(FeedbackForward, { feedback: feedback.id }, { linkExpiresAt: new Date(Date.now() - 1000) });
    const expired = await subgraph.request(anonymous, OPEN, { token }, 'sv', 'provider-3');
    expect(expired.data.providerForward).toMatchObject({ __typename: 'NotFoundError', message: expect.stringContaining('slutat gälla') });
    const late = await subgraph.request(anonymous, PROVIDER_ANSWER, { token, answer: 'Sent svar.' }, 'sv', 'provider-3');
    expect(late.data.answerProviderForward.__typename).toBe('NotFoundError');
  });

  it('limits how often one client may open links', async () => {
    let last: { __typename: string } | undefined;
    for (let i = 0; i < 31; i++) last = (await subgraph.request(anonymous, OPEN, { token: 'B'.repeat(43) }, 'sv', 'guessing-client')).data.providerForward;
    expect(last?.__typename).toBe('RateLimitError');
  });

  it('lets staff record an answer that came by phone, once', async () => {
    const feedback = await item();
    const forwarded = (await forward(feedback, { recipientName: 'Region Stockholm', recipientEmail: null })).data.forwardFeedback.data;
    const input = { feedbackId: feedback.id, version: forwarded.version, forwardId: forwarded.forwards[0].id, answer: 'De ringde och sa att de har pratat med personalen.' };
    const recorded = await subgraph.request(lena, RECORD, { input });
    expect(recorded.data.recordProviderAnswer.data.forwards[0]).toMatchObject({ answeredVia: 'STAFF', answer: input.answer });
    const twice = await subgraph.request(lena, RECORD, { input: { ...input, version: recorded.data.recordProviderAnswer.data.version } });
    expect(twice.data.recordProviderAnswer).toMatchObject({ __typename: 'ValidationError', message: 'Mottagaren har redan svarat.' });
  });
});

async function downloadLetter(actor: Actor, url: string): Promise<Response> {
  const token = await signInternalToken({ actor, locale: 'sv' }, internalTokenKey(TEST_INTERNAL_SECRET));
  return fetch(`${subgraph.url}${url}`, { headers: { authorization: `Bearer ${token}` } });
}

describe('answering the sender', () => {
  it('answers by letter: a row, an event, answeredAt once, and a PDF for those who may handle it', async () => {
    const feedback = await item();
    const first = (await subgraph.request(lena, REPLIES, { id: feedback.id })).data.feedbackReplies;
    const draft = first.drafts.find((entry: { template: string }) => entry.template === 'COMPLAINT_HANDLED').text as string;
    expect(draft).toContain(feedback.referenceNumber);
    const text = draft.replace('[skriv vad ni har gjort]', 'vi har ändrat schemat');
    const answered = await subgraph.request(lena, ANSWER, { input: { feedbackId: feedback.id, version: first.version, sentBy: 'LETTER', text } });
    const data = answered.data.answerFeedback.data;
    expect(data.answers[0]).toMatchObject({ sentBy: 'LETTER', text, letterUrl: `/feedback-letters/${data.answers[0].id}.pdf` });
    const stored = await subgraph.orm.em.fork().findOneOrFail(Feedback, { id: feedback.id });
    expect(stored.answeredAt).toBeInstanceOf(Date);
    expect(await eventsOf(feedback.id)).toEqual(['ANSWERED']);

    const response = await downloadLetter(lena, data.answers[0].letterUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await response.arrayBuffer());
    const written = pdfText(pdf);
    for (const expected of ['Signe Andersson', 'Fruängsgatan 12', '129 52 Hägersten', feedback.referenceNumber, 'vi har ändrat schemat', UNIT]) expect(written).toContain(expected);
    // The letter's download is a read of Signe's feedback, logged for her.
    expect(await subgraph.orm.em.fork().count(AccessLogEntry, { personId: SIGNE_ID, resourceId: feedback.id })).toBeGreaterThan(0);
    for (const actor of [staff('MANAGER', 'Annan enhet'), staff('CASEWORKER'), anonymous]) {
      expect((await downloadLetter(actor, data.answers[0].letterUrl)).status).toBeGreaterThanOrEqual(401);
    }

    const again = await subgraph.request(lena, ANSWER, { input: { feedbackId: feedback.id, version: data.version, sentBy: 'PHONE', text: 'Ringde och berättade.' } });
    expect(again.data.answerFeedback.data.answers).toHaveLength(2);
    const after = await subgraph.orm.em.fork().findOneOrFail(Feedback, { id: feedback.id });
    expect(after.answeredAt?.getTime()).toBe(stored.answeredAt?.getTime());
  });

  it('answers by e-mail through the queue, with the text as written', async () => {
    const feedback = await item({ answerBy: 'EMAIL' });
    const text = 'Hej Signe!\n\nTack för att du skrev. Vi har pratat med hemtjänsten.';
    const answered = await subgraph.request(lena, ANSWER, { input: { feedbackId: feedback.id, version: await versionOf(feedback.id), sentBy: 'EMAIL', text } });
    expect(answered.data.answerFeedback.__typename).toBe('MutationAnswerFeedbackSuccess');
    const mail = await catcher.next();
    expect(mail.to).toEqual(['signe@example.se']);
    expect(mail.subject).toContain(feedback.referenceNumber);
    expect(mail.text.trim()).toBe(text);
  });

  it('cannot answer an anonymous item without contact, nor by a channel it has no detail for', async () => {
    const anonymousItem = await item({ anonymous: true, personId: null, contactName: null, contactEmail: null, contactPhone: null, contactAddress: null });
    expect((await subgraph.request(lena, REPLIES, { id: anonymousItem.id })).data.feedbackReplies.unanswerable).toContain('anonym');
    const refused = await subgraph.request(lena, ANSWER, { input: { feedbackId: anonymousItem.id, version: await versionOf(anonymousItem.id), sentBy: 'PHONE', text: 'Hej' } });
    expect(refused.data.answerFeedback).toMatchObject({ __typename: 'ValidationError', message: expect.stringContaining('anonym') });
    const noMail = await item({ contactEmail: null });
    const byMail = await subgraph.request(lena, ANSWER, { input: { feedbackId: noMail.id, version: await versionOf(noMail.id), sentBy: 'EMAIL', text: 'Hej' } });
    expect(byMail.data.answerFeedback.__typename).toBe('ValidationError');
    expect(await subgraph.orm.em.fork().count(FeedbackAnswer, { feedback: { $in: [anonymousItem.id, noMail.id] } })).toBe(0);
  });
});
