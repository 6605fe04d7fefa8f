import { describe, expect, it } from 'vitest';
import { ruleMessages } from '../messages.ts';
import { isEmailAddress } from '../contact.ts';
import { contactIssues } from './citizen.ts';

describe('contact details of an application', () => {
  const contact = { method: 'PHONE', phone: '070-123 45 67', email: '' };

  it('needs the number or the address that belongs to the way of contact chosen', () => {
    expect(contactIssues(contact)).toEqual([]);
    expect(contactIssues({ ...contact, phone: ' ' })).toEqual([{ field: 'phone', key: 'validation.application.phoneRequired' }]);
    expect(contactIssues({ ...contact, method: 'EMAIL' })).toEqual([{ field: 'email', key: 'validation.application.emailRequired' }]);
    expect(contactIssues({ method: 'LETTER', phone: '', email: '' })).toEqual([]);
    expect(contactIssues({ method: null, phone: '', email: '' })).toEqual([]);
  });

  it('checks what is given even when it is not the way of contact', () => {
    expect(contactIssues({ method: 'LETTER', phone: 'ring mig', email: 'signe.exempel.se' }).map((issue) => issue.key)).toEqual(['validation.phone', 'validation.email']);
    expect(contactIssues({ ...contact, email: `${'s'.repeat(200)}@exempel.se` })).toEqual([{ field: 'email', key: 'validation.tooLong', params: { maximum: 200 } }]);
  });

  it('asks whom to contact only of someone applying for another', () => {
    expect(contactIssues(contact, { forSomeoneElse: true })).toEqual([{ field: 'contactWhom', key: 'validation.application.contactWhomRequired' }]);
    expect(contactIssues({ ...contact, whom: 'REPRESENTATIVE' }, { forSomeoneElse: true })).toEqual([]);
    expect(contactIssues({ method: null, phone: '', email: '' }, { forSomeoneElse: true })).toEqual([]);
    for (const locale of ['sv', 'en', 'fi', 'ar'] as const) expect(ruleMessages[locale]['validation.application.contactWhomRequired'], locale).toBeTruthy();
  });

  it('knows an e-mail address, and has words for every issue in every language', () => {
    expect(isEmailAddress('signe@exempel.se')).toBe(true);
    expect(isEmailAddress('signe@exempel')).toBe(false);
    for (const locale of ['sv', 'en', 'fi', 'ar'] as const) {
      for (const key of ['validation.application.phoneRequired', 'validation.application.emailRequired']) expect(ruleMessages[locale][key], `${locale} ${key}`).toBeTruthy();
    }
  });
});
