import { Invitation } from '../entities/invitation.ts';
import { OUTREACH_READS } from '../domain/outreach-reads.ts';
import type { EntityManager } from '@mikro-orm/postgresql';
import { logAccess, type RequestContext } from '@omsorg/platform';
import type { ConversationDraft } from '@omsorg/rules/outreach';
import type { ConversationFacts } from '../domain/access.ts';
import { Booking } from '../entities/booking.ts';
import { HealthConversation } from '../entities/health-conversation.ts';
import { Referral } from '../entities/referral.ts';


/** A booking with what deciding on its conversation needs (slot and campaign), or null. */
export async function bookingForConversation(em: EntityManager, bookingId: string): Promise<Booking | null> {
  return em.findOne(Booking, { id: bookingId }, { populate: ['slot', 'campaign'] });
}

/** The conversation of a booking with its referral, or null when none was started. */
export async function conversationOfBooking(em: EntityManager, bookingId: string): Promise<{ conversation: HealthConversation; referral: Referral | null } | null> {
  const conversation = await em.findOne(HealthConversation, { booking: bookingId });
  if (!conversation) return null;
  return { conversation, referral: await em.findOne(Referral, { conversation }) };
}

/** What the access policy needs to know of a conversation. */
export function conversationFacts(conversation: HealthConversation, referral: Referral | null): ConversationFacts {
  return {
    unit: conversation.unit,
    shareRecordConsent: conversation.shareRecordConsent ?? null,
    referral: referral ? { unit: referral.unit, consented: conversation.referralConsent === true } : null,
  };
}

/** The stored conversation as a draft the domain rules work on. */
export function draftOf(conversation: HealthConversation): ConversationDraft {
  return {
    record: conversation.record,
    hearingProblems: conversation.hearingProblems,
    memoryProblems: conversation.memoryProblems,
    referralConsent: conversation.referralConsent ?? null,
    shareRecordConsent: conversation.shareRecordConsent ?? null,
    consentText: conversation.consentText ?? '',
    outcome: conversation.outcome ?? null,
    activityId: conversation.activityId ?? null,
    activityName: conversation.activityName ?? null,
    referralNeeds: conversation.referralNeeds ?? '',
    followUpOn: conversation.followUpOn ?? null,
  };
}

/** Writes a draft onto the stored conversation. */
export function storeDraft(conversation: HealthConversation, draft: ConversationDraft): void {
  conversation.record = draft.record;
  conversation.hearingProblems = draft.hearingProblems;
  conversation.memoryProblems = draft.memoryProblems;
  conversation.referralConsent = draft.referralConsent;
  conversation.shareRecordConsent = draft.shareRecordConsent;
  conversation.consentText = draft.consentText === '' ? null : draft.consentText;
  conversation.outcome = draft.outcome;
  conversation.activityId = draft.activityId;
  conversation.activityName = draft.activityName;
  conversation.referralNeeds = draft.referralNeeds === '' ? null : draft.referralNeeds;
  conversation.followUpOn = draft.followUpOn;
}

/**
 * A conversation that notes hearing or memory problems marks the person's invitations, so the
 * booking pages no longer offer video (domain/invitation-booking.ts#offeredMeetingKinds). Taking
 * the note away again is the staff's choice on the cohort list, not the conversation's.
 */
export async function noteHearingOrMemoryOfConversation(em: EntityManager, conversation: HealthConversation): Promise<void> {
  if (!conversation.hearingProblems && !conversation.memoryProblems) return;
  await em.nativeUpdate(Invitation, { personId: conversation.personId, hearingOrMemoryNoted: false }, { hearingOrMemoryNoted: true });
}

/** Logs a staff member's reads of conversation records, for the persons to see. */
export async function logConversationReads(context: RequestContext, conversations: readonly HealthConversation[]): Promise<void> {
  await logAccess(
    context,
    conversations.map((conversation) => ({ personId: conversation.personId, resource: OUTREACH_READS.CONVERSATION, resourceId: conversation.id })),
  );
}
