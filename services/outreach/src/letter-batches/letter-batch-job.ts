import { Writable } from 'node:stream';
import type { EntityManager } from '@mikro-orm/postgresql';
import { dayInStockholm } from '@omsorg/letters';
import type { JobDefinition, Logger } from '@omsorg/platform';
import { generateInvitationCode, hashInvitationCode, invitationCodePepper } from '../domain/invitation-code.ts';
import type { LetterBatchKind } from '../domain/letter-batch.ts';
import { Campaign } from '../entities/campaign.ts';
import { LetterBatch } from '../entities/letter-batch.ts';
import { createInvitations, type CreatedInvitation } from '../invitations/create-invitations.ts';
import { renderInvitationLetters, type InvitationLetterFacts } from '../letters/invitation-letter.ts';
import { DEFAULT_OUTREACH_SENDER, invitationWebAddress } from '../letters/sender.ts';
import { enqueueOutreachMail } from '../mail/mail-queue.ts';
import { invitationMail } from '../mail/outreach-mails.ts';
import { invitationsToRemind, lettersResidents, markInvitationLetters, setReminderCodes, uninvitedMembers, type LetterResident } from './batch-sql.ts';
import { putBatchFile } from './file-store.ts';

export const LETTER_BATCH_QUEUE = 'outreach.letter-batch';

type LetterBatchJobData = { batchId: string };

/** What a run did, for logs and the bench. */
export type LetterBatchOutcome = { letters: number; fileSize: number | null; progressUpdates: number; mails: number };

/**
 * Makes a batch's letters: in ONE transaction, the invitations (or the reminder codes), the print
 * file with every letter, the mails and the batch marked DONE. The plain codes exist only in this
 * run's memory, the file and the mails, so a run that fails leaves nothing behind (no invitation
 * whose code is lost) and its retry starts over; a run of a finished batch does nothing. Progress
 * (`done`) is written on connections of its own, so the page sees it while the transaction runs.
 */
export async function runLetterBatch(em: EntityManager, batchId: string, log: Logger): Promise<LetterBatchOutcome> {
  const batch = await em.findOne(LetterBatch, { id: batchId }, { populate: ['campaign'] });
  if (!batch || batch.status === 'DONE' || batch.status === 'FAILED') return { letters: 0, fileSize: null, progressUpdates: 0, mails: 0 };
  const campaign = batch.campaign as Campaign;
  const invitedBefore = batch.remindInvitedBefore ?? new Date();
  const expected = batch.kind === 'INVITATION' ? (await uninvitedMembers(em.fork(), campaign.id)).length : (await invitationsToRemind(em.fork(), campaign.id, invitedBefore)).length;
  await em.fork().nativeUpdate(LetterBatch, { id: batchId }, { status: 'RUNNING', total: expected, done: 0 });

  let progressUpdates = 0;
  let progress: Promise<unknown> = Promise.resolve();
  const reportProgress = (done: number) => {
    progressUpdates += 1;
    progress = progress.then(() => em.fork().nativeUpdate(LetterBatch, { id: batchId, status: 'RUNNING' }, { done })).catch((error: unknown) => log.warn({ err: error, batchId }, 'letter batch progress not written'));
  };

  return em.transactional(async (tx) => {
    const issued = batch.kind === 'INVITATION' ? await issueInvitations(tx, campaign.id, batchId) : await issueReminderCodes(tx, campaign.id, batchId, invitedBefore);
    const residents = await lettersResidents(tx, issued.map((i) => i.personId));
    const codes = new Map(issued.map((i) => [i.personId, i] as const));
    const today = dayInStockholm(new Date());
    const age = campaign.cohortYear === Number(today.slice(0, 4)) ? (campaign.cohortAge ?? null) : null;
    const web = invitationWebAddress();
    const sender = DEFAULT_OUTREACH_SENDER;
    const letters: InvitationLetterFacts[] = residents.map((resident) => ({
      kind: batch.kind as LetterBatchKind,
      code: codes.get(resident.id)!.code,
      age,
      language: resident.preferred_language,
      recipient: { name: fullName(resident), addressLines: addressLines(resident) },
      date: today,
      sender,
      web,
    }));
    let fileSize: number | null = null;
    if (letters.length > 0) {
      const file = await renderToBuffer(letters, reportProgress);
      await putBatchFile(tx, batchId, file);
      fileSize = file.length;
    }
    let mails = 0;
    for (const resident of residents) {
      if (!resident.email) continue;
      const { invitationId, code } = codes.get(resident.id)!;
      const mail = invitationMail({ to: resident.email, name: fullName(resident), language: resident.preferred_language, sender, web }, { kind: batch.kind as LetterBatchKind, code, age });
      await enqueueOutreachMail(tx, mail, { purpose: batch.kind === 'INVITATION' ? 'invitation' : 'reminder', event: `${batch.kind.toLowerCase()}:${invitationId}:${batchId}` });
      mails += 1;
    }
    await progress;
    await tx.nativeUpdate(LetterBatch, { id: batchId }, { status: 'DONE', total: letters.length, done: letters.length, fileSize, finishedAt: new Date() });
    log.info({ batchId, kind: batch.kind, letters: letters.length, fileSize, mails }, 'letter batch done');
    return { letters: letters.length, fileSize, progressUpdates, mails };
  });
}

/** The cohort members without an invitation get one (createInvitations, in chunks), marked as this batch's. */
async function issueInvitations(tx: EntityManager, campaignId: string, batchId: string): Promise<CreatedInvitation[]> {
  const created = await createInvitations(tx, campaignId, await uninvitedMembers(tx, campaignId));
  // createInvitations loads members and residents as entities: none is changed, so the 20,000s need not stay in memory.
  tx.clear();
  await markInvitationLetters(tx, batchId, created.map((c) => c.invitationId));
  return created;
}

/** A new code for each unanswered invitation due for a reminder; its hash becomes the invitation's second accepted one. */
async function issueReminderCodes(tx: EntityManager, campaignId: string, batchId: string, invitedBefore: Date): Promise<CreatedInvitation[]> {
  const due = await invitationsToRemind(tx, campaignId, invitedBefore, true);
  const pepper = invitationCodePepper();
  const issued = due.map((row) => ({ personId: row.person_id, invitationId: row.id, code: generateInvitationCode() }));
  await setReminderCodes(tx, batchId, new Date(), issued.map((i) => ({ id: i.invitationId, hash: hashInvitationCode(i.code, pepper) })));
  return issued;
}

const fullName = (resident: LetterResident) => `${resident.given_name} ${resident.family_name}`;

function addressLines(resident: LetterResident): string[] {
  if (!resident.street_address || !resident.postal_code) return [];
  return [resident.street_address, `${resident.postal_code} ${resident.postal_town ?? ''}`.trim()];
}

/**
 * Renders the letters into one PDF in memory (about 1.8 kB a letter). pdfkit writes many small
 * chunks that share larger pooled buffers, so each is copied into one growing buffer rather than
 * kept (kept, a 36 MB file held some 300 MB).
 */
async function renderToBuffer(letters: InvitationLetterFacts[], onProgress: (done: number) => void): Promise<Buffer> {
  let file = Buffer.allocUnsafe(letters.length * 2048);
  let length = 0;
  const output = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      if (length + chunk.length > file.length) {
        const larger = Buffer.allocUnsafe(Math.max(file.length * 2, length + chunk.length));
        file.copy(larger, 0, 0, length);
        file = larger;
      }
      chunk.copy(file, length);
      length += chunk.length;
      callback();
    },
  });
  await renderInvitationLetters(output, letters, { onProgress: (done) => onProgress(done) });
  return file.subarray(0, length);
}

/** Marks a batch FAILED (its last attempt failed), so the page stops waiting and staff may start another. */
async function markFailed(em: EntityManager, batchId: string): Promise<void> {
  await em.fork().nativeUpdate(LetterBatch, { id: batchId, status: { $in: ['QUEUED', 'RUNNING'] } }, { status: 'FAILED', finishedAt: new Date() });
}

/**
 * The queue's worker. Tried three times; the last failure marks the batch FAILED. The job's data is
 * only the batch id (no codes, no names).
 */
export const letterBatchJob: JobDefinition<LetterBatchJobData> = {
  queue: LETTER_BATCH_QUEUE,
  retry: { limit: 2, delaySeconds: 30, backoff: true },
  timeoutSeconds: 15 * 60,
  handler: async ({ batchId }, { em, log, finalAttempt }) => {
    try {
      await runLetterBatch(em, batchId, log);
    } catch (error) {
      if (finalAttempt) await markFailed(em, batchId);
      throw error;
    }
  },
};
