import { registrationContact, registrationContactIssues, type RegistrationContact } from '@omsorg/rules/offerings';
import { z } from 'zod';
import type { RegisterForSessionInput, RegistrationNoticeChannel } from '../../generated/graphql.ts';

/** The registration form's values: whom (signed in: "me" or a represented person's id), then the contact questions. */
export type RegistrationValues = RegistrationContact & { who: string };

/** The shared rules (@omsorg/rules/offerings, the same the service checks), plus whom. */
export const registrationFormSchema = registrationContact.safeExtend({ who: z.string() });

/** The questions, one at a time, in order; the address only when a letter is chosen, whom only when there is a choice. */
export type Question = 'who' | 'name' | 'phone' | 'email' | 'noticeBy' | 'postalAddress';

export function questionsFor(values: Pick<RegistrationValues, 'noticeBy'>, choosesWho: boolean): Question[] {
  return [...(choosesWho ? (['who'] as const) : []), 'name', 'phone', 'email', 'noticeBy', ...(values.noticeBy === 'LETTER' ? (['postalAddress'] as const) : [])];
}

/** The element id of a question's field (the error summary links to it). */
export const FIELD_IDS: Record<Question, string> = {
  who: 'registration-who',
  name: 'registration-name',
  phone: 'registration-phone',
  email: 'registration-email',
  noticeBy: 'registration-notice-by',
  postalAddress: 'registration-postal-address',
};

/** The shared rules' message for one question, if its answer is not right yet (checked before going on). */
export function questionIssue(values: RegistrationValues, question: Question): string | null {
  if (question === 'who') return null;
  const trimmed = { name: values.name.trim(), phone: values.phone.trim(), email: values.email.trim(), postalAddress: values.postalAddress.trim(), noticeBy: values.noticeBy };
  return registrationContactIssues(trimmed).find((issue) => issue.field === question)?.message ?? null;
}

/** The mutation's input from the checked values. */
export function toRegisterInput(values: z.output<typeof registrationFormSchema>): RegisterForSessionInput {
  return {
    ...(values.who && values.who !== 'me' ? { personId: values.who } : {}),
    name: values.name,
    phone: values.phone,
    email: values.email || null,
    postalAddress: values.noticeBy === 'LETTER' ? values.postalAddress || null : null,
    noticeBy: values.noticeBy as RegistrationNoticeChannel,
  };
}
