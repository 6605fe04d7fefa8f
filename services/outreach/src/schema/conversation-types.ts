import { CONVERSATION_OUTCOMES, LONELINESS_LEVELS, type HealthConversationRecord } from '@omsorg/rules/outreach';
import { REFERRAL_STATUSES } from '../domain/health-conversation.ts';
import type { HealthConversation } from '../entities/health-conversation.ts';
import type { Referral } from '../entities/referral.ts';
import { builder } from './builder.ts';

/*
 * The health conversation's types: the record, the consent, the outcome and the referral.
 */

export const LonelinessEnum = builder.enumType('Loneliness', {
  description: 'How often the person feels lonely ("känner du dig ensam?").',
  values: {
    NEVER: { description: 'Never ("aldrig").' },
    SOMETIMES: { description: 'Sometimes ("ibland").' },
    OFTEN: { description: 'Often ("ofta").' },
  } satisfies Record<(typeof LONELINESS_LEVELS)[number], { description: string }>,
});

export const ConversationOutcomeEnum = builder.enumType('ConversationOutcome', {
  description: 'What the conversation led to ("utfall").',
  values: {
    NOTHING_NEEDED: { description: 'Nothing is needed now ("inget behov just nu").' },
    INFORMATION_GIVEN: { description: 'Information was given ("information given").' },
    ACTIVITY_SUGGESTED: { description: 'An activity at a meeting place was suggested ("aktivitet föreslagen").' },
    REFERRAL: { description: 'A referral to a caseworker, with the person\'s consent ("hänvisning till handläggare").' },
  } satisfies Record<(typeof CONVERSATION_OUTCOMES)[number], { description: string }>,
});

export const ReferralStatusEnum = builder.enumType('ReferralStatus', {
  description: 'Where a referral to a caseworker stands.',
  values: {
    PENDING: { description: 'Written, not yet sent.' },
    SENT: { description: 'Sent to the applications service ("skickad").' },
    CREATED: { description: 'An application exists for the caseworkers ("ärende skapat").' },
    FAILED: { description: 'Could not become an application; outreach staff follow it up.' },
  } satisfies Record<(typeof REFERRAL_STATUSES)[number], { description: string }>,
});

export const HealthConversationRecordRef = builder.objectRef<HealthConversationRecord>('HealthConversationRecord').implement({
  description: 'The structured record of a health conversation; each text at most 2,000 characters, "" when nothing was written.',
  fields: (t) => ({
    health: t.exposeString('health', { description: 'Health ("hälsa").' }),
    memory: t.exposeString('memory', { description: 'Memory ("minne").' }),
    fallsLastYear: t.exposeInt('fallsLastYear', { nullable: true, description: 'Falls in the last year ("fall senaste året"); null when not asked.' }),
    falls: t.exposeString('falls', { description: 'The falls in words ("fall").' }),
    nutrition: t.exposeString('nutrition', { description: 'Food and appetite ("kost och aptit").' }),
    loneliness: t.field({ type: LonelinessEnum, nullable: true, description: 'How often lonely; null when not asked.', resolve: (record) => record.loneliness }),
    socialLife: t.exposeString('socialLife', { description: 'Social life and loneliness in words ("socialt liv och ensamhet").' }),
    housing: t.exposeString('housing', { description: 'Housing ("boende").' }),
    relatives: t.exposeString('relatives', { description: 'Relatives ("anhöriga").' }),
    wishes: t.exposeString('wishes', { description: 'Wishes ("önskemål").' }),
    needsFound: t.exposeString('needsFound', { description: 'Needs found ("behov som framkom").' }),
  }),
});

export const ReferralRef = builder.objectRef<Referral>('Referral').implement({
  description: 'A referral to a caseworker ("hänvisning"), made with the person\'s consent; it becomes an application with channel OUTREACH.',
  fields: (t) => ({
    id: t.exposeID('id'),
    status: t.field({ type: ReferralStatusEnum, resolve: (referral) => referral.status }),
    unit: t.exposeString('unit', { description: 'The unit whose caseworkers receive it.' }),
    needs: t.exposeString('needs', { description: 'What is needed, in words.' }),
    applicationId: t.exposeID('applicationId', { nullable: true, description: 'The application it became; null until CREATED.' }),
    reference: t.exposeString('reference', { nullable: true, description: 'The application\'s reference ("ärendenummer"); null until CREATED.' }),
    createdAt: t.string({ resolve: (referral) => referral.createdAt.toISOString() }),
  }),
});

/** A conversation as the schema serves it, with its referral and the resident's name (outreach's projection). */
export type ConversationView = { conversation: HealthConversation; referral: Referral | null; personName: string | null };

export const HealthConversationRef = builder.objectRef<ConversationView>('HealthConversation').implement({
  description: 'The record of a health conversation ("hälsosamtal"): outreach staff of its unit, and after a referral with consent the receiving caseworkers, read it; every staff read is logged.',
  fields: (t) => ({
    id: t.id({ resolve: ({ conversation }) => conversation.id }),
    bookingId: t.id({ resolve: ({ conversation }) => conversation.booking.id }),
    personId: t.id({ description: 'The resident (identity\'s Person id).', resolve: ({ conversation }) => conversation.personId }),
    personName: t.string({ nullable: true, description: 'The resident\'s name as outreach knows it; null when unknown.', resolve: ({ personName }) => personName }),
    workerId: t.id({ description: 'The outreach worker (StaffMember id).', resolve: ({ conversation }) => conversation.workerId }),
    heldAt: t.string({ description: 'When it was held (ISO 8601).', resolve: ({ conversation }) => conversation.heldAt.toISOString() }),
    record: t.field({ type: HealthConversationRecordRef, resolve: ({ conversation }) => conversation.record }),
    hearingProblems: t.boolean({ description: 'Hearing problems noted: video is not offered.', resolve: ({ conversation }) => conversation.hearingProblems }),
    memoryProblems: t.boolean({ description: 'Memory problems noted: video is not offered.', resolve: ({ conversation }) => conversation.memoryProblems }),
    referralConsent: t.boolean({ nullable: true, description: 'Yes to a referral to a caseworker; null until asked.', resolve: ({ conversation }) => conversation.referralConsent ?? null }),
    shareRecordConsent: t.boolean({ nullable: true, description: 'Yes to the caseworker reading this record; null until asked.', resolve: ({ conversation }) => conversation.shareRecordConsent ?? null }),
    consentText: t.string({ nullable: true, description: 'The consent in the person\'s own words.', resolve: ({ conversation }) => conversation.consentText ?? null }),
    consentRecordedAt: t.string({ nullable: true, resolve: ({ conversation }) => conversation.consentRecordedAt?.toISOString() ?? null }),
    consentRecordedBy: t.id({ nullable: true, description: 'The staff member who wrote the consent down.', resolve: ({ conversation }) => conversation.consentRecordedBy ?? null }),
    outcome: t.field({ type: ConversationOutcomeEnum, nullable: true, resolve: ({ conversation }) => conversation.outcome ?? null }),
    activityId: t.id({ nullable: true, description: 'The meeting place suggested (offerings\' Venue id).', resolve: ({ conversation }) => conversation.activityId ?? null }),
    activityName: t.string({ nullable: true, resolve: ({ conversation }) => conversation.activityName ?? null }),
    referralNeeds: t.string({ nullable: true, description: 'What the referral says is needed.', resolve: ({ conversation }) => conversation.referralNeeds ?? null }),
    followUpOn: t.string({ nullable: true, description: 'Day of a follow-up (YYYY-MM-DD); null when none.', resolve: ({ conversation }) => conversation.followUpOn ?? null }),
    followUpDoneAt: t.string({ nullable: true, description: 'When the follow-up was marked done; null until then.', resolve: ({ conversation }) => conversation.followUpDoneAt?.toISOString() ?? null }),
    completedAt: t.string({ nullable: true, description: 'When it was completed; null for a draft.', resolve: ({ conversation }) => conversation.completedAt?.toISOString() ?? null }),
    version: t.int({ description: 'Send it back with the next save.', resolve: ({ conversation }) => conversation.version }),
    referral: t.field({ type: ReferralRef, nullable: true, resolve: ({ referral }) => referral }),
  }),
});

/** A referral needs the person's yes; nothing was sent. */
export class ConsentRequiredFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConsentRequiredFailure';
  }
}

builder.objectType(ConsentRequiredFailure, {
  name: 'ConsentRequiredError',
  description: 'A referral needs the person\'s consent, recorded in their words; nothing was sent and the conversation stays a draft.',
  interfaces: ['Error' as never],
  fields: () => ({}),
});
