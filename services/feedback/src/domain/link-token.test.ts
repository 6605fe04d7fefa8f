import { describe, expect, it } from 'vitest';
import { generateLinkToken, hashLinkToken, isLinkTokenShaped, linkPepper, linkRefusal } from './link-token.ts';

describe('forward link tokens', () => {
  it('makes random tokens of the checked shape, stored as a peppered HMAC', () => {
    const token = generateLinkToken();
    expect(isLinkTokenShaped(token)).toBe(true);
    expect(token).not.toBe(generateLinkToken());
    const pepper = 'x'.repeat(32);
    expect(hashLinkToken(token, pepper)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashLinkToken(token, pepper)).not.toBe(hashLinkToken(token, 'y'.repeat(32)));
    expect(isLinkTokenShaped('../../etc')).toBe(false);
  });

  it('requires a long pepper, and one in production', () => {
    expect(() => linkPepper({ FEEDBACK_LINK_PEPPER: 'short' })).toThrow();
    expect(() => linkPepper({ NODE_ENV: 'production' })).toThrow();
    expect(linkPepper({ FEEDBACK_LINK_PEPPER: 'p'.repeat(40) })).toBe('p'.repeat(40));
  });

  it('refuses unknown, answered and expired links', () => {
    const now = new Date('2026-12-05T12:00:00Z');
    expect(linkRefusal(null, now)).toBe('UNKNOWN');
    expect(linkRefusal({ linkExpiresAt: new Date('2027-01-01'), answeredAt: now }, now)).toBe('ANSWERED');
    expect(linkRefusal({ linkExpiresAt: new Date('2026-12-05T11:59:59Z'), answeredAt: null }, now)).toBe('EXPIRED');
    expect(linkRefusal({ linkExpiresAt: new Date('2027-01-01'), answeredAt: null }, now)).toBeNull();
  });
});
