/**
 * For a form that only checks its values and then acts on them itself (a filter that goes to an
 * address, a bulk action): `await form.submit(checked)` returns the checked values, or null with
 * the errors shown, as useValidatedForm does for a mutation.
 */
export async function checked<T>(values: T): Promise<{ __typename: 'CheckedSuccess'; data: T }> {
  return { __typename: 'CheckedSuccess', data: values };
}
