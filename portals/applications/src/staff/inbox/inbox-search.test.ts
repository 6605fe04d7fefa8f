import { describe, expect, it } from 'vitest';
import { GraphqlRequestError } from '@omsorg/ui';
import { parseInboxSearch, searchLimitMessage } from './inbox-search.ts';

const today = new Date('2026-12-05T12:00:00Z');

describe('the inbox search', () => {
  it('takes a personnummer in any usual form and sends it in 12 digits', () => {
    expect(parseInboxSearch('19420315-2386', today)).toEqual({ kind: 'person', personalIdentityNumber: '194203152386' });
    expect(parseInboxSearch(' 420315-2386 ', today)).toEqual({ kind: 'person', personalIdentityNumber: '194203152386' });
    expect(parseInboxSearch('194203152386', today)).toEqual({ kind: 'person', personalIdentityNumber: '194203152386' });
  });

  it('says what is wrong with a mistyped personnummer instead of searching', () => {
    expect(parseInboxSearch('19420315-2387', today)).toEqual({ kind: 'invalid', messageKey: 'validation.personalIdentityNumber.checksum' });
    expect(parseInboxSearch('19421315-2386', today)).toEqual({ kind: 'invalid', messageKey: 'validation.personalIdentityNumber.date' });
    expect(parseInboxSearch('1942031523', today)).toMatchObject({ kind: 'invalid' });
    expect(parseInboxSearch('19420315238', today)).toEqual({ kind: 'invalid', messageKey: 'validation.personalIdentityNumber.format' });
  });

  it('takes a case number, whole or its start', () => {
    expect(parseInboxSearch('ANS-2026-000123', today)).toEqual({ kind: 'reference', reference: 'ANS-2026-000123' });
    expect(parseInboxSearch('ans-2026', today)).toEqual({ kind: 'reference', reference: 'ans-2026' });
    expect(parseInboxSearch('ANS-2026-0001', today)).toEqual({ kind: 'reference', reference: 'ANS-2026-0001' });
    expect(parseInboxSearch('123', today)).toEqual({ kind: 'reference', reference: '123' });
  });

  it('takes a name, of two letters or more', () => {
    expect(parseInboxSearch('Karl Svensson', today)).toEqual({ kind: 'name', name: 'Karl Svensson' });
    expect(parseInboxSearch('Åsa', today)).toEqual({ kind: 'name', name: 'Åsa' });
    expect(parseInboxSearch("O'Brien-Lind", today)).toEqual({ kind: 'name', name: "O'Brien-Lind" });
  });

  it('says what it can search by when given anything else', () => {
    expect(parseInboxSearch('K', today)).toEqual({ kind: 'invalid', messageKey: 'applications.staff.inbox.search.errors.unknown' });
    expect(parseInboxSearch('50%', today)).toEqual({ kind: 'invalid', messageKey: 'applications.staff.inbox.search.errors.unknown' });
    expect(parseInboxSearch('   ', today)).toEqual({ kind: 'none' });
  });
});

describe("identity's refusal of a search made too often", () => {
  it('is said in its own words, with how long to wait; any other failure is not a refusal', () => {
    const limited = new GraphqlRequestError('graphql', 'refused', {
      errors: [{ message: 'Du har sökt på många namn på kort tid. Vänta 1 minut och försök igen.', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 42 } }],
    });
    expect(searchLimitMessage(limited)).toBe('Du har sökt på många namn på kort tid. Vänta 1 minut och försök igen.');
    expect(searchLimitMessage(new GraphqlRequestError('graphql', 'x', { errors: [{ message: 'Not allowed', extensions: { code: 'FORBIDDEN' } }] }))).toBeNull();
    expect(searchLimitMessage(new GraphqlRequestError('network', 'offline'))).toBeNull();
    expect(searchLimitMessage(new Error('boom'))).toBeNull();
  });
});
