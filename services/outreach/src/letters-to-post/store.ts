import type { EntityManager } from '@mikro-orm/postgresql';
import { OutgoingLetterContent } from '../entities/outgoing-letter.ts';

/**
 * Where the PDFs of letters to post are kept: PostgreSQL (outgoing_letter_content, in the same
 * transaction as the letter's row), the way applications keeps attachments by default.
 */
export type LetterStore = {
  /** The value kept in OutgoingLetter.storage. */
  readonly kind: string;
  put(em: EntityManager, id: string, content: Buffer): Promise<void>;
  /** The PDFs of the given letters, by id (missing ones left out). */
  getMany(em: EntityManager, ids: readonly string[]): Promise<Map<string, Buffer>>;
};

export const postgresLetterStore: LetterStore = {
  kind: 'postgres',
  async put(em, id, content) {
    em.persist(em.create(OutgoingLetterContent, { letterId: id, content }));
  },
  async getMany(em, ids) {
    const rows = ids.length ? await em.fork().find(OutgoingLetterContent, { letterId: { $in: [...ids] } }) : [];
    return new Map(rows.map((row) => [row.letterId, Buffer.from(row.content)]));
  },
};
