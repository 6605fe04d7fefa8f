import { CONVERSATION_TEXT_MAX_LENGTH } from '@omsorg/rules/outreach';
import { describe, expect, it } from 'vitest';
import { applyChanges, completion, consentChanged, emptyDraft, isFollowUpDue } from './health-conversation.ts';

// 10.00 Stockholm time on Tuesday 8 December 2026.
const heldAt = new Date('2026-12-08T09:00:00Z');

describe('saving a draft', () => {
  it('merges the record topic by topic and keeps what was not sent', () => {
    const first = applyChanges(emptyDraft(), { record: { health: '  Mår bra.  ', fallsLastYear: 2 } });
    const second = applyChanges(first, { record: { loneliness: 'OFTEN' }, hearingProblems: true });
    expect(second.record).toMatchObject({ health: 'Mår bra.', fallsLastYear: 2, loneliness: 'OFTEN', memory: '' });
    expect(second.hearingProblems).toBe(true);
  });

  it('clears a text sent as null, and keeps a count and a scale null', () => {
    const saved = applyChanges(emptyDraft(), { record: { health: 'Mår bra.', fallsLastYear: 1, loneliness: 'OFTEN' } });
    expect(applyChanges(saved, { record: { health: null, fallsLastYear: null, loneliness: null } }).record).toMatchObject({ health: '', fallsLastYear: null, loneliness: null });
  });

  it('refuses a text over the limit and a negative number of falls', () => {
    expect(() => applyChanges(emptyDraft(), { record: { wishes: 'x'.repeat(CONVERSATION_TEXT_MAX_LENGTH + 1) } })).toThrow();
    expect(() => applyChanges(emptyDraft(), { record: { fallsLastYear: -1 } })).toThrow();
    expect(applyChanges(emptyDraft(), { record: { wishes: 'x'.repeat(CONVERSATION_TEXT_MAX_LENGTH) } }).record.wishes).toHaveLength(CONVERSATION_TEXT_MAX_LENGTH);
  });

  it('drops a suggested activity when the outcome changes', () => {
    const activity = applyChanges(emptyDraft(), { outcome: 'ACTIVITY_SUGGESTED', activityId: crypto.randomUUID(), activityName: 'Träffpunkt Fruängen' });
    expect(applyChanges(activity, { outcome: 'INFORMATION_GIVEN' })).toMatchObject({ activityId: null, activityName: null });
  });

  it('notices a change of consent', () => {
    const draft = emptyDraft();
    expect(consentChanged(draft, applyChanges(draft, { record: { health: 'ok' } }))).toBe(false);
    expect(consentChanged(draft, applyChanges(draft, { referralConsent: true }))).toBe(true);
    expect(consentChanged(draft, applyChanges(draft, { consentText: 'Ja.' }))).toBe(true);
  });
});

describe('completing', () => {
  const referral = applyChanges(emptyDraft(), { outcome: 'REFERRAL', referralNeeds: 'Hjälp med städning.', consentText: 'Ja, skicka det.', referralConsent: true });

  it('needs an outcome', () => {
    expect(completion(emptyDraft(), heldAt)).toEqual({ ok: false, reason: 'INVALID', issues: [{ field: 'outcome', key: 'validation.conversation.outcomeRequired' }] });
  });

  it('sends a referral only with the person’s yes, the needs and their words', () => {
    expect(completion(referral, heldAt)).toEqual({ ok: true, sendsReferral: true });
    expect(completion({ ...referral, referralConsent: false }, heldAt)).toEqual({ ok: false, reason: 'NO_CONSENT' });
    expect(completion({ ...referral, referralConsent: null }, heldAt)).toEqual({ ok: false, reason: 'NO_CONSENT' });
    const missing = completion({ ...referral, referralNeeds: '', consentText: '' }, heldAt);
    expect(missing).toMatchObject({ ok: false, reason: 'INVALID' });
    expect(missing.ok === false && missing.reason === 'INVALID' && missing.issues.map((issue) => issue.field)).toEqual(['referralNeeds', 'consentText']);
  });

  it('needs the activity for a suggested activity', () => {
    const activity = applyChanges(emptyDraft(), { outcome: 'ACTIVITY_SUGGESTED' });
    expect(completion(activity, heldAt)).toMatchObject({ ok: false, issues: [{ field: 'activityId' }] });
    expect(completion(applyChanges(activity, { activityId: crypto.randomUUID(), activityName: 'Träffpunkt Fruängen' }), heldAt)).toEqual({ ok: true, sendsReferral: false });
  });

  it('refuses a follow-up before the conversation’s Stockholm day, and a day that does not exist', () => {
    const nothing = applyChanges(emptyDraft(), { outcome: 'NOTHING_NEEDED' });
    expect(completion({ ...nothing, followUpOn: '2026-12-07' }, heldAt)).toMatchObject({ ok: false, issues: [{ key: 'validation.conversation.followUpBeforeConversation' }] });
    expect(completion({ ...nothing, followUpOn: '2026-02-30' }, heldAt)).toMatchObject({ ok: false, issues: [{ key: 'validation.day' }] });
    expect(completion({ ...nothing, followUpOn: '2026-12-08' }, heldAt)).toMatchObject({ ok: true });
  });
});

describe('follow-ups', () => {
  it('are due on their day and after', () => {
    expect(isFollowUpDue('2026-12-05', '2026-12-05')).toBe(true);
    expect(isFollowUpDue('2026-12-04', '2026-12-05')).toBe(true);
    expect(isFollowUpDue('2026-12-06', '2026-12-05')).toBe(false);
  });
});
