import { describe, expect, it } from 'vitest';
import {
  formatPersonalIdentityNumber,
  parsePersonalIdentityNumber,
  PERSONAL_IDENTITY_NUMBER_MAX_LENGTH,
  personalIdentityNumber,
  personalIdentityNumberIssue,
} from './personal-identity-number.ts';

const today = new Date('2026-11-22T12:00:00Z');

describe('parsePersonalIdentityNumber', () => {
  it.each([
    ['19420315-2386', '194203152386', '1942-03-15', 'FEMALE'],
    ['197006124577', '197006124577', '1970-06-12', 'MALE'],
    ['19450808-3195', '194508083195', '1945-08-08', 'MALE'],
    ['19380101-9922', '193801019922', '1938-01-01', 'FEMALE'],
    ['19510923-1240', '195109231240', '1951-09-23', 'FEMALE'],
  ])('accepts %s', (input, normalized, birthDate, legalGender) => {
    const result = parsePersonalIdentityNumber(input, today);
    expect(result).toEqual({ ok: true, value: { normalized, birthDate, legalGender, isCoordinationNumber: false } });
  });

  it('reads the century from a ten-digit number, and + as over a hundred years old', () => {
    const young = parsePersonalIdentityNumber('420315-2386', today);
    const old = parsePersonalIdentityNumber('420315+2386', today);
    expect(young.ok && young.value.normalized).toBe('194203152386');
    expect(old.ok && old.value.normalized).toBe('184203152386');
  });

  it('accepts a coordination number (day + 60) and gives the real birth date', () => {
    const result = parsePersonalIdentityNumber('19420375-2383', today);
    expect(result.ok && result.value).toMatchObject({ isCoordinationNumber: true, birthDate: '1942-03-15' });
  });

  it.each([
    ['19420315-2387', 'CHECKSUM'],
    ['19420230-2386', 'DATE'],
    ['1942031-2386', 'FORMAT'],
    ['abc', 'FORMAT'],
    ['', 'FORMAT'],
  ])('rejects %s with %s', (input, error) => {
    expect(parsePersonalIdentityNumber(input, today)).toEqual({ ok: false, error });
  });

  it('formats the stored form with a hyphen', () => {
    expect(formatPersonalIdentityNumber('194203152386')).toBe('19420315-2386');
  });
});

describe('personalIdentityNumber (the form and service rule)', () => {
  it('gives the twelve-digit form of a real number', () => {
    expect(personalIdentityNumber.parse(' 19450808-3195 ')).toBe('194508083195');
    expect(personalIdentityNumber.parse('450808-3195')).toBe('194508083195');
  });

  it.each([
    ['', 'validation.required'],
    ['1945-08-08', 'validation.personalIdentityNumber.format'],
    ['19451308-3195', 'validation.personalIdentityNumber.date'],
    ['19450808-3196', 'validation.personalIdentityNumber.checksum'],
  ])('refuses %j with its own message', (input, message) => {
    const result = personalIdentityNumber.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([message]);
    if (input) expect(personalIdentityNumberIssue(input)).toBe(message);
  });

  it(`takes at most ${PERSONAL_IDENTITY_NUMBER_MAX_LENGTH} characters, spaces included, and refuses a longer one with the format's message before parsing it`, () => {
    const spaced = '1 9 4 5 0 8 0 8-3195';
    expect(spaced).toHaveLength(PERSONAL_IDENTITY_NUMBER_MAX_LENGTH);
    expect(personalIdentityNumber.parse(spaced)).toBe('194508083195');
    // The parser alone would take one space more; the rule does not.
    const longer = '1 9 4 5 0 8 0 8 -3195';
    expect(parsePersonalIdentityNumber(longer).ok).toBe(true);
    for (const input of [longer, '1'.repeat(10_000), `19450808-3195${'x'.repeat(50)}`]) {
      const result = personalIdentityNumber.safeParse(input);
      expect(result.error?.issues.map((issue) => issue.message)).toEqual(['validation.personalIdentityNumber.format']);
    }
    // Surrounding spaces are trimmed before the length is counted.
    expect(personalIdentityNumber.parse(`   19450808-3195${' '.repeat(40)}`)).toBe('194508083195');
  });
});
