/**
 * A problem with one field, as a message key and its parameters. The key is one of
 * `ruleMessages` (messages.ts), so the service and the portal say the same thing.
 */
export type RuleIssue = { field: string; key: string; params?: Record<string, string | number> };

/** A schema (zod) issue as both sides read it: its message is a message key or zod's own words. */
export type SchemaIssue = {
  code?: string;
  message: string;
  origin?: string;
  format?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  params?: Record<string, string | number>;
};

const MESSAGE_KEY = /^[a-z]\w*(\.\w+)+$/i;

/**
 * The message key and parameters of a schema issue, the one mapping the services and the portal
 * forms share: a key the schema names wins ("validation.phone", or a form's own
 * "case.appeal.errors.text"); otherwise the issue's code says what is wrong in the rules' words.
 */
export function issueKey(issue: SchemaIssue): { key: string; params: Record<string, string | number> } {
  const params = {
    ...issue.params,
    ...(issue.maximum !== undefined ? { maximum: Number(issue.maximum) } : {}),
    ...(issue.minimum !== undefined ? { minimum: Number(issue.minimum) } : {}),
  };
  if (MESSAGE_KEY.test(issue.message)) return { key: issue.message, params };
  const text = issue.origin === 'string';
  switch (issue.code) {
    case 'too_small':
      if (text) return { key: Number(issue.minimum) <= 1 ? 'validation.required' : 'validation.tooShort', params };
      return { key: 'validation.tooSmall', params };
    case 'too_big':
      return { key: text ? 'validation.tooLong' : 'validation.tooBig', params };
    case 'invalid_format':
      return { key: issue.format === 'email' ? 'validation.email' : 'validation.invalid', params };
    case 'invalid_type':
      return { key: 'validation.required', params };
    default:
      return { key: 'validation.invalid', params };
  }
}
