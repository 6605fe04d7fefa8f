import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { trustedDocumentsMode } from './config.ts';
import { documentHash, judgeDocument, loadTrustedDocuments } from './trusted-documents.ts';

const ME = 'query Me { me { __typename } }';
const VENUES = 'query Venues($limit: Int!) { venues(limit: $limit) { totalCount } }';
const UNLISTED = '{ campaigns { totalCount } }';
const manifest = (...texts: string[]) => JSON.stringify(Object.fromEntries(texts.map((text) => [documentHash(text), text])));

const dirs: string[] = [];
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'omsorg-trusted-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('loading the manifests', () => {
  it('merges every *.json in the folder and ignores other files', () => {
    const documents = loadTrustedDocuments(folder({ 'citizen.json': manifest(ME), 'staff.json': manifest(ME, VENUES), 'README.md': '# not a manifest' }));
    expect([...documents.values()].sort()).toEqual([ME, VENUES].sort());
    expect(documents.get(documentHash(VENUES))).toBe(VENUES);
  });

  it('hashes like graphql-codegen: sha256 of the UTF-8 text, lowercase hex', () => {
    expect(documentHash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(documentHash('query { å }')).toBe('226149d2acbaa1fdd3ed1b223663905b23dc1f17745f6fdde74eccfa4413f491');
  });

  it('is empty for a folder that does not exist', () => {
    expect(loadTrustedDocuments(join(tmpdir(), 'omsorg-no-such-folder')).size).toBe(0);
  });

  it('refuses a manifest whose key is not the hash of its text, naming the file', () => {
    const edited = JSON.stringify({ [documentHash(ME)]: `${ME} ` });
    expect(() => loadTrustedDocuments(folder({ 'citizen.json': edited }))).toThrow(/citizen\.json.*regenerate/);
  });

  it('refuses a manifest that is not a JSON object of strings', () => {
    expect(() => loadTrustedDocuments(folder({ 'a.json': '[1, 2]' }))).toThrow(/a\.json/);
    expect(() => loadTrustedDocuments(folder({ 'b.json': '{ not json' }))).toThrow(/b\.json is not JSON/);
    expect(() => loadTrustedDocuments(folder({ 'c.json': JSON.stringify({ [documentHash(ME)]: 42 }) }))).toThrow(/c\.json/);
  });
});

describe('judging a request', () => {
  const documents = new Map([[documentHash(ME), ME], [documentHash(VENUES), VENUES]]);
  const persisted = (sha256Hash: unknown, version: unknown = 1) => ({ persistedQuery: { version, sha256Hash } });

  it('substitutes the text of a known hash and keeps other extensions', () => {
    expect(judgeDocument({ extensions: persisted(documentHash(VENUES)) }, documents, 'required')).toEqual({ ok: true, query: VENUES, extensions: undefined });
    expect(judgeDocument({ extensions: { ...persisted(documentHash(ME)), trace: true } }, documents, 'allowed')).toEqual({ ok: true, query: ME, extensions: { trace: true } });
  });

  it('refuses an unknown hash in either mode', () => {
    for (const mode of ['required', 'allowed'] as const) {
      expect(judgeDocument({ extensions: persisted(documentHash(UNLISTED)) }, documents, mode)).toMatchObject({ ok: false, code: 'PERSISTED_QUERY_NOT_FOUND' });
    }
  });

  it('runs a raw query under allowed; under required only if its text is listed', () => {
    expect(judgeDocument({ query: UNLISTED }, documents, 'allowed')).toEqual({ ok: true });
    expect(judgeDocument({ query: UNLISTED }, documents, 'required')).toMatchObject({ ok: false, code: 'PERSISTED_QUERY_REQUIRED' });
    expect(judgeDocument({ query: ME }, documents, 'required')).toEqual({ ok: true });
    // One character more is another document.
    expect(judgeDocument({ query: `${ME}\n` }, documents, 'required')).toMatchObject({ ok: false, code: 'PERSISTED_QUERY_REQUIRED' });
  });

  it('treats text sent with its hash as a raw query, and a hash that does not match the text as malformed', () => {
    expect(judgeDocument({ query: UNLISTED, extensions: persisted(documentHash(UNLISTED)) }, documents, 'allowed')).toEqual({ ok: true, query: UNLISTED, extensions: undefined });
    expect(judgeDocument({ query: UNLISTED, extensions: persisted(documentHash(UNLISTED)) }, documents, 'required')).toMatchObject({ code: 'PERSISTED_QUERY_REQUIRED' });
    expect(judgeDocument({ query: ME, extensions: persisted(documentHash(ME)) }, documents, 'required')).toEqual({ ok: true, query: ME, extensions: undefined });
    expect(judgeDocument({ query: UNLISTED, extensions: persisted(documentHash(ME)) }, documents, 'allowed')).toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('answers a malformed persisted-query extension as a bad request', () => {
    const hash = documentHash(ME);
    for (const extensions of [persisted(42), persisted(hash.slice(1)), persisted(hash.toUpperCase()), persisted(`${hash}00`), persisted(hash, 2), persisted(hash, '1'), { persistedQuery: hash }, { persistedQuery: [hash] }]) {
      expect(judgeDocument({ extensions }, documents, 'allowed')).toEqual({ ok: false, code: 'BAD_REQUEST', messageKey: 'request.invalid' });
    }
  });

  it('leaves a request with neither query nor hash to Apollo, which refuses it', () => {
    expect(judgeDocument({}, documents, 'required')).toEqual({ ok: true });
    expect(judgeDocument({ query: 42, extensions: 'x' }, documents, 'required')).toEqual({ ok: true });
  });
});

describe('TRUSTED_DOCUMENTS', () => {
  it('defaults to required in production and allowed elsewhere', () => {
    expect(trustedDocumentsMode({ NODE_ENV: 'production' })).toBe('required');
    expect(trustedDocumentsMode({ NODE_ENV: 'development' })).toBe('allowed');
    expect(trustedDocumentsMode({})).toBe('allowed');
  });

  it('can be set either way anywhere, and nothing else', () => {
    expect(trustedDocumentsMode({ TRUSTED_DOCUMENTS: 'required' })).toBe('required');
    expect(trustedDocumentsMode({ NODE_ENV: 'production', TRUSTED_DOCUMENTS: 'allowed' })).toBe('allowed');
    expect(() => trustedDocumentsMode({ TRUSTED_DOCUMENTS: 'yes' })).toThrow(/required or allowed/);
  });
});
