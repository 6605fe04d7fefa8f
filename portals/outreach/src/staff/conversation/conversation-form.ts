import {
  CONSENT_TEXT_MAX_LENGTH,
  CONVERSATION_TEXT_MAX_LENGTH,
  completionIssues,
  conversationText,
  emptyRecord,
  FALLS_MAX,
  REFERRAL_NEEDS_MAX_LENGTH,
  type ConversationDraft,
} from '@omsorg/rules/outreach';
import { z } from 'zod';
import { ConversationOutcome, Loneliness, type HealthConversationInput, type StaffConversationFragment } from '../../generated/graphql.ts';

/*
 * The conversation form: every value as the page holds it (text, '' for not chosen), the rules the
 * service checks too (@omsorg/rules/outreach), and the conversions to and from the schema.
 */

export const RECORD_TEXTS = ['health', 'memory', 'falls', 'nutrition', 'socialLife', 'housing', 'relatives', 'wishes', 'needsFound'] as const;
export type RecordText = (typeof RECORD_TEXTS)[number];

export { CONSENT_TEXT_MAX_LENGTH, CONVERSATION_TEXT_MAX_LENGTH, REFERRAL_NEEDS_MAX_LENGTH };

const yesNo = z.enum(['', 'yes', 'no']);
const choice = <T extends string>(values: readonly T[]) => z.union([z.literal(''), z.enum(values as [T, ...T[]])]);

const fallsCount = z
  .string()
  .trim()
  .refine((value) => value === '' || (/^\d{1,2}$/.test(value) && Number(value) <= FALLS_MAX), 'validation.invalid');

const fields = {
  health: conversationText(),
  memory: conversationText(),
  fallsLastYear: fallsCount,
  falls: conversationText(),
  nutrition: conversationText(),
  loneliness: choice(Object.values(Loneliness)),
  socialLife: conversationText(),
  housing: conversationText(),
  relatives: conversationText(),
  wishes: conversationText(),
  needsFound: conversationText(),
  hearingProblems: z.boolean(),
  memoryProblems: z.boolean(),
  referralConsent: yesNo,
  shareRecordConsent: yesNo,
  consentText: conversationText(CONSENT_TEXT_MAX_LENGTH),
  outcome: choice(Object.values(ConversationOutcome)),
  activityId: z.string(),
  referralNeeds: conversationText(REFERRAL_NEEDS_MAX_LENGTH),
  followUpOn: z.string().trim(),
};

/** A draft: anything within the limits. */
export const draftSchema = z.object(fields);
export type ConversationForm = z.input<typeof draftSchema>;

/**
 * Completing: the service's completion rules (an outcome; the activity; for a referral the needs,
 * the consent in the person's words and the person's yes), each on its field.
 */
export function completeSchema(heldOn: () => string, activityName: (id: string) => string | null) {
  return draftSchema.superRefine((form, context) => {
    for (const issue of completionIssues(toDraft(form, activityName), heldOn())) context.addIssue({ code: 'custom', path: [issue.field], message: issue.key });
    if (form.outcome === 'REFERRAL' && form.referralConsent !== 'yes') context.addIssue({ code: 'custom', path: ['referralConsent'], message: 'errors.consentRequired' });
  });
}

const yesNoOf = (value: boolean | null): '' | 'yes' | 'no' => (value === null ? '' : value ? 'yes' : 'no');
const booleanOf = (value: string): boolean | null => (value === '' ? null : value === 'yes');

export function emptyForm(): ConversationForm {
  return formFrom(null);
}

/** The form from the saved conversation (or empty before the first save). */
export function formFrom(saved: StaffConversationFragment | null): ConversationForm {
  const record = saved?.record ?? { ...emptyRecord(), loneliness: null };
  return {
    health: record.health,
    memory: record.memory,
    fallsLastYear: record.fallsLastYear === null ? '' : String(record.fallsLastYear),
    falls: record.falls,
    nutrition: record.nutrition,
    loneliness: record.loneliness ?? '',
    socialLife: record.socialLife,
    housing: record.housing,
    relatives: record.relatives,
    wishes: record.wishes,
    needsFound: record.needsFound,
    hearingProblems: saved?.hearingProblems ?? false,
    memoryProblems: saved?.memoryProblems ?? false,
    referralConsent: yesNoOf(saved?.referralConsent ?? null),
    shareRecordConsent: yesNoOf(saved?.shareRecordConsent ?? null),
    consentText: saved?.consentText ?? '',
    outcome: saved?.outcome ?? '',
    activityId: saved?.activityId ?? '',
    referralNeeds: saved?.referralNeeds ?? '',
    followUpOn: saved?.followUpOn ?? '',
  };
}

/** The form as the shared completion rules read it. */
export function toDraft(form: ConversationForm, activityName: (id: string) => string | null): ConversationDraft {
  return {
    record: { ...emptyRecord(), health: form.health, memory: form.memory, falls: form.falls, nutrition: form.nutrition, socialLife: form.socialLife, housing: form.housing, relatives: form.relatives, wishes: form.wishes, needsFound: form.needsFound, fallsLastYear: form.fallsLastYear.trim() === '' ? null : Number(form.fallsLastYear), loneliness: form.loneliness === '' ? null : form.loneliness },
    hearingProblems: form.hearingProblems,
    memoryProblems: form.memoryProblems,
    referralConsent: booleanOf(form.referralConsent),
    shareRecordConsent: booleanOf(form.shareRecordConsent),
    consentText: form.consentText.trim(),
    outcome: form.outcome === '' ? null : form.outcome,
    activityId: form.activityId || null,
    activityName: form.activityId ? activityName(form.activityId) : null,
    referralNeeds: form.referralNeeds.trim(),
    followUpOn: form.followUpOn.trim() || null,
  };
}

/** The whole form as one save (version from the page's last read or save). */
export function toInput(form: ConversationForm, version: number | null, activityName: (id: string) => string | null): HealthConversationInput {
  const draft = toDraft(form, activityName);
  return {
    ...(version === null ? {} : { version }),
    record: draft.record,
    hearingProblems: draft.hearingProblems,
    memoryProblems: draft.memoryProblems,
    referralConsent: draft.referralConsent,
    shareRecordConsent: draft.shareRecordConsent,
    consentText: draft.consentText,
    outcome: draft.outcome,
    activityId: draft.outcome === 'ACTIVITY_SUGGESTED' ? draft.activityId : null,
    activityName: draft.outcome === 'ACTIVITY_SUGGESTED' ? draft.activityName : null,
    referralNeeds: draft.referralNeeds,
    followUpOn: draft.followUpOn,
  };
}
