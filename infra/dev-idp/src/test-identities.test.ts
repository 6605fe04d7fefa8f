import { describe, expect, it } from 'vitest';
import { parsePersonalIdentityNumber } from '@omsorg/platform';
import { TEST_CITIZENS, TEST_REPRESENTATIONS, TEST_STAFF } from './test-identities.ts';

describe('test identities', () => {
  it('has only valid, normalized, unique personnummer', () => {
    for (const citizen of TEST_CITIZENS) {
      const parsed = parsePersonalIdentityNumber(citizen.personalIdentityNumber);
      expect(parsed.ok, citizen.personalIdentityNumber).toBe(true);
      if (parsed.ok) expect(parsed.value.normalized).toBe(citizen.personalIdentityNumber);
    }
    expect(new Set(TEST_CITIZENS.map((c) => c.personalIdentityNumber)).size).toBe(TEST_CITIZENS.length);
  });

  it('has unique lower-case usernames', () => {
    for (const staff of TEST_STAFF) expect(staff.username).toMatch(/^[a-z0-9]+$/);
    expect(new Set(TEST_STAFF.map((s) => s.username)).size).toBe(TEST_STAFF.length);
  });

  it('only links people and staff that exist', () => {
    const numbers = new Set(TEST_CITIZENS.map((c) => c.personalIdentityNumber));
    const usernames = new Set(TEST_STAFF.map((s) => s.username));
    for (const representation of TEST_REPRESENTATIONS) {
      expect(numbers.has(representation.representative)).toBe(true);
      expect(numbers.has(representation.represented)).toBe(true);
      expect(usernames.has(representation.verifiedBy)).toBe(true);
    }
  });
});
