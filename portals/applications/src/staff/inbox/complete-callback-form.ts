import { callbackNote } from '@omsorg/rules/applications';
import { z } from 'zod';
import { CallbackOutcome, type CompleteCallbackInput } from '../../generated/graphql.ts';

/** In the order the form offers them. */
export const callbackOutcomes: readonly CallbackOutcome[] = [CallbackOutcome.Reached, CallbackOutcome.NotReached, CallbackOutcome.NewCallbackNeeded];

/** Recording a call: how it went, and a note on what it was about (the service requires one). */
export const completeCallbackSchema = z.object({
  outcome: z.enum(CallbackOutcome, { message: 'callbacks.errors.outcome' }),
  note: callbackNote('callbacks.errors.note'),
});

export function toCompleteCallbackInput(id: string, values: z.output<typeof completeCallbackSchema>): CompleteCallbackInput {
  return { id, outcome: values.outcome, note: values.note };
}
