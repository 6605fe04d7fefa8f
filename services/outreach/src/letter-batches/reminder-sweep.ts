import type { EntityManager } from '@mikro-orm/postgresql';
import { execute, type JobDefinition } from '@omsorg/platform';
import { outreachDatabase } from '../database.ts';
import { reminderCutoff } from '../domain/letter-batch.ts';
import { startLetterBatch } from './start-batch.ts';

export const REMINDER_SWEEP_QUEUE = 'outreach.reminder-sweep';

const S = `"${outreachDatabase.schema}"`;

/**
 * Starts a REMINDER batch for each campaign with `reminderAfterWeeks` that has unanswered,
 * unreminded invitations at least that many weeks old. A campaign with a batch under way is left
 * for the next day. Returns the batches started.
 */
export async function sweepReminders(em: EntityManager, now = new Date()): Promise<string[]> {
  const campaigns = await execute<Array<{ id: string; reminder_after_weeks: number }>>(
    em,
    `select c."id", c."reminder_after_weeks" from ${S}."campaign" c
     where c."reminder_after_weeks" is not null and c."status" <> 'CLOSED'
       and exists (select 1 from ${S}."invitation" i where i."campaign_id" = c."id" and i."status" = 'INVITED' and i."reminded_at" is null
                   and i."invited_at" <= ?::timestamptz - make_interval(weeks => c."reminder_after_weeks"))`,
    [now],
  );
  const started: string[] = [];
  for (const campaign of campaigns) {
    const id = await startLetterBatch(em.fork(), { campaignId: campaign.id, kind: 'REMINDER', createdBy: null, remindInvitedBefore: reminderCutoff(now, campaign.reminder_after_weeks) });
    if (id) started.push(id);
  }
  return started;
}

/** Every morning at 06:00 Stockholm time. */
export const reminderSweepJob: JobDefinition = {
  queue: REMINDER_SWEEP_QUEUE,
  schedule: '0 6 * * *',
  handler: async (_data, { em, log }) => {
    const started = await sweepReminders(em);
    log.info({ batches: started.length }, 'reminder sweep done');
  },
};
