import { deliverMail } from '@omsorg/letters';
import type { JobDefinition } from '@omsorg/platform';
import { MOVED_UP_QUEUE } from '../registrations/cancel.ts';
import { movedUpMail } from '../mail/registration-mails.ts';
import { sessionNoticeFacts } from '../mail/session-facts.ts';

/**
 * Tells a person they moved up from the waiting list (queued by cancelRegistration in the same
 * transaction as the move). By e-mail when they asked for it and gave an address; a LETTER is
 * printed by the organiser from the attendance page (letters/moved-up-letter.ts) and a PHONE call
 * is on the same page's list, so for those the job has nothing to send. The job's data is the
 * registration's id only; a failure throws and pg-boss tries again.
 */
export const movedUpJob: JobDefinition<{ registrationId: string }> = {
  queue: MOVED_UP_QUEUE,
  retry: { limit: 30, delaySeconds: 30, backoff: true, maxDelaySeconds: 3600 },
  timeoutSeconds: 120,
  handler: async ({ registrationId }, { em, log }) => {
    const facts = await sessionNoticeFacts(em, registrationId);
    if (!facts || facts.registration.status !== 'REGISTERED') return;
    const { noticeBy, email } = facts.registration;
    if (noticeBy === 'EMAIL' && email) {
      await deliverMail(movedUpMail(email, facts));
      log.info({ registrationId, channel: 'EMAIL' }, 'moved-up notice sent');
    } else log.info({ registrationId, channel: noticeBy }, 'moved-up notice left to the organiser');
  },
};
