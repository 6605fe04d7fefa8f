import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isEmailAddress } from '../contact.ts';
import { answerContactIssues, feedbackReferenceNumber, feedbackContact, feedbackContactAddress, feedbackTargetName, feedbackText } from './form.ts';
import { ruleMessages } from '../messages.ts';

const messages = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error?.issues.map((issue) => issue.message);

describe('feedback text', () => {
  it('is required, in the form’s own words when it gives them', () => {
    expect(messages(feedbackText(), ' \n\t ')).toEqual(['validation.required']);
    expect(messages(feedbackText({ missing: 'errors.textMissing' }), '   ')).toEqual(['errors.textMissing']);
  });

  it('counts 10 000 characters after trimming, a CRLF line break as one', () => {
    expect(feedbackText().parse(` ${'a'.repeat(10_000)} `)).toHaveLength(10_000);
    expect(feedbackText().parse('a\r\n'.repeat(5_000))).toHaveLength(9_999);
    expect(messages(feedbackText(), 'a'.repeat(10_001))).toEqual(['validation.feedback.textTooLong']);
  });
});

describe('feedback contact details', () => {
  const contact = z.object(feedbackContact);

  it('takes each detail as optional and trims it', () => {
    expect(contact.parse({ contactName: ' Greta Berg ', contactEmail: '', contactPhone: ' ' })).toEqual({ contactName: 'Greta Berg', contactEmail: '', contactPhone: '' });
  });

  it('says what is wrong with each detail, too long before the format', () => {
    const issues = contact.safeParse({ contactName: 'G'.repeat(201), contactEmail: 'greta.berg', contactPhone: 'ring mig' }).error?.issues;
    expect(issues?.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['contactName', 'validation.feedback.contactTooLong'],
      ['contactEmail', 'validation.email'],
      ['contactPhone', 'validation.phone'],
    ]);
    expect(messages(feedbackContact.contactEmail, `${'g'.repeat(200)}@exempel.se`)).toEqual(['validation.feedback.contactTooLong']);
  });

  it('knows an e-mail address', () => {
    expect(['greta.berg@exempel.se', 'g+1@stockholm.se'].every(isEmailAddress)).toBe(true);
    expect(['greta.berg', 'greta@exempel', 'gre ta@exempel.se'].some(isEmailAddress)).toBe(false);
  });

  it('has every message in every language', () => {
    for (const locale of ['sv', 'en', 'fi', 'ar'] as const) {
      expect(ruleMessages[locale]['validation.feedback.textTooLong']).toContain('10');
      expect(ruleMessages[locale]['validation.feedback.contactTooLong']).toContain('200');
    }
  });
});

describe('how the sender wants an answer', () => {
  it('needs a postal address for a letter, an e-mail address for e-mail and a number for a call', () => {
    expect(answerContactIssues({ answerBy: 'LETTER', contactAddress: ' ', contactEmail: 'a@b.se' })).toEqual([{ field: 'contactAddress', message: 'validation.feedback.addressNeeded' }]);
    expect(answerContactIssues({ answerBy: 'EMAIL', contactPhone: '070-123 45 67' })).toEqual([{ field: 'contactEmail', message: 'validation.feedback.emailNeeded' }]);
    expect(answerContactIssues({ answerBy: 'PHONE', contactPhone: null })).toEqual([{ field: 'contactPhone', message: 'validation.feedback.phoneNeeded' }]);
  });

  it('is satisfied by the detail it needs, and asks nothing when no answer is wanted', () => {
    expect(answerContactIssues({ answerBy: 'LETTER', contactAddress: 'Storgatan 1\n123 45 Stockholm' })).toEqual([]);
    expect(answerContactIssues({ answerBy: 'EMAIL', contactEmail: 'signe@exempel.se' })).toEqual([]);
    expect(answerContactIssues({ answerBy: 'NONE' })).toEqual([]);
  });

  it('limits the address to 500 and the named provider to 200 characters', () => {
    expect(feedbackContactAddress.parse(' Storgatan 1\r\n123 45 Stockholm ')).toBe('Storgatan 1\n123 45 Stockholm');
    expect(messages(feedbackContactAddress, 'a'.repeat(501))).toEqual(['validation.feedback.addressTooLong']);
    expect(messages(feedbackTargetName, 'a'.repeat(201))).toEqual(['validation.feedback.targetNameTooLong']);
    for (const locale of ['sv', 'en', 'fi', 'ar'] as const) {
      for (const key of ['addressTooLong', 'targetNameTooLong', 'addressNeeded', 'emailNeeded', 'phoneNeeded']) expect(ruleMessages[locale][`validation.feedback.${key}`], `${locale} ${key}`).toBeTruthy();
    }
  });
});

describe('a reference number as typed', () => {
  it('drops spaces and takes lower case, and is required', () => {
    expect(feedbackReferenceNumber().parse(' syn - 2026-000042 ')).toBe('SYN-2026-000042');
    expect(messages(feedbackReferenceNumber({ missing: 'errors.referenceMissing' }), '  ')).toEqual(['errors.referenceMissing']);
    expect(messages(feedbackReferenceNumber(), 'S'.repeat(33))).toEqual(['validation.tooLong']);
  });
});
