import { isPhoneNumber } from '../apply/contact-checks.ts';
import { normaliseText } from '../text.ts';
import type { CallbackRequest } from '../types.ts';

export const messageMaxLength = 1000;

export interface CallbackFormValues {
  personId: string;
  phone: string;
  message: string;
}

export const callbackFieldIds = { personId: 'callback-person', phone: 'callback-phone', message: 'callback-message' } as const;
export type CallbackField = keyof typeof callbackFieldIds;

export interface CallbackIssue {
  field: CallbackField;
  /** message key under applications.citizen.callback.errors */
  key: string;
  params?: Record<string, number>;
}

export function checkCallback(values: CallbackFormValues, allowedPersonIds: readonly string[]): CallbackIssue[] {
  const issues: CallbackIssue[] = [];
  if (!allowedPersonIds.includes(values.personId)) issues.push({ field: 'personId', key: 'personMissing' });
  const phone = values.phone.trim();
  if (!phone) issues.push({ field: 'phone', key: 'phoneMissing' });
  else if (!isPhoneNumber(phone)) issues.push({ field: 'phone', key: 'phoneInvalid' });
  const message = normaliseText(values.message);
  if (message.length > messageMaxLength) issues.push({ field: 'message', key: 'tooLong', params: { max: messageMaxLength } });
  return issues;
}

export function toCallbackInput(values: CallbackFormValues): { personId: string; phone: string; message?: string } {
  const message = normaliseText(values.message);
  return { personId: values.personId, phone: values.phone.trim(), ...(message ? { message } : {}) };
}

/** Callbacks asked for and not yet made, soonest due first. */
export function openCallbacks(requests: readonly CallbackRequest[]): CallbackRequest[] {
  return requests.filter((r) => r.completedAt === null).sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
}

export function isServerField(field: string): field is CallbackField {
  return field in callbackFieldIds;
}
