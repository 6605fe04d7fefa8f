import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '@omsorg/platform';

/**
 * Codes of errors that are the system's fault, not the client's: a subgraph that failed or could
 * not be reached. An error without a code is counted among them.
 */
const SYSTEM_CODES = new Set(['INTERNAL_SERVER_ERROR', 'BAD_GATEWAY', 'SERVICE_UNAVAILABLE', 'DOWNSTREAM_SERVICE_ERROR', 'SUBREQUEST_HTTP_ERROR']);

/**
 * Logs, at warn, each answer that carries an error of the system's (a subgraph down, cut or
 * failing): the operation's name from the trusted documents and each such error's code and path.
 * Never an error's message or the variables: a message may quote what the person typed. Without
 * this, an answer the gateway assembled around a failed subgraph fetch left no trace in any log.
 */
export function systemErrorLogPlugin(log: Logger, known: ReadonlySet<string>): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operationName, response }) {
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const failures = errors
            .map((error) => ({ code: typeof error.extensions?.code === 'string' ? error.extensions.code : 'NO_CODE', path: error.path?.join('.') ?? null }))
            .filter((error) => error.code === 'NO_CODE' || SYSTEM_CODES.has(error.code));
          if (failures.length === 0) return;
          log.warn({ operation: operationName && known.has(operationName) ? operationName : 'other', status: response.http.status ?? 200, errors: failures.slice(0, 10) }, 'answer with a system error');
        },
      };
    },
  };
}
