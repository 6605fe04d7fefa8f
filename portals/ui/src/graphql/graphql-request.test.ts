// @vitest-environment happy-dom
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyLocale } from '../i18n/current-locale.ts';
import { useSessionEnded } from '../session/session-ended.ts';
import { graphqlRequest } from './graphql-request.ts';
import { GraphqlRequestError } from './graphql-request-error.ts';

function respondWith(body: unknown, status = 200) {
  const fetchMock = vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** What pnpm codegen generates: only the hash of the document, typed with its result and variables. */
const document = { __meta__: { hash: 'sha256:0123abcd' } } as unknown as TypedDocumentNode<{ me: null }, { a?: number }>;

describe('graphqlRequest', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    applyLocale('sv');
  });

  it('posts the document hash and variables as JSON to /graphql on the same origin with the current language', async () => {
    applyLocale('fi');
    const fetchMock = respondWith({ data: { me: null } });
    const data = await graphqlRequest(document, { a: 1 });
    expect(data).toEqual({ me: null });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/graphql');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    expect(init.headers).toMatchObject({ 'content-type': 'application/json', 'accept-language': 'fi' });
    expect(JSON.parse(String(init.body))).toEqual({ variables: { a: 1 }, extensions: { persistedQuery: { version: 1, sha256Hash: '0123abcd' } } });
  });

  it('throws a typed error carrying the error code', async () => {
    respondWith({ data: null, errors: [{ message: 'Not allowed', extensions: { code: 'FORBIDDEN' } }] });
    const error = await graphqlRequest(document).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphqlRequestError);
    expect((error as GraphqlRequestError).kind).toBe('graphql');
    expect((error as GraphqlRequestError).isForbidden).toBe(true);
  });

  it('returns the data despite errors the caller tolerates, and throws for any other', async () => {
    const forbiddenPerson = { message: 'Not allowed', path: ['inbox', 'nodes', 0, 'application', 'applicant'], extensions: { code: 'FORBIDDEN' } };
    const tolerate = (e: { path?: ReadonlyArray<string | number> }) => e.path?.includes('applicant') ?? false;
    respondWith({ data: { inbox: { nodes: [{ application: { applicant: null } }] } }, errors: [forbiddenPerson] });
    expect(await graphqlRequest(document, undefined, { tolerate })).toEqual({
      inbox: { nodes: [{ application: { applicant: null } }] },
    });
    respondWith({ data: { inbox: null }, errors: [forbiddenPerson, { message: 'Boom', path: ['inbox'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    expect(await graphqlRequest(document, undefined, { tolerate }).catch((e: unknown) => e)).toBeInstanceOf(GraphqlRequestError);
    respondWith({ data: null, errors: [forbiddenPerson] });
    expect(await graphqlRequest(document, undefined, { tolerate }).catch((e: unknown) => e)).toBeInstanceOf(GraphqlRequestError);
  });

  it('tells every page when the gateway says the sign-in has ended', async () => {
    const ended = useSessionEnded();
    respondWith({ errors: [{ message: 'Din inloggning har avslutats.', extensions: { code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' } }] }, 401);
    const error = (await graphqlRequest(document).catch((e: unknown) => e)) as GraphqlRequestError;
    expect(error.isSessionEnded).toBe(true);
    expect(error.isUnauthenticated).toBe(true);
    expect(ended.value).toBe(true);
  });

  it('refuses a document that was not generated, before sending anything', async () => {
    const fetchMock = respondWith({ data: null });
    const handWritten = { kind: 'Document', definitions: [] } as unknown as TypedDocumentNode<unknown, Record<string, never>>;
    await expect(graphqlRequest(handWritten)).rejects.toThrow(/pnpm codegen/);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('reports an unreachable server as a network error', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    const error = await graphqlRequest(document).catch((e: unknown) => e);
    expect((error as GraphqlRequestError).kind).toBe('network');
  });

  it('reports a non-JSON error page (e.g. a 502 from the proxy) as an http error', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('Bad gateway', { status: 502 })));
    const error = await graphqlRequest(document).catch((e: unknown) => e);
    expect((error as GraphqlRequestError).kind).toBe('http');
    expect((error as GraphqlRequestError).status).toBe(502);
  });
});
