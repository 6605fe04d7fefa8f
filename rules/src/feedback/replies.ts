import { z } from 'zod';
import { isEmailAddress } from '../contact.ts';

/*
 * The replies' forms, checked by the staff panels, the provider's page and the feedback service
 * alike: forwarding to a provider, its answer, and the answer to the sender.
 */

/** A recipient's name or e-mail address. */
export const FORWARD_RECIPIENT_MAX_LENGTH = 200;
/** What is asked of a provider, and a provider's answer. */
export const FORWARD_TEXT_MAX_LENGTH = 4000;
/** The answer to the sender (a letter may be long). */
export const ANSWER_TEXT_MAX_LENGTH = 8000;

/**
 * A required text: line breaks as LF, trimmed, 1 to `max` characters ("validation.tooLong").
 * `missing` is the message key when it is empty (a form may ask in its own words).
 */
export function requiredReplyText(max: number, options: { missing?: string } = {}) {
  return z
    .string()
    .transform((value) => value.replace(/\r\n?/g, '\n').trim())
    .pipe(z.string().min(1, options.missing ?? 'validation.required').max(max, 'validation.tooLong'));
}

/** Whom a forward goes to: a name, and an e-mail address for the link (optional: without one staff record the answer). */
export const forwardRecipient = {
  recipientName: recipientName(),
  recipientEmail: z
    .string()
    .trim()
    .max(FORWARD_RECIPIENT_MAX_LENGTH, { message: 'validation.tooLong', abort: true })
    .refine((value) => value === '' || isEmailAddress(value), 'validation.email'),
};

/** The recipient's name; `missing` as in requiredReplyText. */
export function recipientName(options: { missing?: string } = {}) {
  return z
    .string()
    .trim()
    .min(1, { message: options.missing ?? 'validation.required', abort: true })
    .max(FORWARD_RECIPIENT_MAX_LENGTH, 'validation.tooLong');
}

export const forwardQuestion = (options: { missing?: string } = {}) => requiredReplyText(FORWARD_TEXT_MAX_LENGTH, options);
export const providerAnswerText = (options: { missing?: string } = {}) => requiredReplyText(FORWARD_TEXT_MAX_LENGTH, options);
export const answerText = (options: { missing?: string } = {}) => requiredReplyText(ANSWER_TEXT_MAX_LENGTH, options);
