import { z } from 'zod';
import { isIsoDate } from '../dates.ts';

/**
 * The health conversation's record ("hälsosamtal"), as the outreach service keeps it and the
 * staff form checks it: the same limits and the same completion rules on both sides.
 */

/** Each free text of the record, in characters after trimming. */
export const CONVERSATION_TEXT_MAX_LENGTH = 2000;
/** The person's consent, in their own words. */
export const CONSENT_TEXT_MAX_LENGTH = 500;
/** What the referral says is needed, in words. */
export const REFERRAL_NEEDS_MAX_LENGTH = 2000;
/** Falls in the last year: counted, not measured (more than this is a typing mistake). */
export const FALLS_MAX = 99;

/** How often the person feels lonely ("känner du dig ensam?"): never, sometimes, often. */
export const LONELINESS_LEVELS = ['NEVER', 'SOMETIMES', 'OFTEN'] as const;
export type LonelinessLevel = (typeof LONELINESS_LEVELS)[number];

/**
 * What came of the conversation: nothing needed, information given, an activity suggested
 * (a meeting place from offerings), or a referral to a caseworker (which needs consent).
 */
export const CONVERSATION_OUTCOMES = ['NOTHING_NEEDED', 'INFORMATION_GIVEN', 'ACTIVITY_SUGGESTED', 'REFERRAL'] as const;
export type ConversationOutcome = (typeof CONVERSATION_OUTCOMES)[number];

/** The record's free-text topics, in the order the form asks them. */
export const RECORD_TOPICS = ['health', 'memory', 'falls', 'nutrition', 'socialLife', 'housing', 'relatives', 'wishes', 'needsFound'] as const;
export type RecordTopic = (typeof RECORD_TOPICS)[number];

/** A free text of the record: line breaks as LF, trimmed, '' when nothing was written. */
export function conversationText(max = CONVERSATION_TEXT_MAX_LENGTH) {
  return z
    .string()
    .transform((value) => value.replace(/\r\n?/g, '\n').trim())
    .pipe(z.string().max(max, 'validation.tooLong'));
}

/** The structured record, as stored (one validated JSON document). */
export const healthConversationRecord = z.object({
  health: conversationText().default(''),
  memory: conversationText().default(''),
  falls: conversationText().default(''),
  nutrition: conversationText().default(''),
  socialLife: conversationText().default(''),
  housing: conversationText().default(''),
  relatives: conversationText().default(''),
  wishes: conversationText().default(''),
  needsFound: conversationText().default(''),
  fallsLastYear: z.number().int('validation.invalid').min(0, 'validation.tooSmall').max(FALLS_MAX, 'validation.tooBig').nullable().default(null),
  loneliness: z.enum(LONELINESS_LEVELS).nullable().default(null),
});
export type HealthConversationRecord = z.infer<typeof healthConversationRecord>;

export function emptyRecord(): HealthConversationRecord {
  return healthConversationRecord.parse({});
}

/** What the worker has written so far: a draft may be anything well-formed. */
export type ConversationDraft = {
  record: HealthConversationRecord;
  hearingProblems: boolean;
  memoryProblems: boolean;
  referralConsent: boolean | null;
  shareRecordConsent: boolean | null;
  consentText: string;
  outcome: ConversationOutcome | null;
  activityId: string | null;
  activityName: string | null;
  referralNeeds: string;
  followUpOn: string | null;
};

export type ConversationIssue = { field: string; key: string };

/**
 * What stops a conversation from being completed, as message keys by field: an outcome; for an
 * activity, the activity; for a referral, what is needed and the consent in the person's words;
 * a follow-up day that exists and is not before the conversation. Referral consent itself is
 * checked on its own (`lacksReferralConsent`): without it nothing may be sent.
 */
export function completionIssues(draft: ConversationDraft, heldOn: string): ConversationIssue[] {
  const issues: ConversationIssue[] = [];
  if (draft.outcome === null) issues.push({ field: 'outcome', key: 'validation.conversation.outcomeRequired' });
  if (draft.outcome === 'ACTIVITY_SUGGESTED' && (!draft.activityId || !draft.activityName)) {
    issues.push({ field: 'activityId', key: 'validation.conversation.activityRequired' });
  }
  if (draft.outcome === 'REFERRAL') {
    if (draft.referralNeeds.trim() === '') issues.push({ field: 'referralNeeds', key: 'validation.conversation.needsRequired' });
    if (draft.consentText.trim() === '') issues.push({ field: 'consentText', key: 'validation.conversation.consentTextRequired' });
  }
  issues.push(...followUpIssues(draft.followUpOn, heldOn));
  return issues;
}

/** A follow-up day, when given: a real day, not before the conversation. */
export function followUpIssues(followUpOn: string | null, heldOn: string): ConversationIssue[] {
  if (followUpOn === null) return [];
  if (!isIsoDate(followUpOn)) return [{ field: 'followUpOn', key: 'validation.day' }];
  if (followUpOn < heldOn) return [{ field: 'followUpOn', key: 'validation.conversation.followUpBeforeConversation' }];
  return [];
}

/** A referral may be sent only when the person said yes to it. */
export function lacksReferralConsent(draft: Pick<ConversationDraft, 'outcome' | 'referralConsent'>): boolean {
  return draft.outcome === 'REFERRAL' && draft.referralConsent !== true;
}
