import { describe, expect, it } from 'vitest';
import { clockInStockholm, instantInStockholm } from './stockholm-clock.ts';

describe('Stockholm clock', () => {
  it('turns a Stockholm day and time into the instant, in winter and in summer time', () => {
    expect(instantInStockholm('2026-11-24', '10:30').toISOString()).toBe('2026-11-24T09:30:00.000Z');
    expect(instantInStockholm('2026-07-01', '10:30').toISOString()).toBe('2026-07-01T08:30:00.000Z');
    expect(instantInStockholm('2026-12-05', '00:00').toISOString()).toBe('2026-12-04T23:00:00.000Z');
  });

  it('reads the Stockholm day and time of an instant, across midnight UTC', () => {
    expect(clockInStockholm(new Date('2026-12-04T23:30:00Z'))).toEqual({ day: '2026-12-05', time: '00:30' });
    expect(clockInStockholm(new Date('2026-06-30T22:30:00Z'))).toEqual({ day: '2026-07-01', time: '00:30' });
  });
});
