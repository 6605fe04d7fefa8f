import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { vi } from 'vitest';
import { documentHash } from '../graphql/graphql-request.ts';

/** One operation a page sent: the hash of its generated document and its variables. */
export type SentOperation = { hash: string; variables: Record<string, unknown> };
type AnyDocument = TypedDocumentNode<any, any>;  

/** The operations sent with this generated document. */
export const sentWith = (sent: SentOperation[], document: AnyDocument): SentOperation[] => sent.filter((operation) => operation.hash === documentHash(document));

/**
 * Stubs fetch as the gateway with trusted documents: the body carries only the document's hash
 * and the variables; `respond` gives the response body (and status, 200 by default) for each.
 * Returns every operation sent, in order.
 */
export function stubGatewayResponses(respond: (operation: SentOperation) => { body: unknown; status?: number }): SentOperation[] {
  const sent: SentOperation[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const request = JSON.parse(String(init.body)) as { variables?: Record<string, unknown>; extensions: { persistedQuery: { sha256Hash: string } } };
      const operation = { hash: request.extensions.persistedQuery.sha256Hash, variables: request.variables ?? {} };
      sent.push(operation);
      const { body, status = 200 } = respond(operation);
      return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    }),
  );
  return sent;
}

/**
 * Stubs the gateway with the data each generated document answers; any other document gets
 * `otherwise` (by default it fails the test, naming the hash).
 */
export function stubGateway(
  answers: Array<[AnyDocument, (variables: Record<string, unknown>) => unknown]>,
  otherwise: (operation: SentOperation) => unknown = ({ hash }) => {
    throw new Error(`The stub gateway does not know the document ${hash}`);
  },
): SentOperation[] {
  const byHash = new Map(answers.map(([document, answer]) => [documentHash(document), answer]));
  return stubGatewayResponses((operation) => ({ body: { data: byHash.get(operation.hash)?.(operation.variables) ?? otherwise(operation) } }));
}
