import { describe, expect, it } from 'vitest';
import { applicationIndicators } from './indicators.ts';

const share = (all: number | null, count: number) => ({ all, women: null, men: null, count, womenCount: 0, menCount: 0 });

describe('the applications indicators', () => {
  it('meets the 90 % targets at 90 % and above, and has no target for the days to decision', () => {
    const indicators = applicationIndicators({ callbacksWithin48h: share(90, 10), investigationsDescribingAll: share(89.9, 10), daysToDecision: { all: { count: 3, median: 12, p90: 20 } } });
    expect(indicators).toEqual([
      { key: 'CALLBACKS_WITHIN_48H', value: 90, count: 10, target: '90 %', met: true },
      { key: 'INVESTIGATIONS_DESCRIBING_ALL_SERVICES', value: 89.9, count: 10, target: '90 %', met: false },
      { key: 'DAYS_TO_DECISION', value: 12, count: 3, target: null, met: null },
    ]);
  });

  it('judges nothing when there was nothing to count', () => {
    const indicators = applicationIndicators({ callbacksWithin48h: share(null, 0), investigationsDescribingAll: share(null, 0), daysToDecision: { all: { count: 0, median: null, p90: null } } });
    expect(indicators.map((indicator) => indicator.met)).toEqual([null, null, null]);
  });
});
