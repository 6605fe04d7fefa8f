import { FEEDBACK_EVENT_KINDS, type FeedbackEventKind } from '../../domain/feedback-events.ts';
import { mayReadSenderContact, mayRevealFeedbackText } from '../../domain/access.ts';
import { FeedbackEvent } from '../../entities/feedback-event.ts';
import type { Feedback } from '../../entities/feedback.ts';
import { builder } from '../builder.ts';
import {
  AnswerChannelEnum,
  facts,
  FeedbackChannelEnum,
  FeedbackRef,
  FeedbackSourceEnum,
  FeedbackStatusEnum,
  FeedbackTargetEnum,
  SenderGenderEnum,
} from '../feedback.ts';
import { PersonRef, StaffMemberRef } from '../openings.ts';

const EVENT_TERMS: Record<FeedbackEventKind, string> = {
  RECEIVED: 'Received through the web form ("inkom").',
  REGISTERED: 'Registered by staff from a postcard, phone call, letter or visit ("registrerad").',
  CLASSIFIED: 'Classified: type, subject, source, target, unit ("klassificerad").',
  ASSIGNED: 'Assigned to a handler or a unit ("tilldelad").',
  LINKED_TO_CASE: 'Linked to a case ("kopplad till ärende").',
  INVESTIGATION_NOTE: 'A note from the investigation ("utredningsanteckning").',
  ACTION_RECORDED: 'An action taken ("åtgärd").',
  FORWARDED: 'Forwarded to a provider or organisation ("vidarebefordrad").',
  PROVIDER_ANSWERED: 'The provider answered ("utföraren svarade").',
  ANSWERED: 'The sender was answered ("återkoppling").',
  ESCALATED_LEX_SARAH: 'Escalated to a lex Sarah report ("lex Sarah").',
  ON_COUNCIL_AGENDA: 'On the quality council\'s agenda ("kvalitetsrådet").',
  CLOSED: 'Closed ("avslutad").',
  REOPENED: 'Reopened ("återöppnad").',
  PERSONAL_DATA_REMOVED: 'Personal data removed after the retention period ("gallrad").',
};

export const FeedbackEventKindEnum = builder.enumType('FeedbackEventKind', {
  description: 'A kind of step in a feedback item\'s handling ("händelse").',
  values: Object.fromEntries(FEEDBACK_EVENT_KINDS.map((kind) => [kind, { description: EVENT_TERMS[kind] }])) as { [K in FeedbackEventKind]: { description: string } },
});

const stringOf = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export const FeedbackEventRef = builder.objectRef<FeedbackEvent>('FeedbackEvent').implement({
  description: 'One step in a feedback item\'s handling, as its history shows it ("händelse"). Read with the item.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: FeedbackEventKindEnum, resolve: (event) => event.kind }),
    at: t.string({ description: 'ISO 8601 timestamp.', resolve: (event) => event.at.toISOString() }),
    staff: t.field({ type: StaffMemberRef, nullable: true, description: 'Who did it; null for the sender, a provider or a job.', resolve: (event) => (event.staffId ? { id: event.staffId } : null) }),
    note: t.string({ nullable: true, description: 'What staff wrote: the note, the action, the closing note.', resolve: (event) => event.note ?? null }),
    handler: t.field({
      type: StaffMemberRef,
      nullable: true,
      description: 'ASSIGNED: the handler it was assigned to.',
      resolve: (event) => {
        const id = stringOf(event.data?.handlerId);
        return id ? { id } : null;
      },
    }),
    unit: t.string({ nullable: true, description: 'ASSIGNED, CLASSIFIED: the unit it was given.', resolve: (event) => stringOf(event.data?.unit) }),
  }),
});

const instant = (value: Date | null | undefined): string | null => (value ? value.toISOString() : null);
const contact = (feedback: Feedback, context: Parameters<typeof facts>[1]) => mayReadSenderContact(context.actor, facts(feedback, context));

builder.objectFields(FeedbackRef, (t) => ({
  status: t.field({ type: FeedbackStatusEnum, resolve: (feedback) => feedback.status }),
  channel: t.field({ type: FeedbackChannelEnum, resolve: (feedback) => feedback.channel }),
  target: t.field({ type: FeedbackTargetEnum, resolve: (feedback) => feedback.target }),
  targetName: t.string({ nullable: true, description: 'The provider, nursing home or organisation it names ("namn på utförare").', resolve: (feedback) => feedback.targetName ?? null }),
  source: t.field({ type: FeedbackSourceEnum, resolve: (feedback) => feedback.source }),
  senderGender: t.field({ type: SenderGenderEnum, resolve: (feedback) => feedback.senderGender }),
  answerBy: t.field({ type: AnswerChannelEnum, description: 'How the sender wants to be answered.', resolve: (feedback) => feedback.answerBy }),
  contactAddress: t.string({
    nullable: true,
    description: 'Postal address for an answer by letter, if given.',
    authScopes: (feedback, _args, context) => contact(feedback, context),
    resolve: (feedback) => feedback.contactAddress ?? null,
  }),
  textHasSensitiveDetails: t.exposeBoolean('textHasSensitiveDetails', { description: 'The text has a personnummer or another sensitive detail, masked in `text`.' }),
  mayRevealText: t.boolean({
    description: 'Whether the signed-in staff member may reveal the masked text (feedbackText): the assigned handler and the quality council.',
    resolve: (feedback, _args, context) => feedback.textHasSensitiveDetails && mayRevealFeedbackText(context.actor, feedback),
  }),
  signedIn: t.boolean({ description: 'Sent by a signed-in citizen (the sender is known as a person).', resolve: (feedback) => feedback.personId != null }),
  sender: t.field({
    type: PersonRef,
    nullable: true,
    description: 'The signed-in sender, for identity to name under its own rules; null when not signed in.',
    authScopes: (feedback, _args, context) => contact(feedback, context),
    resolve: (feedback) => (feedback.personId ? { id: feedback.personId } : null),
  }),
  unit: t.string({ nullable: true, description: 'The responsible unit ("ansvarig enhet"); null until given one.', resolve: (feedback) => feedback.unit ?? null }),
  handler: t.field({ type: StaffMemberRef, nullable: true, description: 'The assigned handler ("handläggare").', resolve: (feedback) => (feedback.handlerId ? { id: feedback.handlerId } : null) }),
  registeredBy: t.field({ type: StaffMemberRef, nullable: true, description: 'Who registered it from a postcard, call, letter or visit.', resolve: (feedback) => (feedback.registeredById ? { id: feedback.registeredById } : null) }),
  classifiedAt: t.string({ nullable: true, resolve: (feedback) => instant(feedback.classifiedAt) }),
  answeredAt: t.string({ nullable: true, description: 'When the sender was first answered ("återkoppling lämnad").', resolve: (feedback) => instant(feedback.answeredAt) }),
  actionTakenAt: t.string({ nullable: true, description: 'When an action was first recorded ("åtgärd vidtagen").', resolve: (feedback) => instant(feedback.actionTakenAt) }),
  lexSarahAt: t.string({ nullable: true, resolve: (feedback) => instant(feedback.lexSarahAt) }),
  closedAt: t.string({ nullable: true, resolve: (feedback) => instant(feedback.closedAt) }),
  version: t.exposeInt('version', { description: 'The optimistic lock every handling mutation takes back.' }),
  events: t.field({
    type: [FeedbackEventRef],
    description: 'The handling, oldest first ("historik").',
    resolve: (feedback, _args, context) => context.em.find(FeedbackEvent, { feedback: feedback.id }, { orderBy: { at: 'asc', id: 'asc' } }),
  }),
}));
