import { describe, expect, it } from 'vitest';
import { emptyFeedbackForm, feedbackFormSchema, feedbackSubjects, feedbackTypes, toReceipt, toSubmitInput, type FeedbackFormValues } from './feedback-form.ts';
import { FeedbackSubject, FeedbackType } from './generated/graphql.ts';

const valid: FeedbackFormValues = { ...emptyFeedbackForm(), type: 'COMPLAINT', subject: 'TREATMENT', text: 'Personalen kom inte i tid.' };
const issues = (values: FeedbackFormValues) => feedbackFormSchema.safeParse(values).error?.issues.map((issue) => [issue.path.join('.'), issue.message]) ?? [];

describe('the feedback form’s rules', () => {
  it('accepts a complete form', () => {
    expect(issues(valid)).toEqual([]);
  });

  it('asks for type, subject and text, and checks the contact details at the same time', () => {
    expect(issues({ ...emptyFeedbackForm(), contactPhone: '08-12' })).toEqual([
      ['type', 'errors.typeMissing'],
      ['subject', 'errors.subjectMissing'],
      ['text', 'errors.textMissing'],
      ['contactPhone', 'validation.phone'],
    ]);
  });

  it('treats only spaces or control characters as no text and allows exactly 10 000 characters', () => {
    expect(issues({ ...valid, text: '   ' })).toEqual([['text', 'errors.textMissing']]);
    expect(issues({ ...valid, text: '\u0000\u0007 ' })).toEqual([['text', 'errors.textMissing']]);
    expect(issues({ ...valid, text: 'a\r\n'.repeat(5_000) })).toEqual([]);
    expect(issues({ ...valid, text: 'a'.repeat(10_000) })).toEqual([]);
    expect(issues({ ...valid, text: 'a'.repeat(10_003) })).toEqual([['text', 'validation.feedback.textTooLong']]);
  });

  it('checks the contact details with the service’s rules only when not anonymous', () => {
    expect(issues({ ...valid, contactEmail: 'signe.exempel.se' })).toEqual([['contactEmail', 'validation.email']]);
    expect(issues({ ...valid, contactPhone: '(08) 508 00 508' })).toEqual([['contactPhone', 'validation.phone']]);
    expect(issues({ ...valid, contactName: 'x'.repeat(201) })).toEqual([['contactName', 'validation.feedback.contactTooLong']]);
    expect(issues({ ...valid, contactPhone: '+46 8 508 000 00', contactEmail: ' signe@exempel.se ' })).toEqual([]);
    expect(issues({ ...valid, anonymous: true, contactEmail: 'nonsense', contactName: 'x'.repeat(201) })).toEqual([]);
  });

  it('lists every type and subject the schema has, a complaint and "Annat" first', () => {
    expect([...feedbackTypes].sort()).toEqual(Object.values(FeedbackType).sort());
    expect([...feedbackSubjects].sort()).toEqual(Object.values(FeedbackSubject).sort());
    expect([feedbackTypes[0], feedbackSubjects[0]]).toEqual(['COMPLAINT', 'OTHER']);
  });
});

describe('toSubmitInput', () => {
  const input = (values: FeedbackFormValues) => toSubmitInput(feedbackFormSchema.parse(values));

  it('drops contact details when anonymous and trims and cleans the text', () => {
    expect(input({ ...valid, text: '  Hej\u0007  ', anonymous: true, contactName: 'Signe' })).toEqual({
      type: 'COMPLAINT',
      subject: 'TREATMENT',
      text: 'Hej',
      anonymous: true,
    });
  });

  it('sends only the contact details that were filled in, trimmed', () => {
    expect(input({ ...valid, contactName: ' Signe Andersson ', contactPhone: ' ' })).toEqual({
      type: 'COMPLAINT',
      subject: 'TREATMENT',
      text: 'Personalen kom inte i tid.',
      anonymous: false,
      contactName: 'Signe Andersson',
    });
  });

  it('tells the confirmation whether anyone can answer', () => {
    const sent = { referenceNumber: 'SYN-2026-000001', anonymous: false };
    expect(toReceipt(sent, input({ ...valid, contactName: 'Signe' })).hasContact).toBe(false);
    expect(toReceipt(sent, input({ ...valid, contactPhone: '070-123 45 67' }))).toEqual({ ...sent, hasContact: true });
  });
});
