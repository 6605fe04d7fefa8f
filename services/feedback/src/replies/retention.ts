import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { JobDefinition } from '@omsorg/platform';
import { FeedbackAnswer } from '../entities/feedback-answer.ts';
import { FeedbackEvent } from '../entities/feedback-event.ts';
import { FeedbackForward } from '../entities/feedback-forward.ts';
import { Feedback } from '../entities/feedback.ts';

export const FEEDBACK_RETENTION_QUEUE = 'feedback.retention';
export const DEFAULT_RETENTION_MONTHS = 24;
/** Items per transaction: a night with a large backlog commits as it goes and never holds long locks. */
export const RETENTION_BATCH_SIZE = 200;

/** FEEDBACK_RETENTION_MONTHS (a whole number from 1), default 24. */
export function retentionMonths(env: Record<string, string | undefined> = process.env): number {
  const value = env.FEEDBACK_RETENTION_MONTHS;
  if (value === undefined || value === '') return DEFAULT_RETENTION_MONTHS;
  const months = Number(value);
  if (!Number.isInteger(months) || months < 1) throw new Error('FEEDBACK_RETENTION_MONTHS must be a whole number of months, at least 1');
  return months;
}

/** Items closed before this instant have their personal data removed: `months` calendar months before `now`. */
export function retentionCutoff(now: Date, months: number): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff;
}

/**
 * Removes the personal data of feedback closed before the cutoff: the text, the sender's contact
 * details and address, the person links, the notes of its steps, the forwards' questions and
 * answers and the answers' texts. The categories, dates and outcome flags stay, so the statistics
 * do not change. Marks each item (personalDataRemovedAt, PERSONAL_DATA_REMOVED) and skips marked
 * ones: running again changes nothing. Returns how many items it cleared.
 */
export async function removeExpiredPersonalData(em: EntityManager, now: Date = new Date(), months = retentionMonths()): Promise<number> {
  const cutoff = retentionCutoff(now, months);
  let cleared = 0;
  for (;;) {
    const done = await em.fork().transactional(async (tx) => {
      // Rows another run holds are skipped (FOR UPDATE SKIP LOCKED): two runs never clear one item twice.
      const batch = await tx.find(
        Feedback,
        { status: 'CLOSED', closedAt: { $lt: cutoff }, personalDataRemovedAt: null },
        { fields: ['id'], orderBy: { closedAt: 'asc', id: 'asc' }, limit: RETENTION_BATCH_SIZE, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE },
      );
      const ids = batch.map((item) => item.id);
      if (!ids.length) return 0;
      await tx.nativeUpdate(
        Feedback,
        { id: { $in: ids } },
        { text: '', textHasSensitiveDetails: false, contactName: null, contactEmail: null, contactPhone: null, contactAddress: null, personId: null, concernsPersonId: null, personalDataRemovedAt: now },
      );
      await tx.nativeUpdate(FeedbackEvent, { feedback: { $in: ids } }, { note: null });
      await tx.nativeUpdate(FeedbackForward, { feedback: { $in: ids } }, { question: '', linkTokenHash: null });
      await tx.nativeUpdate(FeedbackForward, { feedback: { $in: ids }, answer: { $ne: null } }, { answer: '' });
      await tx.nativeUpdate(FeedbackAnswer, { feedback: { $in: ids } }, { text: '' });
      await tx.insertMany(
        FeedbackEvent,
        ids.map((id) => ({ id: crypto.randomUUID(), feedback: id, kind: 'PERSONAL_DATA_REMOVED' as const, staffId: null, note: null, data: { retentionMonths: months }, at: now })),
      );
      return ids.length;
    });
    cleared += done;
    if (done < RETENTION_BATCH_SIZE) return cleared;
  }
}

/** Every night at 02:30 Stockholm time; safe to run at any time and more than once. */
export const feedbackRetentionJob: JobDefinition = {
  queue: FEEDBACK_RETENTION_QUEUE,
  schedule: '30 2 * * *',
  retry: { limit: 3, delaySeconds: 600, backoff: true },
  handler: async (_data, { em, log }) => {
    const cleared = await removeExpiredPersonalData(em);
    log.info({ cleared }, 'feedback personal data removed');
  },
};
