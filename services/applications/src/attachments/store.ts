import type { EntityManager } from '@mikro-orm/postgresql';
import { AttachmentContent } from '../entities/attachment.ts';

/**
 * Where attachments' bytes are kept, behind one small interface. PostgreSQL by default (table
 * applications.attachment_content, in the same transaction as the attachment's row); S3-compatible
 * object storage when ATTACHMENT_STORAGE=s3 (see s3-store.ts).
 */
export type AttachmentStore = {
  /** The value kept in Attachment.storage, so a file is read from where it was written. */
  readonly kind: string;
  put(em: EntityManager, id: string, content: Buffer, contentType: string): Promise<void>;
  get(em: EntityManager, id: string): Promise<Buffer | null>;
  delete(em: EntityManager, id: string): Promise<void>;
};

export const postgresAttachmentStore: AttachmentStore = {
  kind: 'postgres',
  async put(em, id, content) {
    em.persist(em.create(AttachmentContent, { attachmentId: id, content }));
  },
  async get(em, id) {
    const row = await em.fork().findOne(AttachmentContent, { attachmentId: id });
    return row ? Buffer.from(row.content) : null;
  },
  async delete(em, id) {
    await em.nativeDelete(AttachmentContent, { attachmentId: id });
  },
};

let configured: Promise<AttachmentStore> | undefined;

/** The store ATTACHMENT_STORAGE names (`postgres`, the default, or `s3`), made once. */
export function attachmentStore(env: Record<string, string | undefined> = process.env): Promise<AttachmentStore> {
  return (configured ??= (async () => {
    const kind = env.ATTACHMENT_STORAGE?.trim() || 'postgres';
    if (kind === 'postgres') return postgresAttachmentStore;
    if (kind !== 's3') throw new Error(`ATTACHMENT_STORAGE must be postgres or s3, not "${kind}"`);
    const { createS3AttachmentStore, s3SettingsFromEnv } = await import('./s3-store.ts');
    return createS3AttachmentStore(s3SettingsFromEnv(env));
  })());
}

/** The store a file was written to: reading works across a change of ATTACHMENT_STORAGE only for the current kind and postgres. */
export async function storeFor(kind: string): Promise<AttachmentStore> {
  if (kind === postgresAttachmentStore.kind) return postgresAttachmentStore;
  const current = await attachmentStore();
  if (current.kind !== kind) throw new Error(`attachment stored in ${kind}, but ATTACHMENT_STORAGE is ${current.kind}`);
  return current;
}
