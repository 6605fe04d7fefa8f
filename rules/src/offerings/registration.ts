import { z } from 'zod';
import { isEmailAddress, isPhoneNumber } from '../contact.ts';
import { REGISTRATION_NOTICE_CHANNELS, OFFERINGS_LIMITS, type RegistrationNoticeChannel } from './categories.ts';

/** A postal address for a letter when moved up: "Storgatan 1, 123 45 Stockholm". */
export const REGISTRATION_ADDRESS_MAX_LENGTH = 500;

/** A cancel code as given to a person without BankID: 8 letters and digits, grouped 4-4 ("K7QM-3PXW"). */
export const CANCEL_CODE_PATTERN = /^[A-HJ-NP-Z2-9]{4}-?[A-HJ-NP-Z2-9]{4}$/;

/** A cancel code as typed: upper case, the hyphen put back ("k7qm3pxw" → "K7QM-3PXW"); null when it cannot be one. */
export function normaliseCancelCode(typed: string): string | null {
  const compact = typed.replace(/[\s-]/g, '').toUpperCase();
  if (!CANCEL_CODE_PATTERN.test(compact)) return null;
  return `${compact.slice(0, 4)}-${compact.slice(4)}`;
}

/** What a person writes when registering (names as in the GraphQL input RegisterForSessionInput). */
export type RegistrationContact = {
  name: string;
  phone: string;
  email: string;
  postalAddress: string;
  noticeBy: RegistrationNoticeChannel;
};

export type RegistrationIssue = { field: keyof RegistrationContact; message: string };

/**
 * The registration form's rules, checked by the service and the portal alike: a name and a phone
 * number (the organiser calls when something changes), an e-mail address and a postal address
 * only when given, and the way to be told when moved up needs what it uses (EMAIL an address,
 * LETTER a postal address). Give it trimmed text.
 */
export function registrationContactIssues(contact: RegistrationContact): RegistrationIssue[] {
  const issues: RegistrationIssue[] = [];
  if (contact.name === '') issues.push({ field: 'name', message: 'validation.required' });
  else if (contact.name.length > OFFERINGS_LIMITS.name) issues.push({ field: 'name', message: 'validation.tooLong' });
  if (contact.phone === '') issues.push({ field: 'phone', message: 'validation.required' });
  else if (contact.phone.length > OFFERINGS_LIMITS.phone || !isPhoneNumber(contact.phone)) issues.push({ field: 'phone', message: 'validation.phone' });
  if (contact.email !== '' && (contact.email.length > OFFERINGS_LIMITS.email || !isEmailAddress(contact.email))) issues.push({ field: 'email', message: 'validation.email' });
  if (contact.postalAddress.length > REGISTRATION_ADDRESS_MAX_LENGTH) issues.push({ field: 'postalAddress', message: 'validation.tooLong' });
  if (contact.noticeBy === 'EMAIL' && contact.email === '') issues.push({ field: 'email', message: 'validation.registration.emailNeeded' });
  if (contact.noticeBy === 'LETTER' && contact.postalAddress === '') issues.push({ field: 'postalAddress', message: 'validation.registration.addressNeeded' });
  return issues;
}

/** The same rules as a zod schema over the form's values (for `useValidatedForm`). */
export const registrationContact = z
  .object({
    name: z.string().trim(),
    phone: z.string().trim(),
    email: z.string().trim(),
    postalAddress: z.string().trim(),
    noticeBy: z.enum(REGISTRATION_NOTICE_CHANNELS),
  })
  .superRefine((contact, context) => {
    for (const issue of registrationContactIssues(contact)) context.addIssue({ code: 'custom', path: [issue.field], message: issue.message });
  });
