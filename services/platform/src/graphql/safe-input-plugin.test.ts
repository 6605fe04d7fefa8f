import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/messages.ts';
import { platformMessages } from '../i18n/platform-messages.ts';
import { createLogger } from '../logging/logger.ts';
import { maskUnexpectedErrors } from '../server/graphql-errors.ts';
import { createBuilder } from './builder.ts';
import type { RequestContext } from './context.ts';
import { text } from './text.ts';

// The schema is built with the graphql module Pothos loads (CommonJS under vitest): run it with the same one.
const { graphql } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

function schemaWithEcho() {
  const builder = createBuilder({ mutations: true });
  builder.queryField('ping', (t) => t.boolean({ resolve: () => true }));
  const stored: string[] = [];
  // A field that forgot text(): only the safety net stands between it and the database.
  builder.mutationField('echoUnchecked', (t) =>
    t.string({ args: { note: t.arg.string({ required: true }) }, resolve: (_root, { note }) => (stored.push(note), note) }),
  );
  builder.mutationField('echoChecked', (t) =>
    t.string({
      errors: {},
      args: { note: t.arg.string({ required: true, validate: text({ max: 50 }) }) },
      resolve: (_root, { note }) => (stored.push(note), note),
    }),
  );
  return { schema: builder.toSchema(), stored };
}

const translate = createTranslator(platformMessages);
const context = { actor: { kind: 'anonymous' }, locale: 'sv', log: createLogger('test'), t: (key: string, params?: Record<string, string | number>) => translate('sv', key, params) } as unknown as RequestContext;

describe('the safe-input plugin', () => {
  it('refuses NUL, lone surrogates and bidi overrides as BAD_USER_INPUT before the resolver runs', async () => {
    const { schema, stored } = schemaWithEcho();
    for (const note of ['a\u0000b', 'a\uD800', 'abc\u202Edef', 'x'.repeat(20_001)]) {
      const result = maskUnexpectedErrors(await graphql({ schema, source: 'mutation($n: String!) { echoUnchecked(note: $n) }', variableValues: { n: note }, contextValue: context }), context);
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(stored).toEqual([]);
  });

  it('also checks literals in the query', async () => {
    const { schema } = schemaWithEcho();
    const result = maskUnexpectedErrors(await graphql({ schema, source: 'mutation { echoUnchecked(note: "a\\u202Eb") }', contextValue: context }), context);
    expect(result.errors?.[0]).toMatchObject({ message: platformMessages.sv['validation.invalidCharacters'], extensions: { code: 'BAD_USER_INPUT' } });
  });

  it("lets a field's own text() answer first, with a typed error in Swedish", async () => {
    const { schema, stored } = schemaWithEcho();
    const result = await graphql({
      schema,
      source: 'mutation($n: String!) { echoChecked(note: $n) { __typename ... on ValidationError { issues { message } } } }',
      variableValues: { n: 'a\u0000b' },
      contextValue: context,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.echoChecked).toEqual({ __typename: 'ValidationError', issues: [{ message: platformMessages.sv['validation.invalidCharacters'] }] });
    expect(stored).toEqual([]);
  });

  it('passes ordinary text, line breaks included', async () => {
    const { schema, stored } = schemaWithEcho();
    const result = await graphql({ schema, source: 'mutation($n: String!) { echoUnchecked(note: $n) }', variableValues: { n: 'Hej!\nمرحبا' }, contextValue: context });
    expect(result).toEqual({ data: { echoUnchecked: 'Hej!\nمرحبا' } });
    expect(stored).toEqual(['Hej!\nمرحبا']);
  });
});
