import type { FileStore } from './file-store.ts';

export type S3Settings = {
  bucket: string;
  region: string;
  /** An S3-compatible server (MinIO, Ceph, a cloud's object storage); unset: AWS itself. */
  endpoint?: string;
  forcePathStyle: boolean;
  /** Unset: the SDK's own chain (environment, instance role). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** Keys are `<prefix><id>`: never a file name or anything about the person. */
  prefix: string;
};

/**
 * ATTACHMENT_S3_* settings (one bucket for every service's files, each under its own prefix);
 * the bucket is required when ATTACHMENT_STORAGE=s3. `prefix` replaces ATTACHMENT_S3_PREFIX
 * (whose default is `attachments/`, applications' attachments).
 */
export function s3SettingsFromEnv(env: Record<string, string | undefined> = process.env, prefix?: string): S3Settings {
  const bucket = env.ATTACHMENT_S3_BUCKET?.trim();
  if (!bucket) throw new Error('ATTACHMENT_STORAGE=s3 needs ATTACHMENT_S3_BUCKET');
  const accessKeyId = env.ATTACHMENT_S3_ACCESS_KEY_ID?.trim();
  const secretAccessKey = env.ATTACHMENT_S3_SECRET_ACCESS_KEY?.trim();
  return {
    bucket,
    region: env.ATTACHMENT_S3_REGION?.trim() || 'eu-north-1',
    ...(env.ATTACHMENT_S3_ENDPOINT?.trim() ? { endpoint: env.ATTACHMENT_S3_ENDPOINT.trim() } : {}),
    forcePathStyle: env.ATTACHMENT_S3_FORCE_PATH_STYLE === 'true',
    ...(accessKeyId && secretAccessKey ? { credentials: { accessKeyId, secretAccessKey } } : {}),
    prefix: prefix ?? env.ATTACHMENT_S3_PREFIX ?? 'attachments/',
  };
}

/**
 * Files (applications' attachments, outreach's letters to post) in S3-compatible object storage. The SDK is loaded only when this store is used.
 * A put happens before the file's row commits; if the row then fails, the object is an
 * orphan without a row, never a row without its object.
 */
export async function createS3FileStore(settings: S3Settings): Promise<FileStore> {
  const { S3Client, PutObjectCommand, GetObjectCommand, DeleteObjectCommand, NoSuchKey } = await import('@aws-sdk/client-s3');
  const client = new S3Client({
    // Checksums only where S3 requires them: many S3-compatible servers know no others.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    region: settings.region,
    forcePathStyle: settings.forcePathStyle,
    ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
    ...(settings.credentials ? { credentials: settings.credentials } : {}),
  });
  const key = (id: string) => `${settings.prefix}${id}`;
  return {
    kind: 's3',
    async put(_em, id, content, contentType) {
      await client.send(new PutObjectCommand({ Bucket: settings.bucket, Key: key(id), Body: content, ContentType: contentType, ContentLength: content.length }));
    },
    async get(_em, id) {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: settings.bucket, Key: key(id) }));
        return object.Body ? Buffer.from(await object.Body.transformToByteArray()) : null;
      } catch (error) {
        if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey') return null;
        throw error;
      }
    },
    async delete(_em, id) {
      await client.send(new DeleteObjectCommand({ Bucket: settings.bucket, Key: key(id) }));
    },
  };
}
