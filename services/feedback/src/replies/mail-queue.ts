import type { EntityManager } from '@mikro-orm/postgresql';
import { deliverMail, type OutgoingMail } from '@omsorg/letters';
import { enqueueJob, type JobDefinition } from '@omsorg/platform';

/** Feedback's own mail queue: one job per mail, retried while SMTP is down (as outreach.mail). */
export const FEEDBACK_MAIL_QUEUE = 'feedback.mail';

/** What may be logged about a mail: never the address, the subject or the text. */
type MailLogContext = { purpose: 'forward' | 'answer'; feedbackId: string };
type MailJob = OutgoingMail & MailLogContext;

/** A sent or failed job holds an address, and a forward's mail its link: deleted ten minutes after. */
const KEEP_FINISHED_SECONDS = 600;

/** Queues a mail in `em`'s transaction, once per `event` (the forward's or the answer's id). */
export async function enqueueFeedbackMail(em: EntityManager, mail: OutgoingMail, about: MailLogContext & { event: string }): Promise<void> {
  await enqueueJob(em, FEEDBACK_MAIL_QUEUE, { ...mail, purpose: about.purpose, feedbackId: about.feedbackId } satisfies MailJob, { singletonKey: about.event });
}

/** Sends a queued mail; a failure throws and pg-boss tries again later (about a day in all). */
export const feedbackMailJob: JobDefinition<MailJob> = {
  queue: FEEDBACK_MAIL_QUEUE,
  retry: { limit: 30, delaySeconds: 30, backoff: true, maxDelaySeconds: 3600 },
  keepFinishedSeconds: KEEP_FINISHED_SECONDS,
  timeoutSeconds: 120,
  handler: async ({ purpose, feedbackId, ...mail }, { log }) => {
    await deliverMail(mail);
    log.info({ purpose, feedbackId }, 'mail sent');
  },
};
