import { isEmailAddress, isPhoneNumber } from '../contact.ts';
import type { RuleIssue } from '../issue.ts';

/**
 * What a person writes to the applications service, and how long it may be: the service
 * refuses longer text, the citizen pages say so before sending.
 */
export const NEEDS_MAX_LENGTH = 4000;
export const HELP_FROM_RELATIVES_MAX_LENGTH = 2000;
/** Phone, e-mail, best time to call. */
export const SHORT_ANSWER_MAX_LENGTH = 200;
export const APPEAL_TEXT_MAX_LENGTH = 10_000;
export const INVESTIGATION_RESPONSE_MAX_LENGTH = 10_000;
export const CALLBACK_MESSAGE_MAX_LENGTH = 2000;

/** Whom the caseworker contacts about an application: the person it is for, or the representative who sent it. */
export const CONTACT_WHOM = ['APPLICANT', 'REPRESENTATIVE'] as const;

/**
 * How the applicant wants to be reached, as the application's answers hold it. `whom` says
 * whose phone, e-mail and best time they are; it is asked only when someone applies for another.
 */
export type ContactAnswers = { method: string | null; phone: string; email: string; whom?: string | null };

/**
 * The contact details an application needs: whom to contact when someone applies for another,
 * a phone number when they want a call, an e-mail address when they want e-mail, and whatever
 * is given well-formed. The service refuses to
 * send an application with these issues; the contact page shows them before saving.
 */
export function contactIssues(contact: ContactAnswers, options: { forSomeoneElse?: boolean } = {}): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (options.forSomeoneElse && contact.method !== null && !contact.whom) issues.push({ field: 'contactWhom', key: 'validation.application.contactWhomRequired' });
  const phone = contact.phone.trim();
  const email = contact.email.trim();
  if (contact.method === 'PHONE' && phone === '') issues.push({ field: 'phone', key: 'validation.application.phoneRequired' });
  else if (phone !== '' && !isPhoneNumber(phone)) issues.push({ field: 'phone', key: 'validation.phone' });
  if (contact.method === 'EMAIL' && email === '') issues.push({ field: 'email', key: 'validation.application.emailRequired' });
  else if (email.length > SHORT_ANSWER_MAX_LENGTH) issues.push({ field: 'email', key: 'validation.tooLong', params: { maximum: SHORT_ANSWER_MAX_LENGTH } });
  else if (email !== '' && !isEmailAddress(email)) issues.push({ field: 'email', key: 'validation.email' });
  return issues;
}
