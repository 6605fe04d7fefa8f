import type { EntityManager } from '@mikro-orm/postgresql';
import type { JobDefinition } from '@omsorg/platform';
import { Attachment } from '../entities/attachment.ts';
import { storeFor } from './store.ts';

/** A response's or appeal's file not sent within this many hours was left behind: it is deleted. */
export const UNSENT_ATTACHMENT_HOURS = 48;
const BATCH = 100;

/**
 * Deletes files uploaded for a response or an appeal that was never sent (the page closed, the
 * person changed their mind), with their bytes; returns how many. An application's files stay
 * with the draft, which is the citizen's to keep.
 */
export async function sweepUnsentAttachments(em: EntityManager, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - UNSENT_ATTACHMENT_HOURS * 3_600_000);
  const left = await em.find(Attachment, { sentAt: null, purpose: { $in: ['RESPONSE', 'APPEAL'] }, uploadedAt: { $lt: before } }, { limit: BATCH, orderBy: { uploadedAt: 'asc' } });
  for (const attachment of left) {
    await em.transactional(async (tx) => {
      await (await storeFor(attachment.storage)).delete(tx, attachment.id);
      await tx.nativeDelete(Attachment, { id: attachment.id });
    });
  }
  return left.length;
}

export const unsentAttachmentSweepJob: JobDefinition = {
  queue: 'applications.unsent-attachment-sweep',
  schedule: '25 3 * * *',
  retry: { limit: 2, delaySeconds: 300 },
  handler: async (_data, { em, log }) => {
    let deleted = 0;
    for (;;) {
      const batch = await sweepUnsentAttachments(em.fork());
      deleted += batch;
      if (batch < BATCH) break;
    }
    if (deleted > 0) log.info({ deleted }, 'unsent attachments deleted');
  },
};
