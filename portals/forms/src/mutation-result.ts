import { isGraphqlRequestError } from '@omsorg/ui';

/**
 * The one error convention (docs/ARCHITECTURE.md, "Errors"): a mutation answers a union of
 * `Mutation<Name>Success { data }` and the typed errors a user can act on; anything else is a
 * GraphQL error. This is what a form needs to know of the union.
 */
export type MutationResult =
  | { __typename: 'ValidationError'; message: string; issues: ReadonlyArray<{ field: string; message: string }> }
  | { __typename: 'ConflictError'; message: string }
  | { __typename: 'DelegationError'; message: string }
  | { __typename: 'NotFoundError'; message: string }
  | { __typename: 'RateLimitError'; message: string }
  | { __typename: `${string}Success`; data: unknown };

/** The data of the success member of a mutation's result union. */
export type SuccessData<R> = R extends { __typename: `${string}Success`; data: infer D } ? D : never;

/** Why a form could not be saved, beyond its fields: said above the form, the values kept. */
export type FormProblem =
  | { kind: 'conflict'; message: string }
  | { kind: 'reloaded' }
  | { kind: 'delegation'; message: string }
  | { kind: 'notFound'; message: string }
  | { kind: 'rateLimited'; message: string }
  | { kind: 'forbidden' }
  | { kind: 'failed' };

export type Outcome<D> = { kind: 'ok'; data: D } | { kind: 'invalid'; message: string; issues: ReadonlyArray<{ field: string; message: string }> } | { kind: 'problem'; problem: FormProblem } | { kind: 'signedOut' };

/** One union member, or the error a request threw, as one outcome for the form. */
export function outcomeOf<R extends MutationResult>(result: R): Outcome<SuccessData<R>> {
  switch (result.__typename) {
    case 'ValidationError': {
      const { message, issues } = result as Extract<MutationResult, { __typename: 'ValidationError' }>;
      return { kind: 'invalid', message, issues };
    }
    case 'ConflictError':
      return { kind: 'problem', problem: { kind: 'conflict', message: (result as { message: string }).message } };
    case 'DelegationError':
      return { kind: 'problem', problem: { kind: 'delegation', message: (result as { message: string }).message } };
    case 'NotFoundError':
      return { kind: 'problem', problem: { kind: 'notFound', message: (result as { message: string }).message } };
    case 'RateLimitError':
      return { kind: 'problem', problem: { kind: 'rateLimited', message: (result as { message: string }).message } };
    default:
      return { kind: 'ok', data: (result as { data: SuccessData<R> }).data };
  }
}

/** A request that threw: an ended sign-in is said once by the page; forbidden and the rest here. */
export function outcomeOfError(error: unknown): Outcome<never> {
  if (isGraphqlRequestError(error) && error.isSessionEnded) return { kind: 'signedOut' };
  if (isGraphqlRequestError(error) && error.isForbidden) return { kind: 'problem', problem: { kind: 'forbidden' } };
  return { kind: 'problem', problem: { kind: 'failed' } };
}
