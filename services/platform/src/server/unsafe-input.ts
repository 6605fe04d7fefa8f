import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import type { RequestContext } from '../graphql/context.ts';
import { GLOBAL_TEXT_MAX_LENGTH, hasForbiddenCharacters } from '../graphql/text.ts';

type Problem = 'invalidCharacters' | 'tooLong';

function checkString(value: string): Problem | undefined {
  if (value.length > GLOBAL_TEXT_MAX_LENGTH) return 'tooLong';
  return hasForbiddenCharacters(value, { multiline: true }) ? 'invalidCharacters' : undefined;
}

function checkValue(value: unknown, depth = 0): Problem | undefined {
  if (typeof value === 'string') return checkString(value);
  if (depth > 32 || value === null || typeof value !== 'object') return undefined;
  for (const item of Array.isArray(value) ? value : Object.values(value)) {
    const problem = checkValue(item, depth + 1);
    if (problem) return problem;
  }
  return undefined;
}

/** The first string literal or variable no field may accept, whatever its own validation says. */
export function findUnsafeInput(document: DocumentNode, variables: unknown): Problem | undefined {
  let problem = checkValue(variables);
  if (problem) return problem;
  visit(document, {
    [Kind.STRING]: (node) => {
      problem ??= checkString(node.value);
    },
  });
  return problem;
}

/**
 * The safety net under every field's own text validation: a request whose variables or
 * literals hold NUL or other control characters, lone surrogates, bidirectional overrides, or
 * a string longer than GLOBAL_TEXT_MAX_LENGTH is refused as BAD_USER_INPUT before any resolver
 * runs, so no such string reaches the database.
 */
export function unsafeInputError(document: DocumentNode, variables: unknown, context: RequestContext | undefined): GraphQLError | undefined {
  const problem = findUnsafeInput(document, variables);
  if (!problem) return undefined;
  const message =
    problem === 'tooLong'
      ? (context?.t('validation.tooLong', { maximum: GLOBAL_TEXT_MAX_LENGTH }) ?? 'Text too long')
      : (context?.t('validation.invalidCharacters') ?? 'Invalid characters');
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}
