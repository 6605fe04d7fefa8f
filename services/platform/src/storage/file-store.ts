import type { EntityManager, EntityName } from '@mikro-orm/postgresql';

/**
 * Where a service keeps files' bytes (applications' attachments, outreach's letters to post),
 * behind one small interface: PostgreSQL by default (a table of the service's own, written in the
 * same transaction as the file's row), S3-compatible object storage when ATTACHMENT_STORAGE=s3
 * (s3-file-store.ts; one bucket, a prefix per kind of file).
 */
export type FileStore = {
  /** The value a service keeps beside the file's row, so a file is read from where it was written. */
  readonly kind: string;
  put(em: EntityManager, id: string, content: Buffer, contentType: string): Promise<void>;
  get(em: EntityManager, id: string): Promise<Buffer | null>;
  delete(em: EntityManager, id: string): Promise<void>;
};

/** The bytes in a table of `entity` with the id in `idProperty` and the bytes in `content` (bytea). */
export function postgresFileStore<T extends { content: Uint8Array }>(entity: EntityName<T>, idProperty: keyof T & string): FileStore {
  return {
    kind: 'postgres',
    async put(em, id, content) {
      em.persist(em.create(entity, { [idProperty]: id, content } as never));
    },
    async get(em, id) {
      const row = await em.fork().findOne(entity, { [idProperty]: id } as never);
      return row ? Buffer.from(row.content) : null;
    },
    async delete(em, id) {
      await em.nativeDelete(entity, { [idProperty]: id } as never);
    },
  };
}

/**
 * The store ATTACHMENT_STORAGE names (`postgres`, the default, or `s3`) for one kind of file:
 * `postgres` is the service's own table, `s3Prefix` the folder in the bucket (null: the
 * ATTACHMENT_S3_PREFIX setting). Call it once per kind and keep the promise.
 */
export async function fileStoreFromEnv(postgres: FileStore, s3Prefix: string | null, env: Record<string, string | undefined> = process.env): Promise<FileStore> {
  const kind = env.ATTACHMENT_STORAGE?.trim() || 'postgres';
  if (kind === 'postgres') return postgres;
  if (kind !== 's3') throw new Error(`ATTACHMENT_STORAGE must be postgres or s3, not "${kind}"`);
  const { createS3FileStore, s3SettingsFromEnv } = await import('./s3-file-store.ts');
  return createS3FileStore(s3SettingsFromEnv(env, s3Prefix ?? undefined));
}

/** The store a file was written to: reading works across a change of ATTACHMENT_STORAGE only for the current kind and postgres. */
export function fileStoreFor(kind: string, postgres: FileStore, current: FileStore): FileStore {
  if (kind === postgres.kind) return postgres;
  if (current.kind !== kind) throw new Error(`file stored in ${kind}, but ATTACHMENT_STORAGE is ${current.kind}`);
  return current;
}
