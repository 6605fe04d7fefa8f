import { callbackNote } from '@omsorg/rules/applications';
import { z } from 'zod';
import type { CompleteCallbackInput } from '../../generated/graphql.ts';

/** Marking a callback done: a note on what the call was about (the service requires one). */
export const completeCallbackSchema = z.object({ note: callbackNote('callbacks.errors.note') });

export function toCompleteCallbackInput(id: string, values: z.output<typeof completeCallbackSchema>): CompleteCallbackInput {
  return { id, note: values.note };
}
