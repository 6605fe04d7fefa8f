import type { EntityManager } from '@mikro-orm/postgresql';
import { composeMail, deliverMail, writeClockTime, writeDayOf, type OutgoingMail } from '@omsorg/letters';
import { createTranslator, enqueueJob, type JobDefinition } from '@omsorg/platform';
import { Registration } from '../entities/registration.ts';
import { Session } from '../entities/session.ts';
import { editorMessages } from './messages.ts';

/** A session was cancelled: tell everyone registered or waiting who gave an e-mail address. */
export const SESSION_CANCELLED_QUEUE = 'offerings.session-cancelled';
/** One mail per person, so a retry never sends twice to those already told. */
export const SESSION_CANCELLED_MAIL_QUEUE = 'offerings.session-cancelled-mail';

const t = createTranslator(editorMessages);

/** The reason is read from the session, where it is kept; `reason` only in a job queued before it was. */
type CancelledJob = { sessionId: string; reason?: string };
/** Only ids in the log: never the address or the text. */
type MailJob = OutgoingMail & { registrationId: string };

/** The mail to one person, in Swedish (a registration has no language of its own). */
export function sessionCancelledMail(session: Session, registration: Pick<Registration, 'name' | 'email'>, reason: string): OutgoingMail {
  const title = session.offering.texts.sv.title;
  const venue = session.venue;
  const params = {
    name: registration.name,
    title,
    day: writeDayOf(session.startsAt, 'sv', { weekday: true }),
    time: writeClockTime(session.startsAt, 'sv'),
    venue: venue.name,
    reason,
    phone: venue.phone ?? '08-508 000 00',
  };
  return composeMail(registration.email ?? '', 'sv-SE', {
    subject: t('sv', 'mail.offerings.sessionCancelled.subject', params),
    lines: t('sv', 'mail.offerings.sessionCancelled.body', params).split('\n'),
  });
}

/** Fans out one mail job per person (registered or waiting, with an e-mail), in one transaction. */
export async function fanOutCancelledMails(em: EntityManager, { sessionId, reason }: CancelledJob): Promise<number> {
  return em.transactional(async (tx) => {
    const session = await tx.findOne(Session, { id: sessionId }, { populate: ['offering', 'venue'] });
    if (!session) return 0;
    const told = session.cancelReason ?? reason ?? '';
    const registrations = await tx.find(Registration, { session: sessionId, status: { $in: ['REGISTERED', 'WAITING'] }, email: { $ne: null } });
    for (const registration of registrations) {
      const mail = sessionCancelledMail(session, registration, told);
      await enqueueJob(tx, SESSION_CANCELLED_MAIL_QUEUE, { ...mail, registrationId: registration.id } satisfies MailJob, { singletonKey: `cancelled:${registration.id}` });
    }
    return registrations.length;
  });
}

export const sessionCancelledJob: JobDefinition<CancelledJob> = {
  queue: SESSION_CANCELLED_QUEUE,
  retry: { limit: 10, delaySeconds: 30, backoff: true },
  keepFinishedSeconds: 86_400,
  handler: async (data, { em, log }) => {
    const count = await fanOutCancelledMails(em, data);
    log.info({ sessionId: data.sessionId, mails: count }, 'session cancelled: mails queued');
  },
};

export const sessionCancelledMailJob: JobDefinition<MailJob> = {
  queue: SESSION_CANCELLED_MAIL_QUEUE,
  retry: { limit: 30, delaySeconds: 30, backoff: true, maxDelaySeconds: 3600 },
  // The job holds an address: deleted ten minutes after it is sent.
  keepFinishedSeconds: 600,
  timeoutSeconds: 120,
  handler: async ({ registrationId, ...mail }, { log }) => {
    await deliverMail(mail);
    log.info({ registrationId }, 'session cancelled: mail sent');
  },
};
