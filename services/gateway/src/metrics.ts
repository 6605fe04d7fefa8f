import type { ApolloServerPlugin } from '@apollo/server';
import { recordGraphqlRequest, recordHttpRequest, type GraphqlOutcome } from '@omsorg/platform';
import type { RequestHandler } from 'express';
import { Kind, parse } from 'graphql';
import { FILE_ROUTES } from './file-routes.ts';
import type { TrustedDocuments } from './trusted-documents.ts';

const SERVICE = 'gateway';

/** The operation names of the trusted documents: code, not data, and a bounded set. */
export function operationNames(documents: TrustedDocuments): Set<string> {
  const names = new Set<string>();
  for (const text of documents.values()) {
    for (const definition of parse(text).definitions) {
      if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) names.add(definition.name.value);
    }
  }
  return names;
}

/** The route group a path is counted under: a fixed set, never the path itself. */
export function routeGroup(path: string): string {
  const first = `/${path.split('/')[1] ?? ''}`;
  if (first === '/graphql' || first === '/auth' || first === '/health' || first === '/metrics') return first.slice(1);
  return first in FILE_ROUTES ? first : 'other';
}

/** Counts every HTTP request by route group and status class, with its latency. */
export function httpMetrics(): RequestHandler {
  return (req, res, next) => {
    const started = performance.now();
    // Taken now: a mounted router rewrites req.path on the way.
    const route = routeGroup(req.path);
    res.once('finish', () => recordHttpRequest(SERVICE, route, res.statusCode, (performance.now() - started) / 1000));
    next();
  };
}

/**
 * Counts GraphQL requests Apollo runs, by operation type and outcome, and by operation name when
 * it is a trusted document's ('other' otherwise). Requests refused before Apollo (session ended,
 * cross-origin, unknown document) are counted by httpMetrics only.
 */
export function graphqlMetricsPlugin(known: ReadonlySet<string>): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ operation, operationName, errors, response }) {
          const status = response.http.status ?? 200;
          const outcome: GraphqlOutcome = status >= 500 ? 'failed' : !operation ? 'rejected' : errors?.length || (response.body.kind === 'single' && response.body.singleResult.errors?.length) ? 'error' : 'ok';
          recordGraphqlRequest({
            service: SERVICE,
            operationType: operation?.operation ?? 'unknown',
            outcome,
            seconds: (performance.now() - started) / 1000,
            operation: operationName && known.has(operationName) ? operationName : 'other',
          });
        },
      };
    },
  };
}
