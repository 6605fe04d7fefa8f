import type { EntityManager } from '@mikro-orm/postgresql';
import { enqueueJob, type JobDefinition } from '@omsorg/platform';
import { deliverMail, type MailLogContext, type OutgoingMail } from './mailer.ts';

export const MAIL_QUEUE = 'applications.mail';

type MailJob = OutgoingMail & MailLogContext;

/**
 * Retries while SMTP is down: the n-th retry waits 30 s · 2^(n-1) to 30 s · 2^n (with jitter),
 * at most an hour, so 30 retries outlast an outage of about a day (24 to 25 hours) before the job
 * is marked failed. A sent or failed job, with the address in it, is deleted three days later.
 */
export const MAIL_RETRY = { limit: 30, delaySeconds: 30, backoff: true, maxDelaySeconds: 3600 } as const;
const KEEP_FINISHED_SECONDS = 3 * 24 * 3600;

/**
 * Queues a mail in the transaction of the change it tells about: it goes out only if that change
 * is committed, and once per `event` (e.g. `confirmation:<applicationId>`), however often the
 * event is enqueued. The request never waits for SMTP; the worker below sends it.
 */
export async function enqueueMail(em: EntityManager, mail: OutgoingMail, about: MailLogContext & { event: string }): Promise<void> {
  const job: MailJob = { ...mail, purpose: about.purpose, ...(about.applicationId ? { applicationId: about.applicationId } : {}) };
  await enqueueJob(em, MAIL_QUEUE, job, { singletonKey: about.event });
}

/** Sends a queued mail; a failure throws, and pg-boss tries again later (MAIL_RETRY). */
export const mailJob: JobDefinition<MailJob> = {
  queue: MAIL_QUEUE,
  retry: MAIL_RETRY,
  keepFinishedSeconds: KEEP_FINISHED_SECONDS,
  timeoutSeconds: 120,
  handler: async ({ purpose, applicationId, ...mail }, { log }) => {
    await deliverMail(mail);
    // Never the address, the subject or the text.
    log.info({ purpose, applicationId }, 'mail sent');
  },
};
