import type { StandardSchemaV1 } from '@pothos/plugin-validation';
import { issueKey, type SchemaIssue } from '@omsorg/rules';
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

function fieldOf(issue: StandardSchemaV1.Issue): string {
  const parts = (issue.path ?? []).map((part) => String(typeof part === 'object' ? part.key : part));
  // The first part is the argument name ("input"); users know fields, not arguments.
  return (parts.length > 1 ? parts.slice(1) : parts).join('.');
}

export function toValidationFailure(failure: StandardSchemaV1.FailureResult, context: RequestContext): ValidationFailure {
  // Keyed as the portal forms key them (issueKey, @omsorg/rules).
  const issues = failure.issues.map((issue) => {
    const { key, params } = issueKey(issue as SchemaIssue);
    return { field: fieldOf(issue), message: context.t(key, params) };
  });
  return new ValidationFailure(context.t('validation.summary'), issues);
}
