import { defineEntity, p } from '@mikro-orm/core';
import { ATTACHMENT_PURPOSES } from '../domain/attachment-access.ts';
import { ApplicationSchema } from './application.ts';

/**
 * A file attached to a case ("bilaga"): a certificate or power of attorney with an application,
 * a document with a response or an appeal, or paper that staff scanned. Only what the file is;
 * its bytes are kept by the attachment store (attachments/store.ts), so listing never loads them.
 */
export const AttachmentSchema = defineEntity({
  name: 'Attachment',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    application: () => p.manyToOne(ApplicationSchema).index(),
    purpose: p.enum(ATTACHMENT_PURPOSES),
    /** The name the file had on the uploader's computer, as shown; never logged. */
    fileName: p.string().length(200),
    /** Decided from the content (domain/attachment-content.ts), never from the name. */
    contentType: p.string().length(40),
    sizeBytes: p.integer(),
    /** Where the bytes are: `postgres` (attachment_content) or `s3`. */
    storage: p.string().length(20),
    uploadedByPersonId: p.uuid().nullable(),
    uploadedByStaffId: p.uuid().nullable(),
    uploadedAt: p.datetime().onCreate(() => new Date()),
    /** When it became part of the case for staff; null while a response or appeal is not yet sent. */
    sentAt: p.datetime().nullable(),
  },
});

export class Attachment extends AttachmentSchema.class {}
AttachmentSchema.setClass(Attachment);

/** The bytes of an attachment kept in PostgreSQL (the default store). */
export const AttachmentContentSchema = defineEntity({
  name: 'AttachmentContent',
  properties: {
    attachmentId: p.uuid().primary(),
    content: p.blob(),
  },
});

export class AttachmentContent extends AttachmentContentSchema.class {}
AttachmentContentSchema.setClass(AttachmentContent);
