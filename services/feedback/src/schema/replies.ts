import { idSchema, isUuid, text, GLOBAL_TEXT_MAX_LENGTH, type RequestContext } from '@omsorg/platform';
import { answerText, forwardQuestion, forwardRecipient, FORWARD_RECIPIENT_MAX_LENGTH, providerAnswerText } from '@omsorg/rules/feedback';
import { z } from 'zod';
import { ANSWER_TEMPLATES, fillAnswerTemplate } from '../domain/answer-templates.ts';
import { mayHandleFeedback, mayListFeedback } from '../domain/access.ts';
import { ANSWER_SENT_BY, FeedbackAnswer } from '../entities/feedback-answer.ts';
import { FeedbackForward } from '../entities/feedback-forward.ts';
import { Feedback } from '../entities/feedback.ts';
import { logFeedbackReads } from '../queries/feedback-reads.ts';
import { answerFeedback, answerRefusal } from '../replies/answer.ts';
import { forwardFeedback, recordProviderAnswer } from '../replies/forward.ts';
import { answerLetterPath } from '../replies/http.ts';
import { builder } from './builder.ts';
import { FeedbackTypeEnum } from './feedback.ts';

/** An item with its forwards and answers: what the staff's reply panels show. */
type RepliesView = { feedback: Feedback; forwards: FeedbackForward[]; answers: FeedbackAnswer[] };

export const AnswerSentByEnum = builder.enumType('FeedbackAnswerSentBy', {
  description: 'How the sender was answered ("återkoppling via").',
  values: { LETTER: { description: 'A letter by post ("brev"): a PDF to print.' }, EMAIL: { description: 'An e-mail ("e-post").' }, PHONE: { description: 'By phone ("telefon"): what was said.' } },
});
const ProviderAnswerViaEnum = builder.enumType('ProviderAnswerVia', {
  description: 'How a provider\'s answer came.',
  values: { LINK: { description: 'Through the link in the forward\'s mail.' }, STAFF: { description: 'By phone or letter, recorded by staff.' } },
});
const AnswerTemplateEnum = builder.enumType('FeedbackAnswerTemplate', {
  description: 'A template for the answer to the sender.',
  values: {
    COMPLAINT_HANDLED: { description: 'A complaint was looked into ("klagomål utrett").' },
    PRAISE_THANKS: { description: 'Thanks for praise ("tack för beröm").' },
    SUGGESTION_RECEIVED: { description: 'A suggestion was received ("förslag mottaget").' },
    AFTER_PROVIDER_ANSWER: { description: 'What the provider answered ("efter utförarens svar").' },
  },
});

const iso = (date: Date | null | undefined) => date?.toISOString() ?? null;

const FeedbackForwardRef = builder.objectRef<FeedbackForward>('FeedbackForward').implement({
  description: 'The item forwarded to a provider or another organisation ("vidarebefordran"), and its answer.',
  fields: (t) => ({
    id: t.exposeID('id'),
    providerId: t.exposeID('providerId', { nullable: true, description: 'The provider (applications\' Provider) when chosen from the list.' }),
    recipientName: t.exposeString('recipientName'),
    recipientEmail: t.exposeString('recipientEmail', { nullable: true, description: 'Where the link was mailed; null when sent without a link.' }),
    question: t.exposeString('question', { description: 'What the recipient was asked.' }),
    sentAt: t.string({ description: 'ISO 8601.', resolve: (forward) => forward.sentAt.toISOString() }),
    linkExpiresAt: t.string({ nullable: true, description: 'Until when the link opens the answer page (ISO 8601).', resolve: (forward) => iso(forward.linkExpiresAt) }),
    answer: t.exposeString('answer', { nullable: true }),
    answeredAt: t.string({ nullable: true, description: 'ISO 8601.', resolve: (forward) => iso(forward.answeredAt) }),
    answeredVia: t.field({ type: ProviderAnswerViaEnum, nullable: true, resolve: (forward) => forward.answeredVia ?? null }),
  }),
});

/** An answer to the sender, as staff and the signed-in sender both read it ("Mina synpunkter"). */
export const FeedbackAnswerRef = builder.objectRef<FeedbackAnswer>('FeedbackAnswerToSender').implement({
  description: 'An answer to the sender ("återkoppling"), as sent: how, when and what it said.',
  fields: (t) => ({
    id: t.exposeID('id'),
    sentBy: t.field({ type: AnswerSentByEnum, resolve: (answer) => answer.sentBy }),
    text: t.exposeString('text'),
    sentAt: t.string({ description: 'ISO 8601.', resolve: (answer) => answer.sentAt.toISOString() }),
    letterUrl: t.string({
      nullable: true,
      description: 'The letter as a PDF (LETTER only; for staff, who print it): a path on the portal\'s origin. Null for the sender, who got it by post.',
      resolve: (answer, _args, context) => (answer.sentBy === 'LETTER' && mayListFeedback(context.actor) ? answerLetterPath(answer.id) : null),
    }),
  }),
});

const AnswerDraftRef = builder.objectRef<{ template: (typeof ANSWER_TEMPLATES)[number]; text: string }>('FeedbackAnswerDraft').implement({
  description: 'A template filled in for this item: the text to edit before sending.',
  fields: (t) => ({ template: t.field({ type: AnswerTemplateEnum, resolve: (draft) => draft.template }), text: t.exposeString('text') }),
});

const FeedbackRepliesRef = builder.objectRef<RepliesView>('FeedbackReplies').implement({
  description: 'An item\'s forwards and answers to the sender, with what the reply panels need. For those who may handle the item.',
  fields: (t) => ({
    feedbackId: t.id({ resolve: (view) => view.feedback.id }),
    referenceNumber: t.string({ resolve: (view) => view.feedback.referenceNumber }),
    version: t.int({ description: 'The item\'s version: pass it to the handling mutations.', resolve: (view) => view.feedback.version }),
    type: t.field({ type: FeedbackTypeEnum, resolve: (view) => view.feedback.type }),
    answerBy: t.string({ description: 'How the sender wants to be answered: NONE, LETTER, EMAIL or PHONE.', resolve: (view) => view.feedback.answerBy }),
    contactName: t.string({ nullable: true, resolve: (view) => view.feedback.contactName }),
    contactEmail: t.string({ nullable: true, resolve: (view) => view.feedback.contactEmail }),
    contactPhone: t.string({ nullable: true, resolve: (view) => view.feedback.contactPhone }),
    contactAddress: t.string({ nullable: true, resolve: (view) => view.feedback.contactAddress }),
    unanswerable: t.string({
      nullable: true,
      description: 'Why the sender cannot be answered at all (anonymous, no contact), in the reader\'s language; null when they can.',
      resolve: (view, _args, context) => (answerRefusal(view.feedback, 'PHONE') === 'feedback.replies.noContact' ? context.t('feedback.replies.noContact') : null),
    }),
    forwards: t.field({ type: [FeedbackForwardRef], description: 'Oldest first (at most 20 per item).', resolve: (view) => view.forwards }),
    answers: t.field({ type: [FeedbackAnswerRef], description: 'Oldest first (at most 20 per item).', resolve: (view) => view.answers }),
    drafts: t.field({
      type: [AnswerDraftRef],
      description: 'Every template, filled in with the reference number, the dates, the name and the latest provider answer.',
      resolve: (view) => {
        const answered = [...view.forwards].reverse().find((forward) => forward.answer);
        const facts = {
          referenceNumber: view.feedback.referenceNumber,
          receivedAt: view.feedback.receivedAt,
          contactName: view.feedback.contactName,
          unit: view.feedback.unit,
          providerName: answered?.recipientName ?? null,
          providerAnswer: answered?.answer ?? null,
        };
        return ANSWER_TEMPLATES.map((template) => ({ template, text: fillAnswerTemplate(template, facts) }));
      },
    }),
  }),
});

/** Loads the view after the access check; null when there is none or it is not the reader's to handle. */
async function repliesView(context: RequestContext, feedbackId: string): Promise<RepliesView | null> {
  if (!isUuid(feedbackId)) return null;
  const em = context.em.fork();
  const feedback = await em.findOne(Feedback, { id: feedbackId });
  if (!feedback || !mayHandleFeedback(context.actor, feedback)) return null;
  const [forwards, answers] = await Promise.all([
    em.find(FeedbackForward, { feedback: feedback.id }, { orderBy: { sentAt: 'asc', id: 'asc' } }),
    em.find(FeedbackAnswer, { feedback: feedback.id }, { orderBy: { sentAt: 'asc', id: 'asc' } }),
  ]);
  await logFeedbackReads(context, [feedback]);
  return { feedback, forwards, answers };
}

async function repliesAfterChange(context: RequestContext, feedbackId: string): Promise<RepliesView> {
  const view = await repliesView(context, feedbackId);
  if (!view) throw new Error('the item was handled but cannot be read');
  return view;
}

builder.queryField('feedbackReplies', (t) =>
  t.field({
    type: FeedbackRepliesRef,
    nullable: true,
    description: 'An item\'s forwards and answers to the sender, with the answer templates filled in; null when there is none or you may not handle it. Reads of a signed sender\'s item are logged.',
    authScopes: (_root, _args, context) => mayListFeedback(context.actor),
    args: { feedbackId: t.arg.id({ required: true }) },
    resolve: (_root, { feedbackId }, context) => repliesView(context, String(feedbackId)),
  }),
);

const versioned = { feedbackId: idSchema, version: z.number().int().min(0) };

const ForwardFeedbackInput = builder.inputType('ForwardFeedbackInput', {
  validate: z.object({
    ...versioned,
    providerId: idSchema.nullish(),
    recipientName: text({ max: GLOBAL_TEXT_MAX_LENGTH }).pipe(forwardRecipient.recipientName),
    recipientEmail: text({ max: GLOBAL_TEXT_MAX_LENGTH }).pipe(forwardRecipient.recipientEmail).nullish(),
    question: text({ max: GLOBAL_TEXT_MAX_LENGTH, multiline: true }).pipe(forwardQuestion()),
  }),
  fields: (t) => ({
    feedbackId: t.id({ required: true }),
    version: t.int({ required: true, description: 'The item\'s version as the page showed it.' }),
    providerId: t.id({ description: 'The provider chosen from applications\' providers, if any.' }),
    recipientName: t.string({ required: true, description: `The organisation ("mottagare"), at most ${FORWARD_RECIPIENT_MAX_LENGTH} characters.` }),
    recipientEmail: t.string({ description: 'Where the link is mailed; without one, staff record the answer.' }),
    question: t.string({ required: true, description: 'What the recipient is asked ("vad vill ni veta"), at most 4,000 characters.' }),
  }),
});

const RecordProviderAnswerInput = builder.inputType('RecordProviderAnswerInput', {
  validate: z.object({ ...versioned, forwardId: idSchema, answer: text({ max: GLOBAL_TEXT_MAX_LENGTH, multiline: true }).pipe(providerAnswerText()) }),
  fields: (t) => ({
    feedbackId: t.id({ required: true }),
    version: t.int({ required: true }),
    forwardId: t.id({ required: true }),
    answer: t.string({ required: true, description: 'What the provider answered by phone or letter, at most 4,000 characters.' }),
  }),
});

const AnswerFeedbackInput = builder.inputType('AnswerFeedbackInput', {
  validate: z.object({ ...versioned, sentBy: z.enum(ANSWER_SENT_BY), text: text({ max: GLOBAL_TEXT_MAX_LENGTH, multiline: true }).pipe(answerText()) }),
  fields: (t) => ({
    feedbackId: t.id({ required: true }),
    version: t.int({ required: true }),
    sentBy: t.field({ type: AnswerSentByEnum, required: true }),
    text: t.string({ required: true, description: 'The answer as sent (a letter, an e-mail, or what was said), at most 8,000 characters.' }),
  }),
});

builder.mutationFields((t) => ({
  forwardFeedback: t.field({
    type: FeedbackRepliesRef,
    description: 'Forwards the item to a provider or organisation ("vidarebefordra"); with an e-mail address a link to answer is mailed. Event FORWARDED.',
    authScopes: (_root, _args, context) => mayListFeedback(context.actor),
    errors: {},
    args: { input: t.arg({ type: ForwardFeedbackInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      await forwardFeedback(context, {
        feedbackId: String(input.feedbackId),
        version: input.version,
        providerId: input.providerId ? String(input.providerId) : null,
        recipientName: input.recipientName,
        recipientEmail: input.recipientEmail || null,
        question: input.question,
      });
      return repliesAfterChange(context, String(input.feedbackId));
    },
  }),
  recordProviderAnswer: t.field({
    type: FeedbackRepliesRef,
    description: 'Records a provider\'s answer that came by phone or letter. Event PROVIDER_ANSWERED.',
    authScopes: (_root, _args, context) => mayListFeedback(context.actor),
    errors: {},
    args: { input: t.arg({ type: RecordProviderAnswerInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      await recordProviderAnswer(context, { feedbackId: String(input.feedbackId), version: input.version, forwardId: String(input.forwardId), answer: input.answer });
      return repliesAfterChange(context, String(input.feedbackId));
    },
  }),
  answerFeedback: t.field({
    type: FeedbackRepliesRef,
    description: 'Answers the sender ("återkoppling") by letter (a PDF to download), e-mail (queued) or phone (recorded). Event ANSWERED; answeredAt the first time.',
    authScopes: (_root, _args, context) => mayListFeedback(context.actor),
    errors: {},
    args: { input: t.arg({ type: AnswerFeedbackInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      await answerFeedback(context, { feedbackId: String(input.feedbackId), version: input.version, sentBy: input.sentBy, text: input.text });
      return repliesAfterChange(context, String(input.feedbackId));
    },
  }),
}));
