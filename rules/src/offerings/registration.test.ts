import { describe, expect, it } from 'vitest';
import { normaliseCancelCode, registrationContactIssues } from './registration.ts';

describe('cancel codes as typed', () => {
  it('reads lower case, spaces and a missing hyphen, and refuses anything else', () => {
    expect(normaliseCancelCode('k7qm3pxw')).toBe('K7QM-3PXW');
    expect(normaliseCancelCode(' K7QM - 3PXW ')).toBe('K7QM-3PXW');
    expect(normaliseCancelCode('K7QM-3PX')).toBeNull();
    // O, I, 0 and 1 are never in a code: they are mistaken for one another.
    expect(normaliseCancelCode('O0I1-AAAA')).toBeNull();
  });
});

describe('the registration contact rules', () => {
  const ok = { name: 'Signe Andersson', phone: '070-123 45 67', email: '', postalAddress: '', noticeBy: 'PHONE' as const };

  it('takes a name and a phone number alone', () => {
    expect(registrationContactIssues(ok)).toEqual([]);
  });

  it('says what is missing or wrong, field by field', () => {
    expect(registrationContactIssues({ ...ok, name: '', phone: '12' })).toEqual([
      { field: 'name', message: 'validation.required' },
      { field: 'phone', message: 'validation.phone' },
    ]);
    expect(registrationContactIssues({ ...ok, name: 'x'.repeat(201), email: 'nej' })).toEqual([
      { field: 'name', message: 'validation.tooLong' },
      { field: 'email', message: 'validation.email' },
    ]);
    expect(registrationContactIssues({ ...ok, noticeBy: 'EMAIL' })).toEqual([{ field: 'email', message: 'validation.registration.emailNeeded' }]);
    expect(registrationContactIssues({ ...ok, noticeBy: 'LETTER' })).toEqual([{ field: 'postalAddress', message: 'validation.registration.addressNeeded' }]);
  });
});
