import { definePage, isUuid, pageArgs, toPage, type RequestContext } from '@omsorg/platform';
import { mayListFeedback, mayReadFeedback, mayReadSenderContact } from '../domain/access.ts';
import { FEEDBACK_SUBJECTS, FEEDBACK_TYPES, type FeedbackSubject, type FeedbackType } from '../domain/categories.ts';
import { Feedback } from '../entities/feedback.ts';
import { logFeedbackReads, wasSentInThisRequest } from '../queries/feedback-reads.ts';
import { builder } from './builder.ts';

const TYPE_TERMS: Record<FeedbackType, string> = {
  COMPLAINT: 'A complaint ("klagomål").',
  SUGGESTION: 'A suggestion or opinion ("synpunkt/förslag").',
  PRAISE: 'Praise ("beröm").',
  QUESTION: 'A question or an idea ("fråga/idé").',
};

const SUBJECT_TERMS: Record<FeedbackSubject, string> = {
  OTHER: 'Something else ("annat").',
  STAFFING: 'Staffing ("bemanning").',
  TREATMENT: 'How the sender was treated ("bemötande").',
  DECISION: 'A decision ("beslut").',
  INFORMATION: 'Shortcomings in information ("brister i information").',
  ROUTINES: 'Shortcomings in routines or in how care was carried out ("brister i rutiner/utförande").',
  QUESTION_IDEA: 'A question or an idea ("fråga/idé").',
  PHYSICAL_ENVIRONMENT: 'The physical environment ("fysisk miljö").',
  PERSONAL_DATA: 'The handling of personal data ("hantering av personuppgifter").',
  COMPETENCE: 'Competence ("kompetens").',
  TECHNOLOGY: 'Technology and IT ("teknik/IT").',
  ACCESSIBILITY: 'Accessibility ("tillgänglighet").',
  MISSED_OR_DELAYED_SERVICE: 'A care service that did not happen or came late ("utebliven/försenad insats").',
};

/** Enum values with the Swedish term of each in its description. */
function describedValues<T extends string>(values: readonly T[], terms: Record<T, string>) {
  return Object.fromEntries(values.map((value) => [value, { description: terms[value] }])) as { [K in T]: { description: string } };
}

export const FeedbackTypeEnum = builder.enumType('FeedbackType', {
  description: 'The kind of feedback ("typ av synpunkt").',
  values: describedValues(FEEDBACK_TYPES, TYPE_TERMS),
});

export const FeedbackSubjectEnum = builder.enumType('FeedbackSubject', {
  description: 'What the feedback concerns ("vad synpunkten gäller").',
  values: describedValues(FEEDBACK_SUBJECTS, SUBJECT_TERMS),
});

const facts = (feedback: Feedback, context: RequestContext) => ({ sentInThisRequest: wasSentInThisRequest(context, feedback.id) });

export const FeedbackRef = builder.objectRef<Feedback>('Feedback').implement({
  description: 'A complaint, suggestion, praise or question ("synpunkt eller klagomål") about elderly care. For the quality council and managers; the sender sees what they have just sent.',
  authScopes: (feedback, context) => mayReadFeedback(context.actor, facts(feedback, context)),
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Internal identifier; show people the reference number instead.' }),
    referenceNumber: t.exposeString('referenceNumber', {
      description: 'The number the sender quotes when getting in touch ("diarienummer"), e.g. SYN-2026-000123.',
    }),
    type: t.field({ type: FeedbackTypeEnum, description: 'Complaint, suggestion, praise or question ("typ").', resolve: (feedback) => feedback.type }),
    subject: t.field({ type: FeedbackSubjectEnum, description: 'What it concerns ("vad synpunkten gäller").', resolve: (feedback) => feedback.subject }),
    text: t.exposeString('text', { description: 'What the sender wrote ("synpunkten"), trimmed.' }),
    anonymous: t.exposeBoolean('anonymous', {
      description: 'The sender chose to be anonymous ("anonym"): no person and no contact details are kept.',
    }),
    receivedAt: t.string({
      description: 'When it was received ("inkom"), as an ISO 8601 timestamp.',
      resolve: (feedback) => feedback.receivedAt.toISOString(),
    }),
    contactName: t.exposeString('contactName', {
      nullable: true,
      description: 'Name to answer to ("namn"), if given.',
      authScopes: (feedback, _args, context) => mayReadSenderContact(context.actor, facts(feedback, context)),
    }),
    contactEmail: t.exposeString('contactEmail', {
      nullable: true,
      description: 'E-mail address to answer to ("e-post"), if given.',
      authScopes: (feedback, _args, context) => mayReadSenderContact(context.actor, facts(feedback, context)),
    }),
    contactPhone: t.exposeString('contactPhone', {
      nullable: true,
      description: 'Phone number to answer to ("telefon"), if given.',
      authScopes: (feedback, _args, context) => mayReadSenderContact(context.actor, facts(feedback, context)),
    }),
  }),
});

const FeedbackPage = definePage(builder, 'Feedback', FeedbackRef);

builder.queryField('feedbackList', (t) =>
  t.field({
    type: FeedbackPage,
    description: 'Received feedback ("inkomna synpunkter och klagomål"), newest first, for the quality council and managers. Reads of feedback from signed-in citizens are logged where they see them.',
    authScopes: (_root, _args, context) => mayListFeedback(context.actor),
    args: pageArgs(t.arg),
    resolve: async (_root, args, context) => {
      const [nodes, totalCount] = await context.em.findAndCount(
        Feedback,
        {},
        { orderBy: { receivedAt: 'desc', referenceNumber: 'desc' }, limit: args.limit, offset: args.offset },
      );
      await logFeedbackReads(context, nodes);
      return toPage(nodes, totalCount, args);
    },
  }),
);

builder.queryField('feedback', (t) =>
  t.field({
    type: FeedbackRef,
    nullable: true,
    description: 'One received feedback by id, for the quality council and managers; null when there is none. Logged like the list.',
    authScopes: (_root, _args, context) => mayListFeedback(context.actor),
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, context) => {
      if (!isUuid(String(id))) return null;
      const feedback = await context.em.findOne(Feedback, { id: String(id) });
      if (feedback) await logFeedbackReads(context, [feedback]);
      return feedback;
    },
  }),
);
