import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { currentLocale } from '../i18n/current-locale.ts';
import { markSessionEnded } from '../session/session-ended.ts';
import { GraphqlRequestError, type GraphqlErrorItem } from './graphql-request-error.ts';

interface GraphqlResponse<T> {
  data?: T | null;
  errors?: GraphqlErrorItem[];
}

export type GraphqlRequestOptions = {
  /**
   * Errors the page can live with: when there is data and every error passes this test, the data
   * is returned (the fields those errors are about are null) instead of throwing. For example a
   * list row whose person the unit may not read yet.
   */
  tolerate?: (error: GraphqlErrorItem) => boolean;
};

/** Variables may be left out when the operation has none, or only optional ones. */
type VariablesArgument<V> = Record<string, never> extends V ? [variables?: V, options?: GraphqlRequestOptions] : [variables: V, options?: GraphqlRequestOptions];

/**
 * The hash of a generated document (pnpm codegen). Only the hash is bundled and sent; the gateway
 * runs the document text it has in schema/operations/ under that hash (trusted documents).
 */
export function documentHash(document: TypedDocumentNode<unknown, never>): string {
  const hash = (document as { __meta__?: { hash?: unknown } }).__meta__?.hash;
  if (typeof hash !== 'string') throw new Error('Not a generated document: run pnpm codegen and import it from generated/graphql.ts');
  return hash.replace(/^sha256:/, '');
}

/**
 * POSTs one generated operation to /graphql on this origin and returns its typed data. The
 * session cookie travels by itself; no token is ever handled here.
 */
export async function graphqlRequest<R, V>(document: TypedDocumentNode<R, V>, ...[variables, options = {}]: VariablesArgument<V>): Promise<R> {
  const extensions = { persistedQuery: { version: 1, sha256Hash: documentHash(document as TypedDocumentNode<unknown, never>) } };
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        'accept-language': currentLocale(),
      },
      body: JSON.stringify(variables === undefined ? { extensions } : { variables, extensions }),
    });
  } catch (cause) {
    throw new GraphqlRequestError('network', 'The service could not be reached', { cause });
  }

  let body: GraphqlResponse<R> | undefined;
  try {
    body = (await response.json()) as GraphqlResponse<R>;
  } catch (cause) {
    throw new GraphqlRequestError('http', `Unexpected response (${response.status})`, { status: response.status, cause });
  }

  if (body.errors?.length) {
    if (body.errors.some((e) => e.extensions?.reason === 'SESSION_ENDED')) markSessionEnded();
    const tolerate = options.tolerate;
    if (response.ok && body.data != null && tolerate && body.errors.every((e) => tolerate(e))) return body.data;
    throw new GraphqlRequestError('graphql', body.errors[0]?.message ?? 'GraphQL error', { errors: body.errors, status: response.status });
  }
  if (!response.ok || body.data == null) {
    throw new GraphqlRequestError('http', `Unexpected response (${response.status})`, { status: response.status });
  }
  return body.data;
}
