import { describe, expect, it } from 'vitest';
import { emptyFeedbackForm, toSubmitInput, validateFeedback, type FeedbackFormValues } from './feedback-form.ts';

const valid: FeedbackFormValues = { ...emptyFeedbackForm(), type: 'COMPLAINT', subject: 'TREATMENT', text: 'Personalen kom inte i tid.' };

describe('validateFeedback', () => {
  it('accepts a complete form', () => {
    expect(validateFeedback(valid)).toEqual([]);
  });

  it('asks for type, subject and text', () => {
    expect(validateFeedback(emptyFeedbackForm()).map((i) => i.field)).toEqual(['type', 'subject', 'text']);
  });

  it('treats only spaces as no text and allows exactly 10 000 characters', () => {
    expect(validateFeedback({ ...valid, text: '   ' })[0]?.key).toBe('textMissing');
    expect(validateFeedback({ ...valid, text: '\u0000\u0007 ' })[0]?.key).toBe('textMissing');
    expect(validateFeedback({ ...valid, text: 'a\r\n'.repeat(5_000) })).toEqual([]);
    expect(validateFeedback({ ...valid, text: 'a'.repeat(10_000) })).toEqual([]);
    expect(validateFeedback({ ...valid, text: 'a'.repeat(10_003) })).toEqual([{ field: 'text', key: 'textTooLong', params: { count: 3 } }]);
  });

  it('checks the format of e-mail and phone only when given and not anonymous', () => {
    expect(validateFeedback({ ...valid, contactEmail: 'signe.exempel.se' })[0]?.field).toBe('contactEmail');
    expect(validateFeedback({ ...valid, contactPhone: '08-12' })[0]?.field).toBe('contactPhone');
    expect(validateFeedback({ ...valid, contactPhone: '(08) 508 00 508' })[0]?.field).toBe('contactPhone');
    expect(validateFeedback({ ...valid, contactPhone: '+46 8 508 000 00' })).toEqual([]);
    expect(validateFeedback({ ...valid, contactName: 'x'.repeat(201) })[0]?.key).toBe('contactTooLong');
    expect(validateFeedback({ ...valid, contactPhone: '070-123 45 67', contactEmail: 'signe@exempel.se' })).toEqual([]);
    expect(validateFeedback({ ...valid, anonymous: true, contactEmail: 'nonsense' })).toEqual([]);
  });
});

describe('toSubmitInput', () => {
  it('drops contact details when anonymous and trims text', () => {
    expect(toSubmitInput({ ...valid, text: '  Hej  ', anonymous: true, contactName: 'Signe' })).toEqual({
      type: 'COMPLAINT',
      subject: 'TREATMENT',
      text: 'Hej',
      anonymous: true,
    });
  });

  it('sends only the contact details that were filled in', () => {
    expect(toSubmitInput({ ...valid, contactName: ' Signe Andersson ', contactPhone: '' })).toMatchObject({ contactName: 'Signe Andersson' });
    expect(toSubmitInput({ ...valid, contactName: 'Signe' })).not.toHaveProperty('contactPhone');
  });
});
