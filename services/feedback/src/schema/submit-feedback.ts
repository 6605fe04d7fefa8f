import { enforceRateLimit, GLOBAL_TEXT_MAX_LENGTH, idSchema, rateLimitSubject, text, ValidationFailure } from '@omsorg/platform';
import {
  answerContactIssues,
  FEEDBACK_ADDRESS_MAX_LENGTH,
  FEEDBACK_CONTACT_MAX_LENGTH,
  FEEDBACK_TARGET_NAME_MAX_LENGTH,
  FEEDBACK_TEXT_MAX_LENGTH,
  feedbackContact,
  feedbackContactAddress,
  feedbackTargetName,
  feedbackText,
  hasSensitiveDetails,
} from '@omsorg/rules/feedback';
import { z } from 'zod';
import { mayGiveFeedbackAbout } from '../domain/access.ts';
import { ANSWER_CHANNELS, FEEDBACK_SUBJECTS, FEEDBACK_TARGETS, FEEDBACK_TYPES } from '../domain/categories.ts';
import { blankToNull } from '../domain/contact.ts';
import { formatReferenceNumber, yearInStockholm } from '../domain/reference-number.ts';
import { decideSender } from '../domain/sender.ts';
import { FeedbackEvent } from '../entities/feedback-event.ts';
import { Feedback } from '../entities/feedback.ts';
import { markSentInThisRequest } from '../queries/feedback-reads.ts';
import { nextReferenceSerial } from '../queries/reference-serial.ts';
import { feedbackRateLimit } from '../rate-limits.ts';
import { builder } from './builder.ts';
import { AnswerChannelEnum, FeedbackRef, FeedbackSubjectEnum, FeedbackTargetEnum, FeedbackTypeEnum } from './feedback.ts';

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

/** An optional one-line or multi-line answer checked by the shared `rule`; blank means not given (null). */
function optionalText(rule: z.ZodType<string, string>, tooLong: string, multiline = false) {
  return text({ max: GLOBAL_TEXT_MAX_LENGTH, multiline, tooLong }).pipe(rule).transform(blankToNull).nullish();
}

/**
 * The whole form is checked at once, so the error summary lists every field to correct (a
 * check per input field would stop at the first wrong one). How to be answered needs where to
 * (the shared rule), unless the sender is anonymous: then nothing of it is kept.
 */
const submitFeedbackSchema = z
  .object({
    type: z.enum(FEEDBACK_TYPES),
    subject: z.enum(FEEDBACK_SUBJECTS),
    target: z.enum(FEEDBACK_TARGETS).nullish(),
    targetName: optionalText(feedbackTargetName, 'validation.feedback.targetNameTooLong'),
    concernsPersonId: idSchema.nullish(),
    text: submittedText,
    anonymous: z.boolean().nullish(),
    contactName: optionalContact(feedbackContact.contactName),
    contactEmail: optionalContact(feedbackContact.contactEmail),
    contactPhone: optionalContact(feedbackContact.contactPhone),
    contactAddress: optionalText(feedbackContactAddress, 'validation.feedback.addressTooLong', true),
    answerBy: z.enum(ANSWER_CHANNELS).nullish(),
  })
  .superRefine((input, context) => {
    if (input.anonymous) return;
    for (const issue of answerContactIssues({ ...input, answerBy: input.answerBy ?? 'NONE' })) context.addIssue({ code: 'custom', path: [issue.field], message: issue.message });
  });

const SubmitFeedbackInput = builder.inputType('SubmitFeedbackInput', {
  description: 'Feedback from the web form "Tyck till" ("lämna synpunkter och klagomål").',
  validate: submitFeedbackSchema,
  fields: (t) => ({
    type: t.field({ type: FeedbackTypeEnum, required: true, description: 'Complaint, suggestion, praise or question ("typ").' }),
    subject: t.field({ type: FeedbackSubjectEnum, required: true, description: 'What it concerns ("vad gäller det").' }),
    target: t.field({ type: FeedbackTargetEnum, description: 'Whom it is about ("riktat mot"). Default UNIT.' }),
    targetName: t.string({ description: `The provider's or home's name, if the sender gives it; at most ${FEEDBACK_TARGET_NAME_MAX_LENGTH} characters.` }),
    concernsPersonId: t.id({
      description: 'Signed in: the person it concerns when the sender acts for someone they represent (one of mayActFor); left out when about themself. Ignored when anonymous.',
    }),
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
    contactAddress: t.string({ description: `Postal address for an answer by letter ("adress"), optional; at most ${FEEDBACK_ADDRESS_MAX_LENGTH} characters, line breaks allowed.` }),
    answerBy: t.field({
      type: AnswerChannelEnum,
      description: 'How the sender wants to be answered. LETTER needs contactAddress, EMAIL contactEmail, PHONE contactPhone. Default NONE; always NONE when anonymous.',
    }),
  }),
});

builder.mutationField('submitFeedback', (t) =>
  t.field({
    type: FeedbackRef,
    description: 'Sends feedback ("lämna en synpunkt eller ett klagomål"), anonymously or signed in (then about oneself or a person one represents). Registers it with a RECEIVED event. Returns it with its reference number. Rate-limited per sender.',
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
      const anonymous = input.anonymous ?? false;
      const concernsPersonId = input.concernsPersonId ?? null;
      if (!anonymous && concernsPersonId !== null && !mayGiveFeedbackAbout(context.actor, concernsPersonId)) {
        throw new ValidationFailure(context.t('validation.summary'), [{ field: 'concernsPersonId', message: context.t('error.feedback.notRepresented') }]);
      }
      const sender = decideSender(context.actor, {
        anonymous,
        concernsPersonId,
        contactName: input.contactName ?? null,
        contactEmail: input.contactEmail ?? null,
        contactPhone: input.contactPhone ?? null,
        contactAddress: input.contactAddress ?? null,
        answerBy: input.answerBy ?? 'NONE',
      });
      const receivedAt = new Date();
      const serial = await nextReferenceSerial(context.em);
      const feedback = context.em.create(Feedback, {
        referenceNumber: formatReferenceNumber(yearInStockholm(receivedAt), serial),
        type: input.type,
        subject: input.subject,
        target: input.target ?? 'UNIT',
        targetName: input.targetName ?? null,
        text: input.text,
        textHasSensitiveDetails: hasSensitiveDetails(input.text),
        ...sender,
        channel: 'WEB',
        source: 'OTHER_UNKNOWN',
        unit: null,
        receivedAt,
      });
      context.em.create(FeedbackEvent, { feedback, kind: 'RECEIVED', staffId: null, note: null, data: { channel: 'WEB' }, at: receivedAt });
      await context.em.flush();
      markSentInThisRequest(context, feedback.id);
      context.log.info({ feedbackId: feedback.id, type: feedback.type }, 'feedback received');
      return feedback;
    },
  }),
);
