import { isUuid, type RequestContext } from '@omsorg/platform';
import { ATTACHMENT_PURPOSES, mayAttach, type AttachmentPurpose } from '../domain/attachment-access.ts';
import { attachmentMaxBytes, judgeAttachment, type AttachmentRefusal } from '../domain/attachment-content.ts';
import { Application } from '../entities/application.ts';
import { Attachment } from '../entities/attachment.ts';
import { recordAttachmentsAdded } from '../queries/events.ts';
import { attachmentStore } from './store.ts';

/** At most this many files per case and purpose: the lists stay short enough to show whole. */
export const MAX_ATTACHMENTS_PER_PURPOSE = 20;

export type UploadTarget = { applicationId: string; purpose: AttachmentPurpose; fileName: string };

/** A refusal the uploader can act on: an HTTP status, a code for the portal and a message in their language. */
export class AttachmentRefused extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

let maxBytes: number | undefined;
/** ATTACHMENT_MAX_BYTES, read once. */
export function maxAttachmentBytes(): number {
  return (maxBytes ??= attachmentMaxBytes());
}

/** The case, the purpose (query string) and the file's name (X-File-Name, percent-encoded UTF-8); null when malformed. */
export function parseUploadTarget(query: URLSearchParams, fileNameHeader: string | string[] | undefined): UploadTarget | null {
  const applicationId = query.get('applicationId') ?? '';
  const purpose = query.get('purpose') ?? '';
  if (!isUuid(applicationId) || !(ATTACHMENT_PURPOSES as readonly string[]).includes(purpose) || typeof fileNameHeader !== 'string') return null;
  let fileName: string;
  try {
    fileName = decodeURIComponent(fileNameHeader).normalize('NFC').trim();
  } catch {
    return null;
  }
  return { applicationId, purpose: purpose as AttachmentPurpose, fileName };
}

const REFUSALS: Record<AttachmentRefusal, { status: number; key: string }> = {
  EMPTY: { status: 400, key: 'error.attachment.empty' },
  TOO_LARGE: { status: 413, key: 'error.attachment.tooLarge' },
  BAD_NAME: { status: 400, key: 'error.attachment.badName' },
  UNSUPPORTED_TYPE: { status: 415, key: 'error.attachment.unsupportedType' },
  NAME_MISMATCH: { status: 415, key: 'error.attachment.nameMismatch' },
};

/**
 * Keeps a file for a case if the actor may attach it there and it is what its name says; a
 * refusal stores nothing. Staff documents are part of the case at once; a citizen's are sent with
 * the application, the response or the appeal they belong to.
 */
export async function saveAttachment(context: RequestContext, target: UploadTarget, content: Buffer): Promise<Attachment> {
  const limit = maxAttachmentBytes();
  const judged = judgeAttachment(target.fileName, content.length, content.subarray(0, 16), limit);
  if (judged.refusal) {
    const { status, key } = REFUSALS[judged.refusal];
    throw new AttachmentRefused(status, judged.refusal, context.t(key, { max: `${Math.floor(limit / (1024 * 1024))} MB` }));
  }
  const store = await attachmentStore();
  const { actor } = context;
  return context.em.transactional(async (em) => {
    const application = await em.findOne(Application, { id: target.applicationId });
    if (!application || !mayAttach(actor, application, target.purpose)) throw new AttachmentRefused(404, 'NOT_FOUND', context.t('error.attachment.caseNotFound'));
    const count = await em.count(Attachment, { application: application.id, purpose: target.purpose });
    if (count >= MAX_ATTACHMENTS_PER_PURPOSE) throw new AttachmentRefused(409, 'TOO_MANY', context.t('error.attachment.tooMany', { max: MAX_ATTACHMENTS_PER_PURPOSE }));
    const attachment = em.create(Attachment, {
      id: crypto.randomUUID(),
      application,
      purpose: target.purpose,
      fileName: target.fileName,
      contentType: judged.contentType,
      sizeBytes: content.length,
      storage: store.kind,
      uploadedByPersonId: actor.kind === 'person' ? actor.personId : null,
      uploadedByStaffId: actor.kind === 'staff' ? actor.staffId : null,
      uploadedAt: new Date(),
      sentAt: target.purpose === 'CASE_DOCUMENT' ? new Date() : null,
    });
    await store.put(em, attachment.id, content, judged.contentType);
    // Staff documents are part of the case at once; a citizen's files when they are sent.
    if (attachment.sentAt) recordAttachmentsAdded(em, application, actor, [attachment]);
    await em.flush();
    return attachment;
  });
}
