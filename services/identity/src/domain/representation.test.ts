import { describe, expect, it } from 'vitest';
import { isRepresentationActive, todayInStockholm } from './representation.ts';

const verified = new Date('2025-01-02T10:00:00Z');

describe('isRepresentationActive', () => {
  it('is active from the first to the last valid day', () => {
    const terms = { validFrom: '2025-01-01', validTo: '2025-12-31', verifiedAt: verified };
    expect(isRepresentationActive(terms, '2024-12-31')).toBe(false);
    expect(isRepresentationActive(terms, '2025-01-01')).toBe(true);
    expect(isRepresentationActive(terms, '2025-12-31')).toBe(true);
    expect(isRepresentationActive(terms, '2026-01-01')).toBe(false);
  });

  it('has no end when validTo is empty', () => {
    expect(isRepresentationActive({ validFrom: '2025-01-01', validTo: null, verifiedAt: verified }, '2040-01-01')).toBe(true);
  });

  it('is not active before staff have verified it', () => {
    expect(isRepresentationActive({ validFrom: '2025-01-01', validTo: null, verifiedAt: null }, '2025-06-01')).toBe(false);
  });
});

describe('todayInStockholm', () => {
  it('uses Stockholm time, not UTC', () => {
    expect(todayInStockholm(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-23');
  });
});

describe('isRepresentationActive after staff ended it', () => {
  it('is not active from the moment it was ended, whatever validTo says', () => {
    const terms = { validFrom: '2025-01-01', validTo: null, verifiedAt: verified, endedAt: new Date('2026-12-05T10:00:00Z') };
    expect(isRepresentationActive(terms, '2026-12-05')).toBe(false);
  });
});
