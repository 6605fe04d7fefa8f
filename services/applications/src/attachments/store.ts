import { fileStoreFor, fileStoreFromEnv, postgresFileStore, type FileStore } from '@omsorg/platform';
import { AttachmentContent } from '../entities/attachment.ts';

/**
 * Where attachments' bytes are kept: the shared file store (@omsorg/platform, storage/). PostgreSQL
 * by default (table applications.attachment_content, in the same transaction as the attachment's
 * row); S3-compatible object storage under ATTACHMENT_S3_PREFIX when ATTACHMENT_STORAGE=s3.
 */
export type AttachmentStore = FileStore;

export const postgresAttachmentStore: AttachmentStore = postgresFileStore(AttachmentContent, 'attachmentId');

let configured: Promise<AttachmentStore> | undefined;

/** The store ATTACHMENT_STORAGE names (`postgres`, the default, or `s3`), made once. */
export function attachmentStore(env: Record<string, string | undefined> = process.env): Promise<AttachmentStore> {
  return (configured ??= fileStoreFromEnv(postgresAttachmentStore, null, env));
}

/** The store a file was written to: reading works across a change of ATTACHMENT_STORAGE only for the current kind and postgres. */
export async function storeFor(kind: string): Promise<AttachmentStore> {
  return fileStoreFor(kind, postgresAttachmentStore, kind === postgresAttachmentStore.kind ? postgresAttachmentStore : await attachmentStore());
}
