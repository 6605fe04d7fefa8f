/**
 * A session that takes no registration answers RegistrationClosedError: the form says its message
 * above the form like any problem it cannot put on a field (as NotFoundError is said).
 */
export function closedAsProblem<R extends { __typename: string }>(result: R): Exclude<R, { __typename: 'RegistrationClosedError' }> | { __typename: 'NotFoundError'; message: string } {
  if (result.__typename === 'RegistrationClosedError') return { __typename: 'NotFoundError', message: (result as unknown as { message: string }).message };
  return result as Exclude<R, { __typename: 'RegistrationClosedError' }>;
}
