import { fileStoreFor, fileStoreFromEnv, postgresFileStore, type FileStore } from '@omsorg/platform';
import { OutgoingLetterContent } from '../entities/outgoing-letter.ts';

/**
 * Where the PDFs of letters to post are kept: the shared file store (@omsorg/platform, storage/),
 * as applications keeps attachments. PostgreSQL by default (outgoing_letter_content, in the same
 * transaction as the letter's row); S3-compatible object storage under `outgoing-letters/`
 * (OUTGOING_LETTER_S3_PREFIX) when ATTACHMENT_STORAGE=s3.
 */
export const postgresLetterStore: FileStore = postgresFileStore(OutgoingLetterContent, 'letterId');

let configured: Promise<FileStore> | undefined;

/** The store new letters are written to, made once. */
export function letterStore(env: Record<string, string | undefined> = process.env): Promise<FileStore> {
  return (configured ??= fileStoreFromEnv(postgresLetterStore, env.OUTGOING_LETTER_S3_PREFIX?.trim() || 'outgoing-letters/', env));
}

/** The PDFs of the given letters, by id, each read from where it was written (missing ones left out). */
export async function letterContents(em: Parameters<FileStore['get']>[0], letters: ReadonlyArray<{ id: string; storage: string }>): Promise<Map<string, Buffer>> {
  const found = new Map<string, Buffer>();
  for (const letter of letters) {
    const store = letter.storage === postgresLetterStore.kind ? postgresLetterStore : fileStoreFor(letter.storage, postgresLetterStore, await letterStore());
    const content = await store.get(em, letter.id);
    if (content) found.set(letter.id, content);
  }
  return found;
}
