import { z } from 'zod';
import { day } from '../dates.ts';
import { requiredText } from '../text.ts';
import { ANSWER_CHANNELS, FEEDBACK_CHANNELS, FEEDBACK_SOURCES, FEEDBACK_SUBJECTS, FEEDBACK_TARGETS, FEEDBACK_TYPES, SENDER_GENDERS } from './categories.ts';
import { answerContactIssues, feedbackContact, feedbackContactAddress, feedbackTargetName, feedbackText } from './form.ts';

/**
 * The rules of the staff's handling forms (register, classify, note, action, close), checked
 * by the form and by the feedback service alike. Messages are keys (rules/src/messages).
 */

/** A note, an action or a closing note: trimmed, 1 to 4,000 characters (the FeedbackEvent's note). */
export const FEEDBACK_HANDLING_NOTE_MAX_LENGTH = 4000;
export const feedbackNote = () => requiredText(FEEDBACK_HANDLING_NOTE_MAX_LENGTH);

/** The channels staff register by: everything but the web form, which the sender uses. */
export const REGISTERED_CHANNELS = FEEDBACK_CHANNELS.filter((channel) => channel !== 'WEB') as Exclude<(typeof FEEDBACK_CHANNELS)[number], 'WEB'>[];

/**
 * Feedback that came by postcard, phone, letter or in person. `today` is the Stockholm day: a
 * received day later than it is refused. The answer channel must have what it needs: a letter an
 * address, an e-mail an address to write to, a call a number; an anonymous sender has no contact
 * details and is not answered. A sender found by personnummer (`personId`) is not anonymous.
 */
export function registerFeedbackInput(today: string) {
  return z
    .object({
      channel: z.enum(REGISTERED_CHANNELS as [string, ...string[]], { message: 'validation.required' }),
      receivedOn: day({ notAfter: today }),
      type: z.enum(FEEDBACK_TYPES, { message: 'validation.required' }),
      subject: z.enum(FEEDBACK_SUBJECTS, { message: 'validation.required' }),
      target: z.enum(FEEDBACK_TARGETS, { message: 'validation.required' }),
      targetName: feedbackTargetName,
      text: feedbackText(),
      anonymous: z.boolean(),
      ...feedbackContact,
      contactAddress: feedbackContactAddress,
      senderGender: z.enum(SENDER_GENDERS),
      answerBy: z.enum(ANSWER_CHANNELS),
      /** The known person who sent it (found by personnummer), or '' when not known. */
      personId: z.union([z.uuid({ message: 'validation.feedback.personId' }), z.literal('')]).default(''),
    })
    .superRefine((input, check) => {
      if (input.anonymous && input.personId !== '') check.addIssue({ code: 'custom', path: ['anonymous'], message: 'validation.feedback.anonymousWithPerson' });
      if (input.anonymous) {
        if (input.answerBy !== 'NONE') check.addIssue({ code: 'custom', path: ['answerBy'], message: 'validation.feedback.anonymousNoAnswer' });
        return;
      }
      for (const issue of answerContactIssues(input)) check.addIssue({ code: 'custom', path: [issue.field], message: issue.message });
    });
}
export type RegisterFeedbackValues = z.input<ReturnType<typeof registerFeedbackInput>>;

/** Classifying: the categories the units report by, and optionally the responsible unit. */
export const classifyFeedbackInput = z.object({
  type: z.enum(FEEDBACK_TYPES, { message: 'validation.required' }),
  subject: z.enum(FEEDBACK_SUBJECTS, { message: 'validation.required' }),
  source: z.enum(FEEDBACK_SOURCES, { message: 'validation.required' }),
  target: z.enum(FEEDBACK_TARGETS, { message: 'validation.required' }),
  targetName: feedbackTargetName,
  senderGender: z.enum(SENDER_GENDERS),
  unit: z.string().trim().max(200, 'validation.tooLong'),
});
