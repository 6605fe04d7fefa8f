import type { GraphqlErrorItem } from '@omsorg/ui';

/** Fields of a case or callback request that hold its person, resolved by identity. */
const PERSON_FIELDS = new Set(['applicant', 'person']);

/**
 * Whether an error only says that identity does not yet let the unit read a case's person. In
 * the seconds after a citizen submits a case (or asks to be called), identity learns through a
 * job that the unit has a case for them; until then the person field is null with this error,
 * and the rest of the answer is good. Not for the root `person(id)` query: that refusal is real.
 */
export function isPersonPending(error: GraphqlErrorItem): boolean {
  const path = error.path ?? [];
  return error.extensions?.code === 'FORBIDDEN' && path.slice(1).some((segment) => typeof segment === 'string' && PERSON_FIELDS.has(segment));
}

/** Whether every error is of that kind (and there is at least one). */
export function onlyPersonPending(errors: readonly GraphqlErrorItem[]): boolean {
  return errors.length > 0 && errors.every(isPersonPending);
}
