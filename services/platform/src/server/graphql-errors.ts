import { GraphQLError, type ExecutionResult } from 'graphql';
import type { RequestContext } from '../graphql/context.ts';
import { ValidationFailure } from '../graphql/validation.ts';

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
      // Invalid arguments of a field without a typed error result (e.g. a page too large).
      return new GraphQLError(original.message, {
        path: error.path,
        nodes: error.nodes,
        extensions: { code: 'BAD_USER_INPUT', issues: original.issues },
      });
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
