import { describe, expect, it } from 'vitest';
import { formatReferenceNumber, yearInStockholm } from './reference-number.ts';

describe('formatReferenceNumber', () => {
  it('pads the serial to six digits after the year', () => {
    expect(formatReferenceNumber(2026, 123)).toBe('SYN-2026-000123');
    expect(formatReferenceNumber(2027, 1)).toBe('SYN-2027-000001');
  });

  it('keeps every digit once the serial outgrows the padding', () => {
    expect(formatReferenceNumber(2026, 1_234_567)).toBe('SYN-2026-1234567');
  });

  it('refuses serials and years that cannot come from the sequence or a clock', () => {
    expect(() => formatReferenceNumber(2026, 0)).toThrow(RangeError);
    expect(() => formatReferenceNumber(2026, 1.5)).toThrow(RangeError);
    expect(() => formatReferenceNumber(26, 1)).toThrow(RangeError);
  });
});

describe('yearInStockholm', () => {
  it('counts the new year from Stockholm midnight, not UTC midnight', () => {
    expect(yearInStockholm(new Date('2026-12-31T22:59:59Z'))).toBe(2026);
    expect(yearInStockholm(new Date('2026-12-31T23:00:00Z'))).toBe(2027);
  });
});
