import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Limits checked during validation, before anything executes or reaches a subgraph. Our
 * portals' deepest operation is 7 levels; the rest leaves room without inviting abuse.
 */
export const QUERY_LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxCost: 5000,
  maxTokens: 2000,
  maxDirectives: 30,
  /** JSON request bodies; a 10 000-character text in any script fits well inside. */
  maxBodyBytes: '512kb',
} as const;

export function queryLimits() {
  return new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, ignoreIntrospection: true },
    maxTokens: { n: QUERY_LIMITS.maxTokens },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}
