import { defineEntity, p } from '@mikro-orm/core';
import { LETTER_BATCH_KINDS, LETTER_BATCH_STATUSES } from '../domain/letter-batch.ts';
import { CampaignSchema } from './campaign.ts';

/**
 * One print file of a campaign's invitation (or reminder) letters, made by the
 * `outreach.letter-batch` job: its progress (`done` of `total`) is what the staff page polls.
 * At most one QUEUED or RUNNING batch per campaign (partial unique index in the migration).
 */
export const LetterBatchSchema = defineEntity({
  name: 'LetterBatch',
  indexes: [{ name: 'letter_batch_campaign_created_index', properties: ['campaign', 'createdAt'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    campaign: () => p.manyToOne(CampaignSchema),
    kind: p.enum(LETTER_BATCH_KINDS),
    status: p.enum(LETTER_BATCH_STATUSES).default('QUEUED'),
    /** Letters in the file (known once the job has counted); 0 when there was no one to write to. */
    total: p.integer().default(0),
    /** Letters rendered so far. */
    done: p.integer().default(0),
    /** Reminders only: invitations made at or before this moment and still unanswered are reminded. */
    remindInvitedBefore: p.datetime().nullable(),
    /** The outreach worker who asked for it; null for the daily reminder job. */
    createdBy: p.uuid().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    finishedAt: p.datetime().nullable(),
    /** The PDF's size in bytes; null until DONE, and when there were no letters. */
    fileSize: p.integer().nullable(),
  },
});

export class LetterBatch extends LetterBatchSchema.class {}
LetterBatchSchema.setClass(LetterBatch);

/** The print file's bytes, apart from the batch so that lists never load them (as attachment_content). */
export const LetterBatchFileSchema = defineEntity({
  name: 'LetterBatchFile',
  properties: {
    batchId: p.uuid().primary(),
    content: p.blob(),
  },
});

export class LetterBatchFile extends LetterBatchFileSchema.class {}
LetterBatchFileSchema.setClass(LetterBatchFile);
