import type { EntityManager } from '@mikro-orm/postgresql';
import { deliverMail, type OutgoingMail } from '@omsorg/letters';
import { enqueueJob, type JobDefinition } from '@omsorg/platform';

/** Outreach's own mail queue: one job per mail, retried while SMTP is down (as applications.mail). */
export const OUTREACH_MAIL_QUEUE = 'outreach.mail';

/** What may be logged about a mail: never the address, the subject or the text. */
type MailLogContext = { purpose: string; bookingId?: string };
type MailJob = OutgoingMail & MailLogContext;

/** 30 retries from 30 s doubling up to an hour: an SMTP outage of about a day is outlasted. */
const MAIL_RETRY = { limit: 30, delaySeconds: 30, backoff: true, maxDelaySeconds: 3600 } as const;
/** A sent or failed job holds an address, and an invitation mail the code: deleted ten minutes after. */
const KEEP_FINISHED_SECONDS = 600;

/** Queues a mail in `em`'s transaction, once per `event` (e.g. the booking notice's id). */
export async function enqueueOutreachMail(em: EntityManager, mail: OutgoingMail, about: MailLogContext & { event: string }): Promise<void> {
  const job: MailJob = { ...mail, purpose: about.purpose, ...(about.bookingId ? { bookingId: about.bookingId } : {}) };
  await enqueueJob(em, OUTREACH_MAIL_QUEUE, job, { singletonKey: about.event });
}

/** Sends a queued mail; a failure throws and pg-boss tries again later. */
export const outreachMailJob: JobDefinition<MailJob> = {
  queue: OUTREACH_MAIL_QUEUE,
  retry: MAIL_RETRY,
  keepFinishedSeconds: KEEP_FINISHED_SECONDS,
  timeoutSeconds: 120,
  handler: async ({ purpose, bookingId, ...mail }, { log }) => {
    await deliverMail(mail);
    log.info({ purpose, bookingId }, 'mail sent');
  },
};
