import { definePage, enforceRateLimit, NotFoundFailure, pageArgs, personScope, rateLimitSubject, SHORT_TEXT_MAX_LENGTH, text, toPage } from '@omsorg/platform';
import { clockInStockholm } from '@omsorg/rules';
import { feedbackReferenceNumber } from '@omsorg/rules/feedback';
import { mayListOwnFeedback, mayReadOwnFeedback } from '../domain/access.ts';
import { FeedbackAnswer } from '../entities/feedback-answer.ts';
import { Feedback } from '../entities/feedback.ts';
import { feedbackStatusRateLimit } from '../rate-limits.ts';
import { builder } from './builder.ts';
import { FeedbackAnswerRef } from './replies.ts';
import { FeedbackStatusEnum, FeedbackSubjectEnum, FeedbackTargetEnum, FeedbackTypeEnum } from './feedback.ts';

/*
 * The sender's side after sending: the status by reference number (anyone who has it) and,
 * signed in, "Mina synpunkter" with the answers sent. Neither shows anything of the sender's
 * details or of the handling beyond the status.
 */

/** What anyone with the reference number may know: never the text or anything personal. */
type Progress = Pick<Feedback, 'referenceNumber' | 'type' | 'receivedAt' | 'status' | 'answeredAt'>;

const FeedbackProgressRef = builder.objectRef<Progress>('FeedbackProgress').implement({
  description: 'Where a feedback item is, for anyone with its reference number ("status för din synpunkt"): the kind, when it came, its status and whether an answer was sent.',
  fields: (t) => ({
    referenceNumber: t.exposeString('referenceNumber', { description: 'The reference number, as registered.' }),
    type: t.field({ type: FeedbackTypeEnum, resolve: (feedback) => feedback.type }),
    receivedOn: t.string({ description: 'The day it was received, in Stockholm ("YYYY-MM-DD").', resolve: (feedback) => clockInStockholm(feedback.receivedAt).day }),
    status: t.field({ type: FeedbackStatusEnum, resolve: (feedback) => feedback.status }),
    answered: t.boolean({ description: 'An answer has been sent to the sender.', resolve: (feedback) => feedback.answeredAt !== null }),
  }),
});

/** "SYN-2026-000042" as typed: spaces around and lower case are fine. */
const referenceArg = text({ max: SHORT_TEXT_MAX_LENGTH }).pipe(feedbackReferenceNumber());

builder.queryField('feedbackStatus', (t) =>
  t.field({
    type: FeedbackProgressRef,
    description:
      'The status of feedback by its reference number, for anyone who has it; rate-limited per client. An unknown number and a wrong one answer the same NotFoundError. Errors: NotFoundError, RateLimitError, ValidationError.',
    authScopes: { public: true },
    errors: {},
    args: { referenceNumber: t.arg.string({ required: true, validate: referenceArg, description: 'The reference number from the receipt, e.g. SYN-2026-000042.' }) },
    resolve: async (_root, { referenceNumber }, context) => {
      const subject = rateLimitSubject(context);
      if (subject) await enforceRateLimit(context, feedbackStatusRateLimit(), subject, 'error.rateLimited.feedbackStatus');
      const feedback = await context.em.findOne(Feedback, { referenceNumber }, { fields: ['referenceNumber', 'type', 'receivedAt', 'status', 'answeredAt'] });
      if (!feedback) throw new NotFoundFailure(context.t('error.feedback.referenceUnknown'));
      return feedback;
    },
  }),
);

type OwnFeedback = { feedback: Feedback; answers: FeedbackAnswer[] };

const OwnFeedbackRef = builder.objectRef<OwnFeedback>('MyFeedbackItem').implement({
  description: 'Feedback the signed-in citizen sent, or that concerns a person they represent, with its status and the answers sent.',
  fields: (t) => ({
    id: t.id({ resolve: ({ feedback }) => feedback.id }),
    referenceNumber: t.string({ resolve: ({ feedback }) => feedback.referenceNumber }),
    type: t.field({ type: FeedbackTypeEnum, resolve: ({ feedback }) => feedback.type }),
    subject: t.field({ type: FeedbackSubjectEnum, resolve: ({ feedback }) => feedback.subject }),
    target: t.field({ type: FeedbackTargetEnum, resolve: ({ feedback }) => feedback.target }),
    targetName: t.string({ nullable: true, resolve: ({ feedback }) => feedback.targetName ?? null }),
    text: t.string({ description: 'What was written (empty once removed after the retention period).', resolve: ({ feedback }) => feedback.text }),
    receivedAt: t.string({ description: 'ISO 8601 timestamp.', resolve: ({ feedback }) => feedback.receivedAt.toISOString() }),
    status: t.field({ type: FeedbackStatusEnum, resolve: ({ feedback }) => feedback.status }),
    concernsPersonId: t.id({ nullable: true, description: 'The represented person it concerns; null when about the sender.', resolve: ({ feedback }) => feedback.concernsPersonId ?? null }),
    sentByPersonId: t.id({
      nullable: true,
      description: 'The signed-in sender: the reader or a person they represent (the policy lets nobody else read it).',
      resolve: ({ feedback }) => feedback.personId ?? null,
    }),
    sentByMe: t.boolean({ description: 'The reader sent it themself.', resolve: ({ feedback }, _args, context) => context.actor.kind === 'person' && feedback.personId === context.actor.personId }),
    answers: t.field({ type: [FeedbackAnswerRef], description: 'The answers sent to the sender, oldest first.', resolve: ({ answers }) => answers }),
  }),
});

const OwnFeedbackPage = definePage(builder, 'MyFeedbackItem', OwnFeedbackRef);

builder.queryField('myFeedback', (t) =>
  t.field({
    type: OwnFeedbackPage,
    description: '"Mina synpunkter": what the signed-in citizen sent, and what concerns the persons they represent now, newest first, each with the answers sent.',
    authScopes: (_root, _args, context) => mayListOwnFeedback(context.actor),
    args: pageArgs(t.arg),
    resolve: async (_root, args, context) => {
      const { actor } = context;
      if (actor.kind !== 'person') return toPage([], 0, args);
      const where = { $or: [{ personId: { $in: personScope(actor) } }, ...(actor.actingFor.length ? [{ concernsPersonId: { $in: actor.actingFor } }] : [])] };
      const [found, totalCount] = await context.em.findAndCount(Feedback, where, { orderBy: { receivedAt: 'desc', referenceNumber: 'desc' }, limit: args.limit, offset: args.offset });
      // The query is the policy; the policy is asked again for each item.
      const nodes = found.filter((feedback) => mayReadOwnFeedback(actor, { personId: feedback.personId ?? null, concernsPersonId: feedback.concernsPersonId ?? null }));
      const answers = nodes.length ? await context.em.find(FeedbackAnswer, { feedback: { $in: nodes.map((feedback) => feedback.id) } }, { orderBy: { sentAt: 'asc', id: 'asc' } }) : [];
      return toPage(
        nodes.map((feedback) => ({ feedback, answers: answers.filter((answer) => answer.feedback.id === feedback.id) })),
        totalCount,
        args,
      );
    },
  }),
);
