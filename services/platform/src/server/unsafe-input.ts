import { GraphQLError } from 'graphql';
import type { RequestContext } from '../graphql/context.ts';
import { GLOBAL_TEXT_MAX_LENGTH, hasForbiddenCharacters } from '../graphql/text.ts';

export type UnsafeInput = 'invalidCharacters' | 'tooLong';

function checkString(value: string): UnsafeInput | undefined {
  if (value.length > GLOBAL_TEXT_MAX_LENGTH) return 'tooLong';
  return hasForbiddenCharacters(value, { multiline: true }) ? 'invalidCharacters' : undefined;
}

/** The first string, at any depth of arguments, that no field may accept. */
export function findUnsafeInput(value: unknown, depth = 0): UnsafeInput | undefined {
  if (typeof value === 'string') return checkString(value);
  if (depth > 32 || value === null || typeof value !== 'object') return undefined;
  for (const item of Array.isArray(value) ? value : Object.values(value)) {
    const problem = findUnsafeInput(item, depth + 1);
    if (problem) return problem;
  }
  return undefined;
}

/** BAD_USER_INPUT, in the requester's language, when the arguments hold an unsafe string. */
export function unsafeArgumentsError(args: unknown, context: RequestContext): GraphQLError | undefined {
  const problem = findUnsafeInput(args);
  if (!problem) return undefined;
  const message = problem === 'tooLong' ? context.t('validation.tooLong', { maximum: GLOBAL_TEXT_MAX_LENGTH }) : context.t('validation.invalidCharacters');
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}
