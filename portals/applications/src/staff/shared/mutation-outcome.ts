/**
 * Every mutation answers a union: `Mutation<Name>Success { data }` or one of the typed errors a
 * user can act on. This turns that union into one discriminated value the forms switch on.
 */
export interface ValidationIssue {
  field: string;
  message: string;
}

export type MutationOutcome<T> =
  | { kind: 'ok'; data: T }
  | { kind: 'validation'; message: string; issues: ValidationIssue[] }
  | { kind: 'conflict'; message: string; currentVersion: number | null }
  | { kind: 'delegation'; message: string; requiredRole: string | null }
  | { kind: 'notFound'; message: string };

export interface MutationResult<T> {
  __typename: string;
  data?: T;
  message?: string;
  issues?: ValidationIssue[];
  currentVersion?: number;
  requiredRole?: string;
}

/**
 * Mutations with a plain result (no union) report the same cases as GraphQL errors with a code:
 * CONFLICT (with currentVersion), NOT_FOUND, BAD_USER_INPUT (with issues), FORBIDDEN.
 */
export interface GraphqlErrorLike {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
}

export function outcomeFromErrors(errors: readonly GraphqlErrorLike[]): MutationOutcome<never> | { kind: 'forbidden' } | null {
  const error = errors.find((e) => e.extensions?.code) ?? errors[0];
  if (!error) return null;
  switch (error.extensions?.code) {
    case 'CONFLICT': {
      const version = error.extensions.currentVersion;
      return { kind: 'conflict', message: error.message, currentVersion: typeof version === 'number' ? version : null };
    }
    case 'NOT_FOUND':
      return { kind: 'notFound', message: error.message };
    case 'BAD_USER_INPUT': {
      const raw = error.extensions.issues;
      const issues = Array.isArray(raw)
        ? raw.filter((issue): issue is ValidationIssue => typeof issue?.field === 'string' && typeof issue?.message === 'string')
        : [];
      return { kind: 'validation', message: error.message, issues };
    }
    case 'FORBIDDEN':
      return { kind: 'forbidden' };
    case 'RATE_LIMITED':
      // Too many in a short time: the message says how long to wait.
      return { kind: 'validation', message: error.message, issues: [] };
    default:
      return null;
  }
}

export function toOutcome<T>(result: MutationResult<T> | null | undefined): MutationOutcome<T> {
  if (!result) return { kind: 'notFound', message: '' };
  const message = result.message ?? '';
  switch (result.__typename) {
    case 'ValidationError':
      return { kind: 'validation', message, issues: result.issues ?? [] };
    case 'ConflictError':
      return { kind: 'conflict', message, currentVersion: result.currentVersion ?? null };
    case 'DelegationError':
      return { kind: 'delegation', message, requiredRole: result.requiredRole ?? null };
    case 'NotFoundError':
      return { kind: 'notFound', message };
    case 'RateLimitError':
      // Too many in a short time: shown like a form error, with the server's wait in its message.
      return { kind: 'validation', message, issues: [] };
    default:
      // A plain object type (no union) is a success too.
      return { kind: 'ok', data: (result.__typename.endsWith('Success') ? result.data : result) as T };
  }
}
