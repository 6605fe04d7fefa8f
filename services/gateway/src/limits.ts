import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Limits checked during validation, before anything executes or reaches a subgraph. Our
 * portals' deepest operation is 7 levels and the costliest about 5,650 (a staff save that
 * answers the whole case, its timeline naming who acted); the rest leaves room without inviting
 * abuse. limits.test.ts checks every portal operation against them.
 */
export const QUERY_LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxCost: 8000,
  maxTokens: 2000,
  maxDirectives: 30,
  /** JSON request bodies; a 10 000-character text in any script fits well inside. */
  maxBodyBytes: '512kb',
} as const;

/**
 * The token limit is not graphql-armor's: its plugin parses inside a request hook, so a syntax
 * error or too many tokens became HTTP 500. The parser's own `maxTokens` (PARSE_OPTIONS)
 * makes both an ordinary parse error, HTTP 400. Introspection gets no exemption from depth
 * or cost.
 */
export const PARSE_OPTIONS = { maxTokens: QUERY_LIMITS.maxTokens } as const;

export function queryLimits() {
  return new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: false, flattenFragments: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, ignoreIntrospection: false },
    maxTokens: { enabled: false },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}
