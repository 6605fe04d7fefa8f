import type { StandardSchemaV1 } from '@pothos/plugin-validation';
import type { RequestContext } from './context.ts';

export type ValidationIssue = { field: string; message: string };

/** Input a user can correct; shown next to the fields, in the user's language. */
export class ValidationFailure extends Error {
  readonly issues: ValidationIssue[];
  constructor(message: string, issues: ValidationIssue[]) {
    super(message);
    this.name = 'ValidationFailure';
    this.issues = issues;
  }
}

type ZodLikeIssue = StandardSchemaV1.Issue & {
  code?: string;
  origin?: string;
  format?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
};

function fieldOf(issue: StandardSchemaV1.Issue): string {
  const parts = (issue.path ?? []).map((part) => String(typeof part === 'object' ? part.key : part));
  // The first part is the argument name ("input"); users know fields, not arguments.
  return (parts.length > 1 ? parts.slice(1) : parts).join('.');
}

/** Turns a schema issue into a message key: explicit keys win, else the issue's code decides. */
function messageFor(issue: ZodLikeIssue, t: RequestContext['t']): string {
  if (issue.message.startsWith('validation.')) return t(issue.message);
  const text = issue.origin === 'string';
  switch (issue.code) {
    case 'too_small':
      if (text) return Number(issue.minimum) <= 1 ? t('validation.required') : t('validation.tooShort', { minimum: Number(issue.minimum) });
      return t('validation.tooSmall', { minimum: Number(issue.minimum) });
    case 'too_big':
      return text ? t('validation.tooLong', { maximum: Number(issue.maximum) }) : t('validation.tooBig', { maximum: Number(issue.maximum) });
    case 'invalid_format':
      return issue.format === 'email' ? t('validation.email') : t('validation.invalid');
    case 'invalid_type':
      return t('validation.required');
    default:
      return t('validation.invalid');
  }
}

export function toValidationFailure(failure: StandardSchemaV1.FailureResult, context: RequestContext): ValidationFailure {
  const issues = failure.issues.map((issue) => ({ field: fieldOf(issue), message: messageFor(issue as ZodLikeIssue, context.t) }));
  return new ValidationFailure(context.t('validation.summary'), issues);
}
