import { describe, expect, it } from 'vitest';
import { completeSchema, emptyForm, formFrom, toInput, type ConversationForm } from './conversation-form.ts';

const VENUE = '0b6b4c1e-2f3a-4d5e-8f9a-1b2c3d4e5f60';
const venueName = (id: string) => (id === VENUE ? 'Träffpunkt Fruängen' : null);
const schema = completeSchema(() => '2026-12-08', venueName);
const fieldsOf = (form: ConversationForm) => {
  const result = schema.safeParse(form);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}:${issue.message}`);
};

describe('the conversation form', () => {
  it('asks for an outcome before completing', () => {
    expect(fieldsOf(emptyForm())).toEqual(['outcome:validation.conversation.outcomeRequired']);
  });

  it('asks, for a referral, what is needed, the person’s words and their yes', () => {
    expect(fieldsOf({ ...emptyForm(), outcome: 'REFERRAL' })).toEqual([
      'referralNeeds:validation.conversation.needsRequired',
      'consentText:validation.conversation.consentTextRequired',
      'referralConsent:errors.consentRequired',
    ]);
    expect(fieldsOf({ ...emptyForm(), outcome: 'REFERRAL', referralNeeds: 'Städning.', consentText: 'Ja.', referralConsent: 'no' })).toEqual(['referralConsent:errors.consentRequired']);
    expect(fieldsOf({ ...emptyForm(), outcome: 'REFERRAL', referralNeeds: 'Städning.', consentText: 'Ja.', referralConsent: 'yes' })).toEqual([]);
  });

  it('asks for the meeting place of a suggested activity, and sends its name with it', () => {
    expect(fieldsOf({ ...emptyForm(), outcome: 'ACTIVITY_SUGGESTED' })).toEqual(['activityId:validation.conversation.activityRequired']);
    const form = { ...emptyForm(), outcome: 'ACTIVITY_SUGGESTED' as const, activityId: VENUE };
    expect(fieldsOf(form)).toEqual([]);
    expect(toInput(form, 3, venueName)).toMatchObject({ version: 3, activityId: VENUE, activityName: 'Träffpunkt Fruängen' });
  });

  it('refuses a follow-up before the conversation and a number of falls that is not a count', () => {
    expect(fieldsOf({ ...emptyForm(), outcome: 'NOTHING_NEEDED', followUpOn: '2026-12-07' })).toEqual(['followUpOn:validation.conversation.followUpBeforeConversation']);
    expect(fieldsOf({ ...emptyForm(), outcome: 'NOTHING_NEEDED', fallsLastYear: 'två' })).toEqual(['fallsLastYear:validation.invalid']);
  });

  it('sends yes and no as booleans, an unanswered question as null, and no version on the first save', () => {
    const input = toInput({ ...emptyForm(), fallsLastYear: '2', loneliness: 'OFTEN', referralConsent: 'yes', shareRecordConsent: '' }, null, venueName);
    expect(input).not.toHaveProperty('version');
    expect(input).toMatchObject({ record: { fallsLastYear: 2, loneliness: 'OFTEN' }, referralConsent: true, shareRecordConsent: null, outcome: null, followUpOn: null });
  });

  it('reads a saved conversation back into the same form', () => {
    const form = { ...emptyForm(), health: 'Mår bra.', fallsLastYear: '1', referralConsent: 'no' as const, outcome: 'INFORMATION_GIVEN' as const, followUpOn: '2027-01-12' };
    const input = toInput(form, 1, venueName);
    const saved = {
      __typename: 'HealthConversation' as const, id: 'x', version: 2, personName: null, heldAt: '2026-12-08T09:00:00Z', completedAt: null,
      record: { __typename: 'HealthConversationRecord' as const, ...input.record!, loneliness: null, fallsLastYear: 1 } as never,
      hearingProblems: false, memoryProblems: false, referralConsent: false, shareRecordConsent: null, consentText: '', outcome: 'INFORMATION_GIVEN' as const,
      activityId: null, activityName: null, referralNeeds: '', followUpOn: '2027-01-12', referral: null,
    };
    expect(formFrom(saved)).toEqual(form);
  });
});
