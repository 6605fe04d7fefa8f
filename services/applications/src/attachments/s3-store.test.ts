import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createS3AttachmentStore, s3SettingsFromEnv } from './s3-store.ts';

/*
 * The S3 store against a small stand-in for an S3-compatible server (path-style PUT, GET and
 * DELETE of objects, as MinIO serves them): what the store sends is real SDK traffic, signed.
 */
let server: Server;
let endpoint: string;
const objects = new Map<string, { body: Buffer; type: string | undefined }>();
const seenAuthorization: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      seenAuthorization.push(String(req.headers.authorization ?? ''));
      const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
      if (req.method === 'PUT') {
        objects.set(path, { body: Buffer.concat(chunks), type: req.headers['content-type'] });
        res.writeHead(200, { etag: '"1"' }).end();
      } else if (req.method === 'GET') {
        const object = objects.get(path);
        if (!object) {
          res.writeHead(404, { 'content-type': 'application/xml' }).end('<?xml version="1.0"?><Error><Code>NoSuchKey</Code><Message>missing</Message></Error>');
          return;
        }
        res.writeHead(200, { 'content-type': object.type ?? 'application/octet-stream', 'content-length': String(object.body.length) }).end(object.body);
      } else if (req.method === 'DELETE') {
        objects.delete(path);
        res.writeHead(204).end();
      } else res.writeHead(405).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  endpoint = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('S3 attachment store', () => {
  it('puts, gets and deletes by attachment id under the prefix, signed with the configured key', async () => {
    const store = await createS3AttachmentStore(
      s3SettingsFromEnv({
        ATTACHMENT_S3_BUCKET: 'omsorg',
        ATTACHMENT_S3_ENDPOINT: endpoint,
        ATTACHMENT_S3_FORCE_PATH_STYLE: 'true',
        ATTACHMENT_S3_ACCESS_KEY_ID: 'test-key',
        ATTACHMENT_S3_SECRET_ACCESS_KEY: 'test-secret',
      }),
    );
    const id = crypto.randomUUID();
    const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');
    const em = undefined as never;
    await store.put(em, id, pdf, 'application/pdf');
    expect([...objects.keys()]).toEqual([`/omsorg/attachments/${id}`]);
    expect(objects.get(`/omsorg/attachments/${id}`)).toEqual({ body: pdf, type: 'application/pdf' });
    expect(seenAuthorization[0]).toMatch(/^AWS4-HMAC-SHA256 Credential=test-key\//);
    expect((await store.get(em, id))?.equals(pdf)).toBe(true);
    await store.delete(em, id);
    expect(objects.size).toBe(0);
    expect(await store.get(em, id)).toBeNull();
  });

  it('needs a bucket', () => {
    expect(() => s3SettingsFromEnv({})).toThrow(/ATTACHMENT_S3_BUCKET/);
  });
});
