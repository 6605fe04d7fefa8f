/**
 * The booking mutations' own errors (SlotTakenError, BookingRefusedError) as the forms' one
 * convention knows them: a message at a field (@omsorg/forms reads any other member as success).
 */
export function bookingFormResult<R extends { __typename: string }>(result: R, field: string) {
  if (result.__typename === 'SlotTakenError' || result.__typename === 'BookingRefusedError') {
    const message = (result as unknown as { message: string }).message;
    return { __typename: 'ValidationError' as const, message, issues: [{ field, message }] };
  }
  return result as Exclude<R, { __typename: 'SlotTakenError' | 'BookingRefusedError' }>;
}
