import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGateway, type RunningGateway } from '@omsorg/gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from './support/stack.ts';

/*
 * The gateway executes only the portals' documents (schema/operations/*.json) when
 * TRUSTED_DOCUMENTS=required; portals send the document's sha256 in Apollo's
 * persisted-query extension instead of its text.
 */
const VENUES = 'query Venues($limit: Int!) { venues(limit: $limit) { totalCount nodes { name } } }';
const ME = '{ me { __typename } }';
const FEEDBACK = 'mutation Feedback($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { __typename } }';
const UNLISTED = '{ venues(limit: 1) { totalCount } }';
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const persisted = (text: string) => ({ persistedQuery: { version: 1, sha256Hash: sha256(text) } });

let manifests: string;
let stack: Stack;
let url: string;
let allowed: RunningGateway | undefined;
let allowedUrl: string;

beforeAll(async () => {
  manifests = await mkdtemp(join(tmpdir(), 'omsorg-operations-'));
  await writeFile(join(manifests, 'citizen.json'), JSON.stringify({ [sha256(VENUES)]: VENUES, [sha256(FEEDBACK)]: FEEDBACK }));
  await writeFile(join(manifests, 'staff.json'), JSON.stringify({ [sha256(ME)]: ME }));
  await writeFile(join(manifests, 'README.md'), 'not a manifest');
  stack = await startStack({ TRUSTED_DOCUMENTS: 'required', TRUSTED_DOCUMENTS_DIR: manifests });
  url = stack.citizenUrl;
  allowed = await startGateway({ ...stack.config, port: 0, trustedDocuments: { ...stack.config.trustedDocuments, mode: 'allowed' } });
  allowedUrl = `http://localhost:${allowed.port}`;
});

afterAll(async () => {
  await allowed?.close();
  await stack?.close();
  await rm(manifests, { recursive: true, force: true });
});

async function post(base: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as any };
}

async function get(base: string, params: Record<string, unknown>) {
  const search = new URLSearchParams(Object.entries(params).map(([name, value]): [string, string] => [name, typeof value === 'string' ? value : JSON.stringify(value)]));
  const response = await fetch(`${base}/graphql?${search}`, { headers: { 'apollo-require-preflight': 'true' } });
  return { status: response.status, body: (await response.json()) as any };
}

describe('trusted documents, required', () => {
  it('executes a known hash with its variables and operation name', async () => {
    const { status, body } = await post(url, { operationName: 'Venues', variables: { limit: 2 }, extensions: persisted(VENUES) });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.venues.totalCount).toBeGreaterThan(0);
    expect(body.data.venues.nodes).toHaveLength(2);
  });

  it('executes a known hash sent with GET', async () => {
    const { status, body } = await get(url, { variables: { limit: 1 }, extensions: persisted(VENUES) });
    expect(status).toBe(200);
    expect(body.data.venues.nodes).toHaveLength(1);
  });

  it('still refuses a mutation over GET when it comes by hash', async () => {
    const { status, body } = await get(url, { variables: { input: { type: 'SUGGESTION', subject: 'OTHER', text: 'Bra service.' } }, extensions: persisted(FEEDBACK) });
    expect(status).toBe(405);
    expect(body.data).toBeUndefined();
  });

  it('refuses an unknown hash with PERSISTED_QUERY_NOT_FOUND, in Swedish unless asked otherwise', async () => {
    const swedish = await post(url, { extensions: persisted(UNLISTED) });
    expect(swedish.status).toBe(400);
    expect(swedish.body).toEqual({
      errors: [{ message: 'Tjänsten känner inte igen frågan som sidan skickade. Ladda om sidan och försök igen.', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }],
    });
    const english = await post(url, { extensions: persisted(UNLISTED) }, { 'accept-language': 'en-GB,en;q=0.9' });
    expect(english.body.errors[0].message).toBe('The service does not recognise the request the page sent. Reload the page and try again.');
    expect((await get(url, { extensions: persisted(UNLISTED) })).body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('refuses a raw query that is not in a manifest with PERSISTED_QUERY_REQUIRED', async () => {
    const { status, body } = await post(url, { query: UNLISTED });
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors).toEqual([{ message: 'Tjänsten tar bara emot frågor som den känner igen. Ladda om sidan och försök igen.', extensions: { code: 'PERSISTED_QUERY_REQUIRED' } }]);
    expect((await get(url, { query: UNLISTED })).body.errors[0].extensions.code).toBe('PERSISTED_QUERY_REQUIRED');
    // Its text with its own (correct) hash is no more known.
    expect((await post(url, { query: UNLISTED, extensions: persisted(UNLISTED) })).body.errors[0].extensions.code).toBe('PERSISTED_QUERY_REQUIRED');
  });

  it('accepts a raw query whose exact text is in a manifest', async () => {
    const { status, body } = await post(url, { query: ME });
    expect(status).toBe(200);
    expect(body).toEqual({ data: { me: null } });
  });

  it('answers malformed persisted-query extensions as bad requests, never 500', async () => {
    const hash = sha256(VENUES);
    const bodies = [
      { extensions: { persistedQuery: { version: 1, sha256Hash: 42 } } },
      { extensions: { persistedQuery: { version: 1, sha256Hash: hash.slice(2) } } },
      { extensions: { persistedQuery: { version: 2, sha256Hash: hash } } },
      { extensions: { persistedQuery: hash } },
      { query: UNLISTED, extensions: persisted(VENUES) },
    ];
    for (const body of bodies) {
      const response = await post(url, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.errors[0].extensions.code).toBe('BAD_REQUEST');
    }
    const malformedGet = await get(url, { extensions: '{"persistedQuery": ' });
    expect(malformedGet.status).toBe(400);
    const huge = await post(url, { variables: { limit: 1, padding: 'x'.repeat(600_000) }, extensions: persisted(VENUES) });
    expect(huge.status).toBe(413);
    expect(huge.body.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('will not start without any documents to trust', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'omsorg-operations-empty-'));
    try {
      await expect(startGateway({ ...stack.config, port: 0, trustedDocuments: { mode: 'required', dir: empty } })).rejects.toThrow(/lists no documents/);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});

describe('trusted documents, allowed (development)', () => {
  it('runs raw queries and known hashes alike', async () => {
    const raw = await post(allowedUrl, { query: UNLISTED });
    expect(raw.body.errors).toBeUndefined();
    expect(raw.body.data.venues.totalCount).toBeGreaterThan(0);
    const known = await post(allowedUrl, { variables: { limit: 1 }, extensions: persisted(VENUES) });
    expect(known.body.data.venues.nodes).toHaveLength(1);
  });

  it('still refuses an unknown hash, and no query sent with its hash registers it', async () => {
    const withText = await post(allowedUrl, { query: UNLISTED, extensions: persisted(UNLISTED) });
    expect(withText.body.errors).toBeUndefined();
    const hashOnly = await post(allowedUrl, { extensions: persisted(UNLISTED) });
    expect(hashOnly.status).toBe(400);
    expect(hashOnly.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});
