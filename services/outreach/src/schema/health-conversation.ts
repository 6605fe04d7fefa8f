import { ConflictFailure, NotFoundFailure, ValidationFailure, accessDenied, enqueueJob, isUuid, text, type RequestContext } from '@omsorg/platform';
import { clockInStockholm } from '@omsorg/rules';
import { CONSENT_TEXT_MAX_LENGTH, CONVERSATION_TEXT_MAX_LENGTH, FALLS_MAX, OUTREACH_REFERRAL_QUEUE, REFERRAL_NEEDS_MAX_LENGTH, type OutreachReferral } from '@omsorg/rules/outreach';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z, ZodError } from 'zod';
import { conversationUnitFor, doesOutreach, mayReadConversation, mayWriteConversation } from '../domain/access.ts';
import { applyChanges, completion, consentChanged, emptyDraft, type ConversationChanges } from '../domain/health-conversation.ts';
import { residentName } from '../domain/resident-name.ts';
import { HealthConversation } from '../entities/health-conversation.ts';
import { Referral } from '../entities/referral.ts';
import { Resident } from '../entities/resident.ts';
import { bookingForConversation, conversationFacts, conversationOfBooking, draftOf, logConversationReads, noteHearingOrMemoryOfConversation, storeDraft } from '../queries/conversations.ts';
import { builder } from './builder.ts';
import { ConsentRequiredFailure, ConversationOutcomeEnum, HealthConversationRef, LonelinessEnum, type ConversationView } from './conversation-types.ts';

/*
 * Recording a health conversation: drafts saved as the worker writes, completing (the booking is
 * then HELD), and the referral, sent to applications through the job queue only with consent.
 */

const recordText = text({ max: CONVERSATION_TEXT_MAX_LENGTH, multiline: true }).nullish();

const HealthConversationRecordInput = builder.inputType('HealthConversationRecordInput', {
  description: 'Topics of the record; a topic left out keeps what was saved.',
  fields: (t) => ({
    health: t.string({ validate: recordText }),
    memory: t.string({ validate: recordText }),
    fallsLastYear: t.int({ validate: z.number().int().min(0).max(FALLS_MAX).nullish() }),
    falls: t.string({ validate: recordText }),
    nutrition: t.string({ validate: recordText }),
    loneliness: t.field({ type: LonelinessEnum }),
    socialLife: t.string({ validate: recordText }),
    housing: t.string({ validate: recordText }),
    relatives: t.string({ validate: recordText }),
    wishes: t.string({ validate: recordText }),
    needsFound: t.string({ validate: recordText }),
  }),
});

const HealthConversationInput = builder.inputType('HealthConversationInput', {
  description: 'A save of the conversation; a field left out keeps what was saved, null clears it.',
  fields: (t) => ({
    version: t.int({ description: 'The version you loaded; left out only on the first save. A stale one answers ConflictError.' }),
    record: t.field({ type: HealthConversationRecordInput }),
    hearingProblems: t.boolean(),
    memoryProblems: t.boolean(),
    referralConsent: t.boolean({ description: 'Yes (true) or no (false) to a referral to a caseworker.' }),
    shareRecordConsent: t.boolean({ description: 'Yes (true) or no (false) to the caseworker reading this record.' }),
    consentText: t.string({ description: `The consent in the person's words, at most ${CONSENT_TEXT_MAX_LENGTH} characters.`, validate: text({ max: CONSENT_TEXT_MAX_LENGTH, multiline: true }).nullish() }),
    outcome: t.field({ type: ConversationOutcomeEnum }),
    activityId: t.id({ description: 'With ACTIVITY_SUGGESTED: the meeting place (offerings\' Venue id).', validate: z.uuid({ message: 'validation.invalidId' }).nullish() }),
    activityName: t.string({ description: 'With ACTIVITY_SUGGESTED: its name as offerings gives it.', validate: text({ max: 200 }).nullish() }),
    referralNeeds: t.string({ description: `With REFERRAL: what is needed, at most ${REFERRAL_NEEDS_MAX_LENGTH} characters.`, validate: text({ max: REFERRAL_NEEDS_MAX_LENGTH, multiline: true }).nullish() }),
    followUpOn: t.string({ description: 'A follow-up day, YYYY-MM-DD; null for none.', validate: text({ max: 10 }).nullish() }),
  }),
});

type SaveInput = ConversationChanges & { version?: number | null };

function invalid(context: RequestContext, issues: ReadonlyArray<{ field: string; key: string; params?: Record<string, string | number> }>): ValidationFailure {
  return new ValidationFailure(context.t('validation.summary'), issues.map((issue) => ({ field: issue.field, message: context.t(issue.key, issue.params) })));
}

/** A conversation as staff are answered it: the read logged for the person, their name added. */
export async function shownConversation(context: RequestContext, conversation: HealthConversation, referral: Referral | null): Promise<ConversationView> {
  await logConversationReads(context, [conversation]);
  const resident = await context.em.findOne(Resident, conversation.personId);
  return { conversation, referral, personName: resident ? residentName(resident) : null };
}

/** Runs a change of a booking's conversation in one transaction, then answers it as `shownConversation`. */
async function changeConversation(
  context: RequestContext,
  change: (em: EntityManager) => Promise<{ conversation: HealthConversation; referral: Referral | null }>,
): Promise<ConversationView> {
  const changed = await context.em.transactional(async (em) => {
    const result = await change(em);
    await em.flush();
    return result;
  });
  return shownConversation(context, changed.conversation, changed.referral);
}

/** The conversation of a booking for writing: started on the first save by whom the policy allows. */
async function writableConversation(context: RequestContext, em: EntityManager, bookingId: string, version: number | null | undefined) {
  if (!doesOutreach(context.actor)) throw accessDenied(context);
  const booking = isUuid(bookingId) ? await bookingForConversation(em, bookingId) : null;
  if (!booking) throw new NotFoundFailure(context.t('error.notFound'));
  const found = await conversationOfBooking(em, bookingId);
  if (found) {
    if (!mayWriteConversation(context.actor, conversationFacts(found.conversation, found.referral))) throw accessDenied(context);
    if (found.conversation.completedAt) throw invalid(context, [{ field: 'bookingId', key: 'validation.conversation.completed' }]);
    if (version != null && version !== found.conversation.version) throw new ConflictFailure(context.t('error.conflict'), found.conversation.version);
    return { booking, ...found };
  }
  const unit = conversationUnitFor(context.actor, { campaignUnit: booking.campaign?.unit ?? null, workerId: booking.slot.workerId });
  if (!unit) throw accessDenied(context);
  if (booking.status === 'CANCELLED' || booking.status === 'NO_SHOW') throw invalid(context, [{ field: 'bookingId', key: 'validation.conversation.bookingNotHeld' }]);
  const conversation = em.create(HealthConversation, {
    booking,
    personId: booking.personId,
    workerId: booking.slot.workerId,
    unit,
    heldAt: booking.slot.startsAt,
    record: emptyDraft().record,
  });
  return { booking, conversation, referral: null };
}

builder.queryField('healthConversation', (t) =>
  t.field({
    type: HealthConversationRef,
    nullable: true,
    description:
      'The conversation record of a booking ("hälsosamtal"); null when none has been started or the booking does not exist. For outreach staff of its unit, and after a referral with consent the receiving caseworkers (else FORBIDDEN). The read is logged.',
    authScopes: { staff: true },
    args: { bookingId: t.arg.id({ required: true }) },
    resolve: async (_root, { bookingId }, context) => {
      if (!isUuid(bookingId)) return null;
      const found = await conversationOfBooking(context.em, bookingId);
      if (!found) {
        if (!doesOutreach(context.actor)) throw accessDenied(context);
        return null;
      }
      if (!mayReadConversation(context.actor, conversationFacts(found.conversation, found.referral))) throw accessDenied(context);
      return shownConversation(context, found.conversation, found.referral);
    },
  }),
);

builder.mutationField('recordHealthConversation', (t) =>
  t.field({
    type: HealthConversationRef,
    description:
      'Saves the conversation record as a draft ("spara utkast"), started on the first save: any part may be empty. Outreach staff of the campaign\'s unit (the slot\'s worker when booked without a campaign). Errors: ValidationError (too long, a completed conversation, a cancelled booking), ConflictError, NotFoundError.',
    errors: {},
    args: { bookingId: t.arg.id({ required: true }), input: t.arg({ type: HealthConversationInput, required: true }) },
    resolve: async (_root, { bookingId, input }, context) => {
      const save = input as SaveInput;
      return changeConversation(context, async (em) => {
        const { conversation, referral } = await writableConversation(context, em, bookingId, save.version);
        const before = draftOf(conversation);
        let after;
        try {
          after = applyChanges(before, save);
        } catch (error) {
          if (error instanceof ZodError) throw invalid(context, error.issues.map((issue) => ({ field: ['record', ...issue.path].join('.'), key: issue.message })));
          throw error;
        }
        storeDraft(conversation, after);
        await noteHearingOrMemoryOfConversation(em, conversation);
        if (consentChanged(before, after) && context.actor.kind === 'staff') {
          conversation.consentRecordedAt = new Date();
          conversation.consentRecordedBy = context.actor.staffId;
        }
        return { conversation, referral };
      });
    },
  }),
);

builder.mutationField('completeHealthConversation', (t) =>
  t.field({
    type: HealthConversationRef,
    description:
      'Completes the conversation ("avsluta samtalet"): the booking becomes HELD. With the outcome REFERRAL, and only with the person\'s consent, a referral is sent to the caseworkers of the unit (it becomes an application with channel OUTREACH). Errors: ConsentRequiredError (a referral without consent: nothing sent), ValidationError (outcome, activity, needs, consent text, follow-up day), ConflictError, NotFoundError.',
    errors: { types: [ConsentRequiredFailure] },
    args: { bookingId: t.arg.id({ required: true }), version: t.arg.int({ required: true }) },
    resolve: async (_root, { bookingId, version }, context) => {
      return changeConversation(context, async (em) => {
        const { booking, conversation } = await writableConversation(context, em, bookingId, version);
        const draft = draftOf(conversation);
        const result = completion(draft, conversation.heldAt);
        if (!result.ok && result.reason === 'NO_CONSENT') throw new ConsentRequiredFailure(context.t('error.conversation.consentRequired'));
        if (!result.ok) throw invalid(context, result.issues);
        const now = new Date();
        conversation.completedAt = now;
        booking.status = 'HELD';
        let referral: Referral | null = null;
        if (result.sendsReferral) {
          referral = em.create(Referral, { conversation, personId: conversation.personId, unit: conversation.unit, needs: draft.referralNeeds, status: 'SENT', sentAt: now });
          await em.flush();
          const resident = await em.findOne(Resident, conversation.personId);
          const data: OutreachReferral = {
            referralId: referral.id,
            personId: conversation.personId,
            unit: conversation.unit,
            needs: draft.referralNeeds,
            conversationOn: clockInStockholm(conversation.heldAt).day,
            workerId: conversation.workerId,
            workerName: null,
            consentText: draft.consentText,
            language: resident?.preferredLanguage ?? 'sv',
          };
          await enqueueJob(em, OUTREACH_REFERRAL_QUEUE, data, { singletonKey: referral.id });
        }
        return { conversation, referral };
      });
    },
  }),
);

builder.mutationField('markFollowUpDone', (t) =>
  t.field({
    type: HealthConversationRef,
    description: 'Marks a conversation\'s follow-up done ("uppföljning gjord"): it leaves the worker\'s list. Outreach staff of its unit. Errors: NotFoundError (no conversation, or no follow-up day).',
    errors: {},
    args: { bookingId: t.arg.id({ required: true }) },
    resolve: async (_root, { bookingId }, context) => {
      if (!doesOutreach(context.actor)) throw accessDenied(context);
      const found = isUuid(bookingId) ? await conversationOfBooking(context.em, bookingId) : null;
      if (!found || !found.conversation.followUpOn) throw new NotFoundFailure(context.t('error.notFound'));
      if (!mayWriteConversation(context.actor, conversationFacts(found.conversation, found.referral))) throw accessDenied(context);
      found.conversation.followUpDoneAt ??= new Date();
      await context.em.flush();
      return shownConversation(context, found.conversation, found.referral);
    },
  }),
);
