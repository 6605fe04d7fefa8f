import { GraphQLError, type ExecutionResult } from 'graphql';
import type { RequestContext } from '../graphql/context.ts';
import { ValidationFailure } from '../graphql/validation.ts';

/**
 * PostgreSQL errors caused by the input, not by us: invalid text for a uuid (22P02), a
 * character the encoding cannot hold (22021), an unsupported escape in JSON (22P05).
 */
const BAD_INPUT_SQL_STATES = new Set(['22P02', '22021', '22P05']);

function isBadInputFromDatabase(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    const { code, sqlState } = current as { code?: unknown; sqlState?: unknown };
    if (BAD_INPUT_SQL_STATES.has(String(sqlState)) || BAD_INPUT_SQL_STATES.has(String(code))) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * Errors meant for the user (they carry an extensions.code) pass through; anything else is
 * logged and replaced by a plain message so nothing internal leaks.
 */
export function maskUnexpectedErrors(result: ExecutionResult, context: RequestContext): ExecutionResult {
  if (!result.errors?.length) return result;
  const errors = result.errors.map((error) => {
    const original = error.originalError;
    const intended = !original || (original instanceof GraphQLError && original.extensions?.code);
    if (intended) return error;
    if (original instanceof ValidationFailure) {
      // Invalid arguments of a field without a typed error result (a query, e.g. a page too large).
      return new GraphQLError(original.message, {
        path: error.path,
        nodes: error.nodes,
        extensions: { code: 'BAD_USER_INPUT', issues: original.issues },
      });
    }
    if (isBadInputFromDatabase(original)) {
      context.log.warn({ path: error.path }, 'input refused by the database');
      return new GraphQLError(context.t('validation.invalid'), { path: error.path, nodes: error.nodes, extensions: { code: 'BAD_USER_INPUT' } });
    }
    context.log.error({ err: original, path: error.path }, 'resolver failed');
    return new GraphQLError(context.t('error.internal'), {
      path: error.path,
      nodes: error.nodes,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });
  return { ...result, errors };
}
