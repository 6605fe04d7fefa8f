import type { EntityManager } from '@mikro-orm/postgresql';
import { deliverMail } from '@omsorg/letters';
import { enqueueJob, execute, type JobDefinition } from '@omsorg/platform';
import { clockInStockholm, instantInStockholm } from '@omsorg/rules';
import { Registration } from '../entities/registration.ts';
import { reminderMail } from '../mail/registration-mails.ts';
import { sessionNoticeFacts } from '../mail/session-facts.ts';

export const REMINDER_QUEUE = 'offerings.reminder';
export const REMINDER_MAIL_QUEUE = 'offerings.reminder-mail';

/** The day after a Stockholm day "YYYY-MM-DD". */
function nextDay(day: string): string {
  const next = new Date(`${day}T12:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/**
 * Queues the reminder mail for everyone registered (with an e-mail address) for a session that
 * starts tomorrow in Stockholm, once: `reminderSentAt` is set in the same transaction as the
 * mail's job, with the row locked (`skip locked`), so two sweeps at once remind each person once.
 * Returns how many were queued now.
 */
export async function sendReminders(em: EntityManager, now: Date = new Date()): Promise<number> {
  const tomorrow = nextDay(clockInStockholm(now).day);
  const from = instantInStockholm(tomorrow, '00:00');
  const to = instantInStockholm(nextDay(tomorrow), '00:00');
  const due = await em.fork().find(
    Registration,
    { status: 'REGISTERED', reminderSentAt: null, email: { $ne: null }, session: { startsAt: { $gte: from, $lt: to }, cancelledAt: null } },
    { fields: ['id'], orderBy: { id: 'asc' } },
  );
  let queued = 0;
  for (const { id } of due) {
    const sent = await em.fork().transactional(async (tx) => {
      const rows = await execute<Array<{ id: string }>>(
        tx,
        `select id from "offerings"."registration" where id = ? and reminder_sent_at is null and status = 'REGISTERED' for update skip locked`,
        [id],
      );
      if (rows.length === 0) return false;
      await tx.nativeUpdate(Registration, { id }, { reminderSentAt: now });
      await enqueueJob(tx, REMINDER_MAIL_QUEUE, { registrationId: id }, { singletonKey: `reminder:${id}` });
      return true;
    });
    if (sent) queued++;
  }
  return queued;
}

/** Every day at 10:00 Stockholm time; safe to run more often (each reminder is recorded). */
export const reminderSweepJob: JobDefinition = {
  queue: REMINDER_QUEUE,
  schedule: '0 10 * * *',
  retry: { limit: 3, delaySeconds: 300, backoff: true },
  handler: async (_data, { em, log }) => {
    const queued = await sendReminders(em);
    log.info({ queued }, 'registration reminders queued');
  },
};

/** Sends one reminder; a failure throws and pg-boss tries again. */
export const reminderMailJob: JobDefinition<{ registrationId: string }> = {
  queue: REMINDER_MAIL_QUEUE,
  retry: { limit: 10, delaySeconds: 60, backoff: true, maxDelaySeconds: 3600 },
  timeoutSeconds: 120,
  handler: async ({ registrationId }, { em, log }) => {
    const facts = await sessionNoticeFacts(em, registrationId);
    if (!facts || facts.registration.status !== 'REGISTERED' || !facts.registration.email) return;
    await deliverMail(reminderMail(facts.registration.email, facts));
    log.info({ registrationId }, 'registration reminder sent');
  },
};
