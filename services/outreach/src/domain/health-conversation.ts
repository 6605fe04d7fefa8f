import { clockInStockholm } from '@omsorg/rules';
import {
  completionIssues,
  emptyRecord,
  healthConversationRecord,
  lacksReferralConsent,
  type ConversationDraft,
  type ConversationIssue,
  type HealthConversationRecord,
} from '@omsorg/rules/outreach';

/**
 * The conversation's rules that are the service's alone (the record's shape and the completion
 * rules the form shares are in @omsorg/rules/outreach): how a draft save changes the record, what
 * completing requires, and whether a referral is sent.
 */

/** PENDING written, SENT on the queue to applications, CREATED an application exists, FAILED refused there. */
export const REFERRAL_STATUSES = ['PENDING', 'SENT', 'CREATED', 'FAILED'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** A save: every field optional; a field left out keeps what was saved, null clears it. */
export type ConversationChanges = {
  record?: Partial<Record<keyof HealthConversationRecord, unknown>> | null;
  hearingProblems?: boolean | null;
  memoryProblems?: boolean | null;
  referralConsent?: boolean | null;
  shareRecordConsent?: boolean | null;
  consentText?: string | null;
  outcome?: ConversationDraft['outcome'];
  activityId?: string | null;
  activityName?: string | null;
  referralNeeds?: string | null;
  followUpOn?: string | null;
};

export function emptyDraft(): ConversationDraft {
  return {
    record: emptyRecord(),
    hearingProblems: false,
    memoryProblems: false,
    referralConsent: null,
    shareRecordConsent: null,
    consentText: '',
    outcome: null,
    activityId: null,
    activityName: null,
    referralNeeds: '',
    followUpOn: null,
  };
}

const pick = <T>(value: T | undefined, saved: T): T => (value === undefined ? saved : value);

/**
 * The draft after a save: the record merged topic by topic and validated as a whole (throws the
 * zod error for the caller to report), the other fields replaced when given. An activity is kept
 * only with ACTIVITY_SUGGESTED, so a changed outcome leaves no stale choice behind.
 */
export function applyChanges(saved: ConversationDraft, changes: ConversationChanges): ConversationDraft {
  const record = changes.record ? healthConversationRecord.parse({ ...saved.record, ...stripUndefined(changes.record) }) : saved.record;
  const outcome = pick(changes.outcome, saved.outcome);
  const activity = outcome === 'ACTIVITY_SUGGESTED';
  return {
    record,
    hearingProblems: pick(changes.hearingProblems, saved.hearingProblems) ?? false,
    memoryProblems: pick(changes.memoryProblems, saved.memoryProblems) ?? false,
    referralConsent: pick(changes.referralConsent, saved.referralConsent),
    shareRecordConsent: pick(changes.shareRecordConsent, saved.shareRecordConsent),
    consentText: (pick(changes.consentText, saved.consentText) ?? '').trim(),
    outcome,
    activityId: activity ? pick(changes.activityId, saved.activityId) : null,
    activityName: activity ? pick(changes.activityName, saved.activityName) : null,
    referralNeeds: (pick(changes.referralNeeds, saved.referralNeeds) ?? '').trim(),
    followUpOn: pick(changes.followUpOn, saved.followUpOn) || null,
  };
}

/** The topics sent: left out keeps the saved one; a text sent as null is cleared (the count and the scale stay null). */
function stripUndefined<T extends object>(value: T): Partial<T> {
  const nullable = new Set(['fallsLastYear', 'loneliness']);
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([key, v]) => [key, v === null && !nullable.has(key) ? '' : v]),
  ) as Partial<T>;
}

/** Whether consent changed, so when and by whom it was recorded is written anew. */
export function consentChanged(before: ConversationDraft, after: ConversationDraft): boolean {
  return before.referralConsent !== after.referralConsent || before.shareRecordConsent !== after.shareRecordConsent || before.consentText !== after.consentText;
}

export type Completion =
  | { ok: true; sendsReferral: boolean }
  | { ok: false; reason: 'INVALID'; issues: ConversationIssue[] }
  | { ok: false; reason: 'NO_CONSENT' };

/**
 * Whether a draft may be completed. A referral without the person's yes is refused on its own
 * (nothing is sent, the record stays a draft); otherwise the form's completion rules apply.
 */
export function completion(draft: ConversationDraft, heldAt: Date): Completion {
  const issues = completionIssues(draft, clockInStockholm(heldAt).day);
  if (issues.length > 0) return { ok: false, reason: 'INVALID', issues };
  if (lacksReferralConsent(draft)) return { ok: false, reason: 'NO_CONSENT' };
  return { ok: true, sendsReferral: draft.outcome === 'REFERRAL' };
}

/** A follow-up is due on its day and after (Stockholm days, YYYY-MM-DD). */
export function isFollowUpDue(followUpOn: string, today: string): boolean {
  return followUpOn <= today;
}
