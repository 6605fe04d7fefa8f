import { z } from 'zod';
import { isEmailAddress, isPhoneNumber } from '../contact.ts';

/** The feedback text as the feedback service keeps it, in characters after trimming. */
export const FEEDBACK_TEXT_MAX_LENGTH = 10_000;
/** Each contact detail (name, e-mail, phone) a sender may leave. */
export const FEEDBACK_CONTACT_MAX_LENGTH = 200;

/**
 * What the sender wants to say: line breaks as LF, trimmed, 1 to 10 000 characters. `missing`
 * is the message key when it is empty (the form asks in its own words).
 */
export function feedbackText(options: { missing?: string } = {}) {
  return z
    .string()
    .transform((value) => value.replace(/\r\n?/g, '\n').trim())
    .pipe(
      z
        .string()
        // No abort (an empty text is never too long): a form's own checks after the fields still run.
        .min(1, options.missing ?? 'validation.required')
        .max(FEEDBACK_TEXT_MAX_LENGTH, 'validation.feedback.textTooLong'),
    );
}

/** An optional contact detail: trimmed, '' when not given, at most 200 characters, and if given passing `check`. */
function contactDetail(check?: { test: (value: string) => boolean; message: string }) {
  const detail = z.string().trim().max(FEEDBACK_CONTACT_MAX_LENGTH, { message: 'validation.feedback.contactTooLong', abort: true });
  return check ? detail.refine((value) => value === '' || check.test(value), check.message) : detail;
}

/**
 * How to answer the sender, each detail optional: a name, an e-mail address
 * ("validation.email") and a phone number ("validation.phone"). Not asked when anonymous.
 */
export const feedbackContact = {
  contactName: contactDetail(),
  contactEmail: contactDetail({ test: isEmailAddress, message: 'validation.email' }),
  contactPhone: contactDetail({ test: isPhoneNumber, message: 'validation.phone' }),
};

/** A postal address for an answer by letter (street, postcode and town, as written). */
export const FEEDBACK_ADDRESS_MAX_LENGTH = 500;
/** The name of the provider, nursing home or organisation the sender names. */
export const FEEDBACK_TARGET_NAME_MAX_LENGTH = 200;

/** A postal address: trimmed, '' when not given, at most 500 characters, line breaks allowed. */
export const feedbackContactAddress = z
  .string()
  .transform((value) => value.replace(/\r\n?/g, '\n').trim())
  .pipe(z.string().max(FEEDBACK_ADDRESS_MAX_LENGTH, 'validation.feedback.addressTooLong'));

/** The optional name of the provider or home: trimmed, '' when not given, at most 200 characters. */
export const feedbackTargetName = z.string().trim().max(FEEDBACK_TARGET_NAME_MAX_LENGTH, 'validation.feedback.targetNameTooLong');

/** What answering by each channel needs, and the field that holds it. */
const ANSWER_NEEDS = {
  LETTER: { field: 'contactAddress', message: 'validation.feedback.addressNeeded' },
  EMAIL: { field: 'contactEmail', message: 'validation.feedback.emailNeeded' },
  PHONE: { field: 'contactPhone', message: 'validation.feedback.phoneNeeded' },
} as const;

export type AnswerContact = { answerBy: string; contactEmail?: string | null; contactPhone?: string | null; contactAddress?: string | null };

/**
 * How to be answered needs where to: a letter a postal address, an e-mail an address, a phone
 * call a number. One issue on the missing field, or none. The service and the form both check it.
 */
export function answerContactIssues(values: AnswerContact): Array<{ field: 'contactAddress' | 'contactEmail' | 'contactPhone'; message: string }> {
  const need = ANSWER_NEEDS[values.answerBy as keyof typeof ANSWER_NEEDS];
  if (!need) return [];
  const given = values[need.field];
  return typeof given === 'string' && given.trim() !== '' ? [] : [{ field: need.field, message: need.message }];
}

/** The longest reference number a person can type that could still be one (SYN-2026-000123 is 15). */
export const FEEDBACK_REFERENCE_MAX_LENGTH = 32;

/** A reference number as typed ("syn-2026 000123"): spaces dropped, upper case; required; `missing` as the form words it. */
export function feedbackReferenceNumber(options: { missing?: string } = {}) {
  return z
    .string()
    .transform((value) => value.replace(/\s+/g, '').toUpperCase())
    .pipe(z.string().min(1, options.missing ?? 'validation.required').max(FEEDBACK_REFERENCE_MAX_LENGTH, 'validation.tooLong'));
}
