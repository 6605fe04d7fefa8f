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
 * A GraphQL error from a mutation is never something the user can fix in the form (those are
 * the typed results above): it means the actor may not do this (FORBIDDEN), the sign-in ended
 * (said once for the whole page; see isSessionEnded), or something went wrong (anything else).
 */
export interface GraphqlErrorLike {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
}

export function problemFromErrors(errors: readonly GraphqlErrorLike[]): 'forbidden' | 'failed' {
  return errors.some((error) => error.extensions?.code === 'FORBIDDEN') ? 'forbidden' : 'failed';
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
      // Mutation<Name>Success; any other Error type a newer server adds is shown with its message.
      return result.__typename.endsWith('Success') ? { kind: 'ok', data: result.data as T } : { kind: 'validation', message, issues: [] };
  }
}
