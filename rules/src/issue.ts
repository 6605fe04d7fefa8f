/**
 * A problem with one field, as a message key and its parameters. The key is one of
 * `ruleMessages` (messages.ts), so the service and the portal say the same thing.
 */
export type RuleIssue = { field: string; key: string; params?: Record<string, string | number> };
