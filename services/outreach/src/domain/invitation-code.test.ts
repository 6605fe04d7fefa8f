import { describe, expect, it } from 'vitest';
import {
  DEVELOPMENT_INVITATION_CODE_PEPPER,
  formatInvitationCode,
  generateInvitationCode,
  hashInvitationCode,
  INVITATION_CODE_ALPHABET,
  invitationCodePepper,
  normalizeInvitationCode,
} from './invitation-code.ts';

describe('invitation codes', () => {
  it('have 31 distinct signs, none of the letters that look like 0 or 1, nor U or W', () => {
    expect(new Set(INVITATION_CODE_ALPHABET).size).toBe(31);
    for (const absent of 'OILUW') expect(INVITATION_CODE_ALPHABET).not.toContain(absent);
    // 31^12 is at least 2^59: long enough not to be guessed with the rate limits.
    expect(12 * Math.log2(INVITATION_CODE_ALPHABET.length)).toBeGreaterThan(59);
  });

  it('are 12 signs of the alphabet, every sign drawn (a run of codes uses all 31)', () => {
    const codes = Array.from({ length: 400 }, generateInvitationCode);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);
    expect(new Set(codes.join('')).size).toBe(31);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('print in groups of four', () => {
    expect(formatInvitationCode('KBF79XTMQ4RH')).toBe('KBF7-9XTM-Q4RH');
  });

  it('are read back however a person types them: lower case, spaces, hyphens, full-width signs', () => {
    const code = generateInvitationCode();
    expect(normalizeInvitationCode(formatInvitationCode(code))).toBe(code);
    expect(normalizeInvitationCode(formatInvitationCode(code).toLowerCase())).toBe(code);
    expect(normalizeInvitationCode('  kbf7 9xtm – q4rh ')).toBe('KBF79XTMQ4RH');
    expect(normalizeInvitationCode('ＫＢＦ７９ＸＴＭＱ４ＲＨ')).toBe('KBF79XTMQ4RH');
  });

  it('read O as zero and I or L as one, so a code read aloud as "o" or "i" still works', () => {
    expect(normalizeInvitationCode('K0F1-9XTM-Q4RH')).toBe('K0F19XTMQ4RH');
    expect(normalizeInvitationCode('kof1-9xtm-q4rh')).toBe('K0F19XTMQ4RH');
    expect(normalizeInvitationCode('KOFI-9XTM-Q4RH')).toBe('K0F19XTMQ4RH');
    expect(normalizeInvitationCode('KOFL-9XTM-Q4RH')).toBe('K0F19XTMQ4RH');
  });

  it('refuse what cannot be a code: too short or long, signs outside the alphabet, absurdly long input', () => {
    expect(normalizeInvitationCode('KBF7-9XTM-Q4R')).toBeNull();
    expect(normalizeInvitationCode('KBF7-9XTM-Q4RHX')).toBeNull();
    expect(normalizeInvitationCode('KBF7-9XTM-Q4RU')).toBeNull();
    expect(normalizeInvitationCode('KBF7-9XTM-Q4R!')).toBeNull();
    expect(normalizeInvitationCode('ÅBF7-9XTM-Q4RH')).toBeNull();
    expect(normalizeInvitationCode('')).toBeNull();
    expect(normalizeInvitationCode(`KBF79XTMQ4RH${' '.repeat(100)}`)).toBeNull();
  });

  it('are stored as an HMAC-SHA-256 that depends on the pepper', () => {
    const hash = hashInvitationCode('KBF79XTMQ4RH', 'p'.repeat(32));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashInvitationCode('KBF79XTMQ4RH', 'p'.repeat(32))).toBe(hash);
    expect(hashInvitationCode('KBF79XTMQ4RJ', 'p'.repeat(32))).not.toBe(hash);
    expect(hashInvitationCode('KBF79XTMQ4RH', 'q'.repeat(32))).not.toBe(hash);
    expect(hash).not.toContain('KBF79XTMQ4RH'.toLowerCase());
    // A known value, so the stored hashes never change under a refactoring.
    expect(hashInvitationCode('KBF79XTMQ4RH', DEVELOPMENT_INVITATION_CODE_PEPPER)).toBe('c302ab1501f601e6f28a7a7803719724531b63060032ff2570de875d911334d6');
  });

  it('take the pepper from INVITATION_CODE_PEPPER, a default in development, and none in production', () => {
    expect(invitationCodePepper({ INVITATION_CODE_PEPPER: 'x'.repeat(40) })).toBe('x'.repeat(40));
    expect(invitationCodePepper({})).toBe(DEVELOPMENT_INVITATION_CODE_PEPPER);
    expect(() => invitationCodePepper({ NODE_ENV: 'production' })).toThrow(/required in production/);
    expect(() => invitationCodePepper({ INVITATION_CODE_PEPPER: 'short' })).toThrow(/at least 32/);
  });
});
