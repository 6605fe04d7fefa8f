import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARSE_OPTIONS, queryLimits } from './limits.ts';

// The graphql copy graphql-armor's rules use (Node's CommonJS entry), as in subgraph-server.test.ts.
const { buildSchema, parse, validate } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

const root = join(import.meta.dirname, '..', '..', '..', 'schema');
const schema = buildSchema(readFileSync(join(root, 'api.graphql'), 'utf8'));
const documents = readdirSync(join(root, 'operations'))
  .filter((file) => file.endsWith('.json'))
  .flatMap((file) => Object.entries(JSON.parse(readFileSync(join(root, 'operations', file), 'utf8')) as Record<string, string>).map(([hash, text]) => ({ file, hash, text })));

describe('the gateway’s query limits', () => {
  it('let every operation the portals send through: depth, cost, aliases, tokens', () => {
    const { validationRules } = queryLimits();
    const refused = documents
      .map(({ file, text }) => ({ file, operation: /(?:query|mutation) (\w+)/.exec(text)?.[1], errors: validate(schema, parse(text, PARSE_OPTIONS), validationRules ?? []).map((error) => error.message) }))
      .filter((result) => result.errors.length > 0);
    expect(documents.length).toBeGreaterThan(50);
    expect(refused).toEqual([]);
  });
});
