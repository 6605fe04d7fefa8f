import { enqueueJob } from '@omsorg/platform';
import { startTestSubgraph, type TestSubgraph } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedbackAnswer } from '../entities/feedback-answer.ts';
import { FeedbackEvent } from '../entities/feedback-event.ts';
import { FeedbackForward } from '../entities/feedback-forward.ts';
import { Feedback } from '../entities/feedback.ts';
import { feedbackService } from '../service.ts';
import { FEEDBACK_RETENTION_QUEUE, removeExpiredPersonalData, RETENTION_BATCH_SIZE, retentionCutoff, retentionMonths } from './retention.ts';

let subgraph: TestSubgraph;
let serial = 0;
const NOW = new Date('2026-12-05T02:30:00Z');
const STAFF = crypto.randomUUID();

beforeAll(async () => {
  subgraph = await startTestSubgraph(feedbackService);
});
afterAll(() => subgraph?.close());

/** A closed (or open) item with every kind of personal data: a step's note, a forward with an answer, an answer to the sender. */
async function item(fields: Partial<Feedback>): Promise<string> {
  const em = subgraph.orm.em.fork();
  const feedback = em.create(Feedback, {
    referenceNumber: `SYN-2024-${String(700000 + ++serial)}`,
    type: serial % 2 ? 'COMPLAINT' : 'PRAISE',
    subject: 'TREATMENT',
    source: 'RELATIVE',
    target: 'HOME_CARE_PROVIDER',
    text: 'Min pappa Karl Svensson, 19380505-1111, blev illa bemött.',
    channel: 'POSTCARD',
    unit: 'Beställarenheten äldre, Hägersten-Älvsjö',
    personId: crypto.randomUUID(),
    concernsPersonId: crypto.randomUUID(),
    contactName: 'Anna Svensson',
    contactEmail: 'anna@example.se',
    contactPhone: '070-765 43 21',
    contactAddress: 'Storgatan 1, 123 45 Stad',
    senderGender: 'WOMAN',
    status: 'CLOSED',
    receivedAt: new Date('2024-09-01T10:00:00Z'),
    classifiedAt: new Date('2024-09-02T10:00:00Z'),
    answeredAt: new Date('2024-09-10T10:00:00Z'),
    actionTakenAt: new Date('2024-09-05T10:00:00Z'),
    closedAt: new Date('2024-10-01T10:00:00Z'),
    ...fields,
  } as never) as Feedback;
  em.create(FeedbackEvent, { feedback, kind: 'ACTION_RECORDED', staffId: STAFF, note: 'Pratade med Anna Svensson om Karl.', data: { kind: 'talk' }, at: new Date('2024-09-05T10:00:00Z') });
  em.create(FeedbackForward, { feedback, recipientName: 'Omsorgshuset AB', recipientEmail: 'svar@omsorgshuset.se', question: 'Vad hände med Karl?', staffId: STAFF, sentAt: new Date('2024-09-03T10:00:00Z'), linkTokenHash: crypto.randomUUID().replace(/-/g, '').padEnd(64, '0'), linkExpiresAt: new Date('2024-11-01'), answer: 'Vi pratade med Karl.', answeredAt: new Date('2024-09-04T10:00:00Z'), answeredVia: 'LINK' });
  em.create(FeedbackAnswer, { feedback, sentBy: 'LETTER', text: 'Hej Anna! Vi har pratat med personalen om Karl.', staffId: STAFF, sentAt: new Date('2024-09-10T10:00:00Z') });
  await em.flush();
  return feedback.id;
}

/** What the statistics count: categories and outcomes, per item. */
async function statisticsRows(): Promise<unknown[]> {
  return subgraph.orm.em.fork().getConnection().execute(
    `select type, subject, source, target, channel, sender_gender, unit, status, received_at, classified_at, answered_at, action_taken_at, lex_sarah_at, closed_at,
       (select count(*) from feedback.feedback_event e where e.feedback_id = f.id and e.kind <> 'PERSONAL_DATA_REMOVED') as events,
       (select count(*) from feedback.feedback_forward w where w.feedback_id = f.id and w.answered_at is not null) as provider_answers,
       (select count(*) from feedback.feedback_answer a where a.feedback_id = f.id) as answers
     from feedback.feedback f order by reference_number`,
  );
}

describe('retention of personal data in closed feedback', () => {
  it('reads FEEDBACK_RETENTION_MONTHS (default 24) and counts whole months back', () => {
    expect(retentionMonths({})).toBe(24);
    expect(retentionMonths({ FEEDBACK_RETENTION_MONTHS: '36' })).toBe(36);
    expect(() => retentionMonths({ FEEDBACK_RETENTION_MONTHS: '0' })).toThrow();
    expect(retentionCutoff(NOW, 24).toISOString()).toBe('2024-12-05T02:30:00.000Z');
  });

  it('empties the personal data of items closed before the cutoff, keeps everything counted, and is idempotent', async () => {
    const expired = await item({});
    const recent = await item({ closedAt: new Date('2025-06-01T10:00:00Z') });
    const open = await item({ status: 'IN_PROGRESS', closedAt: null });
    const statisticsBefore = await statisticsRows();

    expect(await removeExpiredPersonalData(subgraph.orm.em.fork(), NOW, 24)).toBe(1);

    const em = subgraph.orm.em.fork();
    const cleared = await em.findOneOrFail(Feedback, { id: expired });
    expect(cleared).toMatchObject({ text: '', contactName: null, contactEmail: null, contactPhone: null, contactAddress: null, personId: null, concernsPersonId: null, textHasSensitiveDetails: false });
    expect(cleared.personalDataRemovedAt?.toISOString()).toBe(NOW.toISOString());
    const events = await em.find(FeedbackEvent, { feedback: expired }, { orderBy: { at: 'asc' } });
    expect(events.map((event) => [event.kind, event.note])).toEqual([['ACTION_RECORDED', null], ['PERSONAL_DATA_REMOVED', null]]);
    const forward = await em.findOneOrFail(FeedbackForward, { feedback: expired });
    expect(forward).toMatchObject({ question: '', answer: '', linkTokenHash: null });
    expect(forward.answeredAt).toBeInstanceOf(Date);
    expect((await em.findOneOrFail(FeedbackAnswer, { feedback: expired })).text).toBe('');
    // Nothing of the person is anywhere in the item's rows.
    const everything = JSON.stringify([cleared, events, forward, await em.find(FeedbackAnswer, { feedback: expired })]);
    expect(everything).not.toMatch(/Karl|Anna|19380505|anna@|070-765|Storgatan/);

    for (const kept of [recent, open]) {
      const untouched = await em.findOneOrFail(Feedback, { id: kept });
      expect(untouched.personalDataRemovedAt).toBeNull();
      expect(untouched.contactName).toBe('Anna Svensson');
    }
    expect(await statisticsRows()).toEqual(statisticsBefore);

    expect(await removeExpiredPersonalData(subgraph.orm.em.fork(), NOW, 24)).toBe(0);
    expect(await subgraph.orm.em.fork().count(FeedbackEvent, { feedback: expired, kind: 'PERSONAL_DATA_REMOVED' })).toBe(1);
  });

  it('clears more than a batch, and runs as the queued job', async () => {
    const ids: string[] = [];
    for (let i = 0; i < RETENTION_BATCH_SIZE + 5; i++) ids.push(await item({ closedAt: new Date('2023-01-01T10:00:00Z') }));
    // The job runs with today's clock: these items closed in 2023 are long past 24 months.
    await subgraph.orm.em.fork().transactional((tx) => enqueueJob(tx, FEEDBACK_RETENTION_QUEUE, {}));
    await subgraph.settleJobs(60_000);
    expect(await subgraph.orm.em.fork().count(Feedback, { id: { $in: ids }, personalDataRemovedAt: null })).toBe(0);
    expect(await subgraph.orm.em.fork().count(FeedbackEvent, { feedback: { $in: ids }, kind: 'PERSONAL_DATA_REMOVED' })).toBe(ids.length);
  }, 120_000);
});
