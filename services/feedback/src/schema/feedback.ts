import type { RequestContext } from '@omsorg/platform';
import { maskSensitiveDetails } from '@omsorg/rules/feedback';
import { mayReadFeedback, mayReadSenderContact } from '../domain/access.ts';
import {
  ANSWER_CHANNELS,
  FEEDBACK_CHANNELS,
  FEEDBACK_SOURCES,
  FEEDBACK_STATUSES,
  FEEDBACK_SUBJECTS,
  FEEDBACK_TARGETS,
  FEEDBACK_TYPES,
  SENDER_GENDERS,
  type AnswerChannel,
  type FeedbackChannel,
  type FeedbackSource,
  type FeedbackStatus,
  type FeedbackSubject,
  type FeedbackTarget,
  type FeedbackType,
  type SenderGender,
} from '../domain/categories.ts';
import { Feedback } from '../entities/feedback.ts';
import { wasHandledInThisRequest } from '../handling/item-store.ts';
import { wasSentInThisRequest } from '../queries/feedback-reads.ts';
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

const STATUS_TERMS: Record<FeedbackStatus, string> = {
  RECEIVED: 'Received, nobody has handled it yet ("inkommen").',
  IN_PROGRESS: 'Being handled ("under handläggning").',
  CLOSED: 'Closed ("avslutad").',
};

const CHANNEL_TERMS: Record<FeedbackChannel, string> = {
  WEB: 'The web form "Tyck till" ("webb").',
  PHONE: 'A phone call ("telefon").',
  LETTER: 'A letter ("brev").',
  POSTCARD: 'A prepaid postcard ("vykort").',
  IN_PERSON: 'In person ("personligen").',
};

const TARGET_TERMS: Record<FeedbackTarget, string> = {
  UNIT: 'The unit itself, its caseworkers and elderly care ("Biståndsenheten/äldreomsorgen").',
  HOME_CARE_PROVIDER: 'A home-care provider ("hemtjänstutförare").',
  NURSING_HOME: 'A nursing home ("vård- och omsorgsboende").',
  TRANSPORT: 'Transport: färdtjänst or scheduled trips ("färdtjänst/turbundna resor").',
  REGION: 'The region ("regionen").',
};

const SOURCE_TERMS: Record<FeedbackSource, string> = {
  USER: 'The user or patient ("brukare/patient").',
  RELATIVE: 'A relative, guardian or trustee ("närstående").',
  STAFF: 'Staff or the organisation ("medarbetare/verksamhet").',
  PATIENT_BOARD: 'The patients\' advisory committee ("patientnämnden").',
  PARTNER: 'A partner organisation ("samverkanspart").',
  OTHER_UNKNOWN: 'Someone else or unknown ("annan/okänd").',
};

const GENDER_TERMS: Record<SenderGender, string> = {
  WOMAN: 'A woman ("kvinna").',
  MAN: 'A man ("man").',
  UNKNOWN: 'Not known ("okänt").',
};

const ANSWER_TERMS: Record<AnswerChannel, string> = {
  NONE: 'Does not want an answer ("inget svar").',
  LETTER: 'By letter ("brev").',
  EMAIL: 'By e-mail ("e-post").',
  PHONE: 'By phone ("telefon").',
};

export const FeedbackStatusEnum = builder.enumType('FeedbackStatus', { description: 'Where an item is in its handling ("status").', values: describedValues(FEEDBACK_STATUSES, STATUS_TERMS) });
export const FeedbackChannelEnum = builder.enumType('FeedbackChannel', { description: 'How it arrived ("kanal").', values: describedValues(FEEDBACK_CHANNELS, CHANNEL_TERMS) });
export const FeedbackTargetEnum = builder.enumType('FeedbackTarget', { description: 'Whom it is about ("riktat mot").', values: describedValues(FEEDBACK_TARGETS, TARGET_TERMS) });
export const FeedbackSourceEnum = builder.enumType('FeedbackSource', { description: 'Who the sender is ("källa").', values: describedValues(FEEDBACK_SOURCES, SOURCE_TERMS) });
export const SenderGenderEnum = builder.enumType('SenderGender', { description: 'The sender\'s gender where known ("kön"); the statistics split by it.', values: describedValues(SENDER_GENDERS, GENDER_TERMS) });
export const AnswerChannelEnum = builder.enumType('AnswerChannel', { description: 'How the sender wants to be answered ("svar önskas via").', values: describedValues(ANSWER_CHANNELS, ANSWER_TERMS) });

export const facts = (feedback: Feedback, context: RequestContext) => ({
  sentInThisRequest: wasSentInThisRequest(context, feedback.id) || wasHandledInThisRequest(context, feedback.id),
  unit: feedback.unit ?? null,
  handlerId: feedback.handlerId ?? null,
});

export const FeedbackRef = builder.objectRef<Feedback>('Feedback').implement({
  description:
    'A complaint, suggestion, praise or question ("synpunkt eller klagomål") about elderly care. For the quality council and managers of its unit (of any unit while it has none) and its assigned handler; the sender sees what they have just sent.',
  authScopes: (feedback, context) => mayReadFeedback(context.actor, facts(feedback, context)),
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Internal identifier; show people the reference number instead.' }),
    referenceNumber: t.exposeString('referenceNumber', {
      description: 'The number the sender quotes when getting in touch ("diarienummer"), e.g. SYN-2026-000123.',
    }),
    type: t.field({ type: FeedbackTypeEnum, description: 'Complaint, suggestion, praise or question ("typ").', resolve: (feedback) => feedback.type }),
    subject: t.field({ type: FeedbackSubjectEnum, description: 'What it concerns ("vad synpunkten gäller").', resolve: (feedback) => feedback.subject }),
    text: t.string({
      description:
        'What the sender wrote ("synpunkten"), trimmed, with personnummer and other sensitive details masked for staff (feedbackText(id) reveals them to those who may). The sender\'s own receipt shows it as written.',
      resolve: (feedback, _args, context) => (wasSentInThisRequest(context, feedback.id) ? feedback.text : maskSensitiveDetails(feedback.text)),
    }),
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
