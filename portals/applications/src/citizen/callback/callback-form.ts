import { isPhoneNumber } from '@omsorg/rules';
import { CALLBACK_MESSAGE_MAX_LENGTH } from '@omsorg/rules/applications';
import { z } from 'zod';
import type { CitizenCallbackFragment, RequestCallbackInput } from '../../generated/graphql.ts';
import { normaliseText } from '../text.ts';

export const messageMaxLength = CALLBACK_MESSAGE_MAX_LENGTH;

export const callbackFieldIds = { personId: 'callback-person', phone: 'callback-phone', message: 'callback-message' } as const;

/**
 * "Bli uppringd": whom it is about (the person or someone they may act for), a number to call
 * (the shared phone rule), and, if they like, what it is about. Keys under applications.citizen.
 */
export function callbackSchema(allowedPersonIds: () => readonly string[]) {
  return z.object({
    personId: z.string().refine((id) => allowedPersonIds().includes(id), 'callback.errors.personMissing'),
    phone: z.string().trim().min(1, { message: 'callback.errors.phoneMissing', abort: true }).refine(isPhoneNumber, 'validation.phone'),
    message: z.string().transform(normaliseText).pipe(z.string().max(CALLBACK_MESSAGE_MAX_LENGTH, 'validation.tooLong')),
  });
}
export type CallbackFormValues = z.input<ReturnType<typeof callbackSchema>>;

export function toCallbackInput(values: z.output<ReturnType<typeof callbackSchema>>): RequestCallbackInput {
  return { personId: values.personId, phone: values.phone, ...(values.message ? { message: values.message } : {}) };
}

/** Callbacks asked for and not yet made, soonest due first. */
export function openCallbacks(requests: readonly CitizenCallbackFragment[]): CitizenCallbackFragment[] {
  return requests.filter((r) => r.completedAt === null).sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
}
