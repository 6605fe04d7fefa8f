import type { EntityManager } from '@mikro-orm/postgresql';
import { deliverMail, type OutgoingMail } from '@omsorg/letters';
import { enqueueJob, type JobDefinition } from '@omsorg/platform';

/** Outreach's mails (invitations, reminders, bookings): one job per mail, retried while SMTP is down. */
export const OUTREACH_MAIL_QUEUE = 'outreach.mail';

/** What may be logged about a mail: never the address, the subject or the text. */
type MailJob = OutgoingMail & { purpose: string };

/**
 * As applications' mail queue: retries for about a day (30 s · 2^n, at most an hour). An invitation
 * mail holds the code, so a finished job (sent, or failed for good) is deleted after ten minutes.
 */
export const OUTREACH_MAIL_RETRY = { limit: 30, delaySeconds: 30, backoff: true, maxDelaySeconds: 3600 } as const;
const KEEP_FINISHED_SECONDS = 600;

/**
 * Queues one mail in the transaction of the change it tells about, once per `event` (e.g.
 * `invitation:<invitationId>`): it goes only if that change is committed.
 */
export async function enqueueOutreachMail(em: EntityManager, mail: OutgoingMail, about: { purpose: string; event: string }): Promise<void> {
  const job: MailJob = { ...mail, purpose: about.purpose };
  await enqueueJob(em, OUTREACH_MAIL_QUEUE, job, { singletonKey: about.event });
}

export const outreachMailJob: JobDefinition<MailJob> = {
  queue: OUTREACH_MAIL_QUEUE,
  retry: OUTREACH_MAIL_RETRY,
  keepFinishedSeconds: KEEP_FINISHED_SECONDS,
  timeoutSeconds: 120,
  handler: async ({ purpose, ...mail }, { log }) => {
    await deliverMail(mail);
    log.info({ purpose }, 'mail sent');
  },
};
