import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { negotiateLocale } from '@omsorg/platform';
import type { RequestHandler } from 'express';
import type { TrustedDocumentsMode } from './config.ts';
import { translate } from './messages.ts';

/** sha256 of a document's text (lowercase hex) → the text, as the portals' manifests list them. */
export type TrustedDocuments = ReadonlyMap<string, string>;

export type TrustedDocumentsErrorCode = 'PERSISTED_QUERY_NOT_FOUND' | 'PERSISTED_QUERY_REQUIRED' | 'BAD_REQUEST';

/**
 * What to do with one GraphQL request: run it as sent (`query` undefined), run it with the
 * given document text and extensions (the persisted-query extension removed), or refuse it.
 */
export type DocumentVerdict =
  | { ok: true; query?: string; extensions?: Record<string, unknown> }
  | { ok: false; code: TrustedDocumentsErrorCode; messageKey: string };

const SHA256_HEX = /^[0-9a-f]{64}$/;

export function documentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads every `*.json` manifest in `dir` (graphql-codegen's persisted-documents.json format:
 * `{ "<sha256 hex of the text>": "<text>" }`). A missing folder is no documents; a manifest
 * whose key is not the hash of its text was edited by hand or is corrupt, and stops start-up.
 */
export function loadTrustedDocuments(dir: string): TrustedDocuments {
  const documents = new Map<string, string>();
  if (!existsSync(dir)) return documents;
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json')).sort()) {
    const path = join(dir, file);
    let manifest: unknown;
    try {
      manifest = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new Error(`${path} is not JSON: ${(error as Error).message}`);
    }
    if (!isRecord(manifest)) throw new Error(`${path} must be a JSON object of sha256 hash → document`);
    for (const [hash, text] of Object.entries(manifest)) {
      if (typeof text !== 'string' || !SHA256_HEX.test(hash) || documentHash(text) !== hash) {
        throw new Error(`${path}: "${hash}" is not the sha256 of its document; regenerate the manifest`);
      }
      documents.set(hash, text);
    }
  }
  return documents;
}

const refuse = (code: TrustedDocumentsErrorCode, messageKey: string): DocumentVerdict => ({ ok: false, code, messageKey });
const MALFORMED = refuse('BAD_REQUEST', 'request.invalid');

/**
 * Pure: whether a request (`query` and `extensions` as sent) may run. A persisted-query hash
 * alone is looked up in the manifests; unknown is PERSISTED_QUERY_NOT_FOUND in every mode. A
 * document sent as text (with or without its hash) runs under `allowed`, and under `required`
 * only if its text is in a manifest, else PERSISTED_QUERY_REQUIRED.
 */
export function judgeDocument(request: { query?: unknown; extensions?: unknown }, documents: TrustedDocuments, mode: TrustedDocumentsMode): DocumentVerdict {
  const { query } = request;
  const persisted = isRecord(request.extensions) ? request.extensions.persistedQuery : undefined;
  let extensions: Record<string, unknown> | undefined;
  if (persisted !== undefined && persisted !== null) {
    if (!isRecord(persisted) || persisted.version !== 1 || typeof persisted.sha256Hash !== 'string' || !SHA256_HEX.test(persisted.sha256Hash)) return MALFORMED;
    const { persistedQuery: _, ...rest } = request.extensions as Record<string, unknown>;
    extensions = Object.keys(rest).length > 0 ? rest : undefined;
    if (query === undefined || query === null || query === '') {
      const text = documents.get(persisted.sha256Hash);
      return text === undefined ? refuse('PERSISTED_QUERY_NOT_FOUND', 'document.unknown') : { ok: true, query: text, extensions };
    }
    if (typeof query !== 'string' || documentHash(query) !== persisted.sha256Hash) return MALFORMED;
  }
  // Anything else that is not a document (no query, a number) is Apollo's to refuse as a bad request.
  if (typeof query === 'string' && mode === 'required' && !documents.has(documentHash(query))) return refuse('PERSISTED_QUERY_REQUIRED', 'document.required');
  return persisted === undefined || persisted === null ? { ok: true } : { ok: true, query: query as string, extensions };
}

/**
 * Express middleware before Apollo (which has its own automatic persisted queries off):
 * applies judgeDocument to a POST body or a GET query string, substitutes the manifest's text
 * for a known hash, and answers a refused request with a GraphQL error (HTTP 400).
 */
export function trustedDocuments(documents: TrustedDocuments, mode: TrustedDocumentsMode): RequestHandler {
  return (req, res, next) => {
    const isGet = req.method === 'GET';
    const url = new URL(req.url, 'http://gateway');
    let verdict: DocumentVerdict;
    if (isGet) {
      let extensions: unknown;
      try {
        extensions = JSON.parse(url.searchParams.get('extensions') ?? 'null');
      } catch {
        extensions = undefined; // Apollo refuses extensions that are not JSON.
      }
      verdict = judgeDocument({ query: url.searchParams.get('query') ?? undefined, extensions }, documents, mode);
    } else if (req.method === 'POST' && isRecord(req.body)) {
      verdict = judgeDocument(req.body, documents, mode);
    } else {
      return next();
    }
    if (!verdict.ok) {
      const message = translate(negotiateLocale(req.headers['accept-language']), verdict.messageKey);
      res.status(400).json({ errors: [{ message, extensions: { code: verdict.code } }] });
      return;
    }
    if (verdict.query !== undefined) {
      if (isGet) {
        url.searchParams.set('query', verdict.query);
        if (verdict.extensions) url.searchParams.set('extensions', JSON.stringify(verdict.extensions));
        else url.searchParams.delete('extensions');
        req.url = `${url.pathname}${url.search}`;
      } else {
        const { extensions: _, ...body } = req.body as Record<string, unknown>;
        req.body = { ...body, query: verdict.query, ...(verdict.extensions ? { extensions: verdict.extensions } : {}) };
      }
    }
    next();
  };
}
