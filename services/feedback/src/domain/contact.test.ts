import { describe, expect, it } from 'vitest';
import { blankToNull, isPhoneNumber } from './contact.ts';

describe('isPhoneNumber', () => {
  it.each(['070-123 45 67', '08-508 000 00', '+46 8 508 000 00', '0701234567', '123456'])('accepts %s', (value) => {
    expect(isPhoneNumber(value)).toBe(true);
  });

  it.each([
    ['too short', '12345'],
    ['too long', '0701234567 0701234567'],
    ['letters', '070-ABC 45 67'],
    ['a plus inside', '070+1234567'],
    ['too few digits', '+- - - 12'],
  ])('rejects %s', (_reason, value) => {
    expect(isPhoneNumber(value)).toBe(false);
  });
});

describe('blankToNull', () => {
  it('trims an answer and drops an empty one', () => {
    expect(blankToNull('  Greta Berg ')).toBe('Greta Berg');
    expect(blankToNull('   ')).toBeNull();
  });
});
