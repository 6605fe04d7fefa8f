import { describe, expect, it } from 'vitest';
import { decisionIssues } from './applications/index.ts';
import { isIsoDate, isPhoneNumber, optionalPhoneNumber, phoneNumber } from './index.ts';
import { ruleMessages } from './messages.ts';

describe('phone numbers', () => {
  it('accepts numbers as people write them and refuses words or too few digits', () => {
    expect(['070-123 45 67', '+46 8 508 000 00', '0812345'].every(isPhoneNumber)).toBe(true);
    expect(['ring mig', '12-34', '+', '070 123 45 67 89 01 23 45'].some(isPhoneNumber)).toBe(false);
  });

  it('says what is wrong with a message key both sides translate', () => {
    expect(phoneNumber.safeParse('  ').error?.issues[0]?.message).toBe('validation.required');
    expect(phoneNumber.safeParse('ring mig').error?.issues[0]?.message).toBe('validation.phone');
    expect(optionalPhoneNumber.parse('  ')).toBe('');
    expect(optionalPhoneNumber.safeParse('x').success).toBe(false);
  });
});

describe('decision rule', () => {
  const draft = { serviceType: 'HOME_CARE_SERVICE', outcome: 'GRANTED' as const, hoursPerMonth: 40, validFrom: '2026-12-01', validTo: null, motivation: 'Behov finns.', notifiedOn: null };

  it('accepts a complete home-care decision', () => {
    expect(decisionIssues(draft)).toEqual([]);
  });

  it('names each field that is wrong, with a key that has a message in every language', () => {
    const issues = decisionIssues({ ...draft, hoursPerMonth: 800, validTo: '2026-11-01', motivation: ' ' });
    expect(issues.map((issue) => issue.field)).toEqual(['hoursPerMonth', 'validTo', 'motivation']);
    for (const issue of issues) expect(ruleMessages.sv[issue.key]).toBeTruthy();
    expect(decisionIssues({ ...draft, serviceType: 'SAFETY_ALARM' })[0]?.key).toBe('validation.decision.hoursOnlyHomeCare');
  });
});

describe('dates and messages', () => {
  it('knows real calendar days', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('1/12/2026')).toBe(false);
  });

  it('reads the messages flat for the services, in every language, with vue-i18n literals undone', () => {
    expect(ruleMessages.sv['validation.decision.hoursTooMany']).toContain('{maximum}');
    expect(ruleMessages.fi['validation.email']).toContain('@esimerkki');
    for (const locale of ['en', 'fi', 'ar'] as const) expect(Object.keys(ruleMessages[locale]).every((key) => key in ruleMessages.sv)).toBe(true);
  });
});

describe('day fields', () => {
  it('asks for the date by the form’s own key, then for a real day, then not later than allowed', async () => {
    const { day, optionalDay } = await import('./index.ts');
    const received = day({ missing: 'case.appeal.errors.receivedOn', notAfter: '2026-12-05' });
    expect(received.safeParse(' ').error?.issues.map((issue) => issue.message)).toEqual(['case.appeal.errors.receivedOn']);
    expect(received.safeParse('5/12').error?.issues.map((issue) => issue.message)).toEqual(['validation.day']);
    expect(received.safeParse('2026-12-06').error?.issues.map((issue) => issue.message)).toEqual(['validation.notInFuture']);
    expect(received.parse(' 2026-12-05 ')).toBe('2026-12-05');
    expect(optionalDay.parse('')).toBeNull();
  });
});

describe('issue keys, shared by the services and the portal forms', () => {
  it('keeps a key the schema names, with its limits as parameters', async () => {
    const { issueKey } = await import('./issue.ts');
    expect(issueKey({ code: 'too_big', origin: 'string', maximum: 40, message: 'validation.tooLong' })).toEqual({ key: 'validation.tooLong', params: { maximum: 40 } });
    expect(issueKey({ code: 'custom', message: 'case.appeal.errors.text' }).key).toBe('case.appeal.errors.text');
  });

  it('says what an issue without a key means in the rules’ words', async () => {
    const { issueKey } = await import('./issue.ts');
    expect(issueKey({ code: 'too_small', origin: 'string', minimum: 1, message: 'Too small' }).key).toBe('validation.required');
    expect(issueKey({ code: 'too_small', origin: 'string', minimum: 3, message: 'Too small' })).toEqual({ key: 'validation.tooShort', params: { minimum: 3 } });
    expect(issueKey({ code: 'invalid_format', format: 'email', message: 'Invalid email' }).key).toBe('validation.email');
    expect(issueKey({ code: 'invalid_union', message: 'Invalid input' }).key).toBe('validation.invalid');
  });
});
