import { describe, expect, it } from 'vitest';
import { fileStoreFor, fileStoreFromEnv, type FileStore } from './file-store.ts';

const postgres: FileStore = { kind: 'postgres', put: async () => {}, get: async () => null, delete: async () => {} };
const s3: FileStore = { ...postgres, kind: 's3' };

describe('the shared file store', () => {
  it('is the service’s own table unless ATTACHMENT_STORAGE says s3', async () => {
    expect(await fileStoreFromEnv(postgres, 'outgoing-letters/', {})).toBe(postgres);
    expect(await fileStoreFromEnv(postgres, 'outgoing-letters/', { ATTACHMENT_STORAGE: 'postgres' })).toBe(postgres);
  });

  it('refuses a storage it does not know, and s3 without a bucket', async () => {
    await expect(fileStoreFromEnv(postgres, null, { ATTACHMENT_STORAGE: 'disk' })).rejects.toThrow(/postgres or s3/);
    await expect(fileStoreFromEnv(postgres, null, { ATTACHMENT_STORAGE: 's3' })).rejects.toThrow(/ATTACHMENT_S3_BUCKET/);
  });

  it('reads a file from where it was written: postgres always, s3 only while s3 is configured', () => {
    expect(fileStoreFor('postgres', postgres, s3)).toBe(postgres);
    expect(fileStoreFor('s3', postgres, s3)).toBe(s3);
    expect(() => fileStoreFor('s3', postgres, postgres)).toThrow(/stored in s3/);
  });
});
