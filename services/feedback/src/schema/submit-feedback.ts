import { enforceRateLimit, GLOBAL_TEXT_MAX_LENGTH, rateLimitSubject, text } from '@omsorg/platform';
import { FEEDBACK_CONTACT_MAX_LENGTH, FEEDBACK_TEXT_MAX_LENGTH, feedbackContact, feedbackText } from '@omsorg/rules/feedback';
import { z } from 'zod';
import { FEEDBACK_SUBJECTS, FEEDBACK_TYPES } from '../domain/categories.ts';
import { blankToNull } from '../domain/contact.ts';
import { formatReferenceNumber, yearInStockholm } from '../domain/reference-number.ts';
import { decideSender } from '../domain/sender.ts';
import { Feedback } from '../entities/feedback.ts';
import { markSentInThisRequest } from '../queries/feedback-reads.ts';
import { nextReferenceSerial } from '../queries/reference-serial.ts';
import { feedbackRateLimit } from '../rate-limits.ts';
import { builder } from './builder.ts';
import { FeedbackRef, FeedbackSubjectEnum, FeedbackTypeEnum } from './feedback.ts';

/*
 * The platform's text rules (no control characters, NFC, trimmed), then the feedback rules the
 * form checks too (@omsorg/rules/feedback). A text past the platform's own limit gets the same
 * message as one past the feedback limit.
 */
const submittedText = text({ max: GLOBAL_TEXT_MAX_LENGTH, multiline: true, tooLong: 'validation.feedback.textTooLong' }).pipe(feedbackText());

/** An optional contact detail: checked by the shared rule; blank means not given (null). */
function optionalContact(rule: z.ZodType<string, string>) {
  return text({ max: GLOBAL_TEXT_MAX_LENGTH, tooLong: 'validation.feedback.contactTooLong' }).pipe(rule).transform(blankToNull).nullish();
}

/**
 * The whole form is checked at once, so the error summary lists every field to correct (a
 * check per input field would stop at the first wrong one).
 */
const submitFeedbackSchema = z.object({
  type: z.enum(FEEDBACK_TYPES),
  subject: z.enum(FEEDBACK_SUBJECTS),
  text: submittedText,
  anonymous: z.boolean().nullish(),
  contactName: optionalContact(feedbackContact.contactName),
  contactEmail: optionalContact(feedbackContact.contactEmail),
  contactPhone: optionalContact(feedbackContact.contactPhone),
});

const SubmitFeedbackInput = builder.inputType('SubmitFeedbackInput', {
  description: 'Feedback from the web form "Tyck till" ("lämna synpunkter och klagomål").',
  validate: submitFeedbackSchema,
  fields: (t) => ({
    type: t.field({ type: FeedbackTypeEnum, required: true, description: 'Complaint, suggestion, praise or question ("typ").' }),
    subject: t.field({ type: FeedbackSubjectEnum, required: true, description: 'What it concerns ("vad gäller det").' }),
    text: t.string({
      required: true,
      description: `What the sender wants to say ("din synpunkt"): 1 to ${FEEDBACK_TEXT_MAX_LENGTH} characters after trimming.`,
    }),
    anonymous: t.boolean({
      description: 'Send anonymously ("anonymt"): the sender is not linked and contact details are not kept. Default false.',
    }),
    contactName: t.string({ description: `Name to answer to ("namn"), optional, at most ${FEEDBACK_CONTACT_MAX_LENGTH} characters.` }),
    contactEmail: t.string({ description: 'E-mail address to answer to ("e-post"), optional.' }),
    contactPhone: t.string({ description: 'Phone number to answer to ("telefon"), optional: digits, spaces, + and -, 6 to 20 characters.' }),
  }),
});

builder.mutationField('submitFeedback', (t) =>
  t.field({
    type: FeedbackRef,
    description: 'Sends feedback ("lämna en synpunkt eller ett klagomål"), anonymously or signed in. Returns it with its reference number.',
    authScopes: { public: true },
    errors: {
      union: { description: 'The feedback as registered, or what to correct in the form.' },
      result: { description: 'The feedback was received and registered ("diarieförd").' },
      dataField: { description: 'The registered feedback, with its reference number.' },
    },
    args: { input: t.arg({ type: SubmitFeedbackInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const subject = rateLimitSubject(context);
      if (subject) await enforceRateLimit(context, feedbackRateLimit(), subject, 'error.rateLimited.feedback');
      const sender = decideSender(context.actor, {
        anonymous: input.anonymous ?? false,
        contactName: input.contactName ?? null,
        contactEmail: input.contactEmail ?? null,
        contactPhone: input.contactPhone ?? null,
      });
      const receivedAt = new Date();
      const serial = await nextReferenceSerial(context.em);
      const feedback = context.em.create(Feedback, {
        referenceNumber: formatReferenceNumber(yearInStockholm(receivedAt), serial),
        type: input.type,
        subject: input.subject,
        text: input.text,
        ...sender,
        channel: 'WEB',
        source: 'OTHER_UNKNOWN',
        unit: null,
        receivedAt,
      });
      await context.em.flush();
      markSentInThisRequest(context, feedback.id);
      context.log.info({ feedbackId: feedback.id, type: feedback.type }, 'feedback received');
      return feedback;
    },
  }),
);
