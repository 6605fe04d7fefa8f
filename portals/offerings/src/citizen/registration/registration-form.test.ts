import { describe, expect, it } from 'vitest';
import { questionIssue, questionsFor, registrationFormSchema, toRegisterInput, type RegistrationValues } from './registration-form.ts';

const values: RegistrationValues = { who: 'me', name: 'Signe Andersson', phone: '070-123 45 67', email: '', postalAddress: '', noticeBy: 'PHONE' };

describe('the registration form', () => {
  it('asks whom only when there is a choice, and the address only for a letter', () => {
    expect(questionsFor(values, false)).toEqual(['name', 'phone', 'email', 'noticeBy']);
    expect(questionsFor({ noticeBy: 'LETTER' }, true)).toEqual(['who', 'name', 'phone', 'email', 'noticeBy', 'postalAddress']);
  });

  it('checks each question with the shared rules before going on', () => {
    expect(questionIssue({ ...values, name: '  ' }, 'name')).toBe('validation.required');
    expect(questionIssue({ ...values, phone: 'abc' }, 'phone')).toBe('validation.phone');
    expect(questionIssue({ ...values, email: 'x@' }, 'email')).toBe('validation.email');
    expect(questionIssue({ ...values, noticeBy: 'EMAIL' }, 'email')).toBe('validation.registration.emailNeeded');
    expect(questionIssue({ ...values, noticeBy: 'LETTER' }, 'postalAddress')).toBe('validation.registration.addressNeeded');
    expect(questionIssue(values, 'phone')).toBeNull();
  });

  it('sends oneself without a person id, a represented person with theirs, and no address unless by letter', async () => {
    const mine = await registrationFormSchema.parseAsync({ ...values, postalAddress: 'Storgatan 1' });
    expect(toRegisterInput(mine)).toEqual({ name: 'Signe Andersson', phone: '070-123 45 67', email: null, postalAddress: null, noticeBy: 'PHONE' });
    const theirs = await registrationFormSchema.parseAsync({ ...values, who: 'p-2', noticeBy: 'LETTER', postalAddress: ' Storgatan 1 ' });
    expect(toRegisterInput(theirs)).toMatchObject({ personId: 'p-2', postalAddress: 'Storgatan 1', noticeBy: 'LETTER' });
  });
});
