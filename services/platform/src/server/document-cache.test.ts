import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { documentCache } from './document-cache.ts';

// The copy of graphql the cache (and graphql-http) uses, as in subgraph-server.test.ts.
const { buildSchema, specifiedRules } = createRequire(import.meta.url)('graphql') as typeof import('graphql');
const schema = buildSchema('type Query { hello: String }');

describe('documentCache', () => {
  it('parses a text once and validates its document once per schema', () => {
    const cache = documentCache();
    const first = cache.parse('{ hello }');
    expect(cache.parse('{ hello }')).toBe(first);
    const errors = cache.validate(schema, first, [...specifiedRules]);
    expect(errors).toEqual([]);
    expect(cache.validate(schema, first, [...specifiedRules])).toBe(errors);
  });

  it('still refuses an invalid operation every time, and validates other rules as asked', () => {
    const cache = documentCache();
    const wrong = cache.parse('{ goodbye }');
    expect(cache.validate(schema, wrong, [...specifiedRules])).toHaveLength(1);
    expect(cache.validate(schema, wrong, [...specifiedRules])).toHaveLength(1);
    expect(cache.validate(schema, wrong, [])).toHaveLength(0);
    expect(() => cache.parse('{ hello')).toThrow();
    expect(() => cache.parse('{ hello')).toThrow();
  });
});
