import { describe, expect, it } from 'vitest';
import { cancelCodePepper, DEVELOPMENT_CANCEL_CODE_PEPPER, generateCancelCode, hashCancelCode } from './cancel-code.ts';

describe('cancel codes', () => {
  it('are 8 unambiguous characters, different each time', () => {
    const codes = new Set(Array.from({ length: 200 }, generateCancelCode));
    expect(codes.size).toBe(200);
    for (const code of codes) expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
  });

  it('are stored as an HMAC that depends on the pepper', () => {
    expect(hashCancelCode('K7QM-3PXW', 'a'.repeat(32))).toMatch(/^[0-9a-f]{64}$/);
    expect(hashCancelCode('K7QM-3PXW', 'a'.repeat(32))).not.toBe(hashCancelCode('K7QM-3PXW', 'b'.repeat(32)));
  });

  it('use the development pepper only outside production, and refuse a short one', () => {
    expect(cancelCodePepper({})).toBe(DEVELOPMENT_CANCEL_CODE_PEPPER);
    expect(() => cancelCodePepper({ NODE_ENV: 'production' })).toThrow(/OFFERINGS_CANCEL_CODE_PEPPER/);
    expect(() => cancelCodePepper({ OFFERINGS_CANCEL_CODE_PEPPER: 'short' })).toThrow(/at least 32/);
  });
});
