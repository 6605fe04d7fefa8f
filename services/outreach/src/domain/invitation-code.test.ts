import { describe, expect, it } from 'vitest';
import { formatInvitationCode, generateInvitationCode, hashInvitationCode, invitationCodePepper, normalizeInvitationCode } from './invitation-code.ts';

describe('invitation codes', () => {
  it('are 12 characters from an alphabet without look-alikes, and differ', () => {
    const codes = Array.from({ length: 2000 }, generateInvitationCode);
    for (const code of codes) expect(code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{12}$/);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.join('')).not.toMatch(/[01ILO]/);
  });

  it('print in groups of four', () => {
    expect(formatInvitationCode('KBF79XTMQ4RH')).toBe('KBF7-9XTM-Q4RH');
  });

  it('read what people type: lower case, spaces and hyphens', () => {
    for (const typed of ['KBF7-9XTM-Q4RH', 'kbf7 9xtm q4rh', ' kbf79xtmq4rh ', 'KBF7–9XTM–Q4RH']) expect(normalizeInvitationCode(typed)).toBe('KBF79XTMQ4RH');
  });

  it('refuse anything that is not 12 valid characters', () => {
    for (const typed of ['', 'KBF7-9XTM-Q4R', 'KBF7-9XTM-Q4RHX', 'KBF0-9XTM-Q4RH', 'KBFO-9XTM-Q4RH', 'KBF1-9XTM-Q4RH', 'KBFI-9XTM-Q4RH', 'KBF7_9XTM_Q4RH', 'K'.repeat(200)])
      expect(normalizeInvitationCode(typed)).toBeNull();
  });

  it('hash the normalised code with the pepper', () => {
    const hash = hashInvitationCode('KBF79XTMQ4RH', 'pepper');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashInvitationCode('kbf7-9xtm-q4rh', 'pepper')).toBe(hash);
    expect(hashInvitationCode('KBF79XTMQ4RH', 'another pepper')).not.toBe(hash);
  });

  it('take the pepper from INVITATION_CODE_PEPPER, with a development default', () => {
    expect(invitationCodePepper({ INVITATION_CODE_PEPPER: 'secret' })).toBe('secret');
    expect(invitationCodePepper({})).toMatch(/development/);
    expect(() => invitationCodePepper({ NODE_ENV: 'production' })).toThrow(/INVITATION_CODE_PEPPER/);
  });
});
