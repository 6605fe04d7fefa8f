import { createRequire } from 'node:module';
import type { DocumentNode, GraphQLError, GraphQLSchema } from 'graphql';
import { LRUCache } from 'lru-cache';

// The graphql that graphql-http loads (Node resolves its CommonJS entry; a bundler such as the
// test runner's may pick the ES module copy, whose documents the other copy would refuse).
const { parse, specifiedRules, validate } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

/** How many distinct operation texts a subgraph keeps parsed and validated. */
const DOCUMENTS = 500;
/** A longer text is parsed every time rather than kept. */
const LARGEST_KEPT = 20_000;

/**
 * Parse and validate that remember: the gateway sends each subgraph the same few query texts
 * again and again (the portals' trusted documents, planned), so each is parsed and validated
 * once, not at every request. The parsed document is the key of its validation, so a text is
 * validated once per schema; the cache is bounded, and a text nobody repeats costs what it did.
 */
export function documentCache(): { parse: typeof import('graphql').parse; validate: typeof import('graphql').validate } {
  const documents = new LRUCache<string, DocumentNode>({ max: DOCUMENTS });
  const validations = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, readonly GraphQLError[]>>();
  return {
    parse: (source, options) => {
      const text = typeof source === 'string' ? source : source.body;
      if (options || text.length > LARGEST_KEPT) return parse(source, options);
      let document = documents.get(text);
      if (!document) documents.set(text, (document = parse(text)));
      return document;
    },
    validate: (schema, document, rules, options, typeInfo) => {
      // Only the standard rules are remembered (graphql-http passes a copy of them each time): a
      // request validated with other rules is validated as asked.
      if (!standardRules(rules) || options || typeInfo) return validate(schema, document, rules, options, typeInfo);
      let bySchema = validations.get(schema);
      if (!bySchema) validations.set(schema, (bySchema = new WeakMap()));
      let errors = bySchema.get(document);
      if (!errors) bySchema.set(document, (errors = validate(schema, document)));
      return errors;
    },
  };
}

function standardRules(rules: ReadonlyArray<unknown> | undefined): boolean {
  return !rules || (rules.length === specifiedRules.length && rules.every((rule, i) => rule === specifiedRules[i]));
}
