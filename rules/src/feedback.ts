import { z } from 'zod';
import { isEmailAddress, isPhoneNumber } from './contact.ts';

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
