import { describe, expect, it } from 'vitest';
import { decisionsPerMonth, describesEveryService, percentilesByGender, shareByGender, statisticsGender } from './gender-statistics.ts';

describe('statistics by gender', () => {
  it('counts unknown gender only in the totals', () => {
    expect(statisticsGender(null)).toBe('UNKNOWN');
    const share = shareByGender([
      { met: true, gender: 'FEMALE' },
      { met: false, gender: 'FEMALE' },
      { met: true, gender: 'MALE' },
      { met: false, gender: 'UNKNOWN' },
    ]);
    expect(share).toEqual({ all: 50, women: 50, men: 100, count: 4, womenCount: 2, menCount: 1 });
    expect(shareByGender([])).toEqual({ all: null, women: null, men: null, count: 0, womenCount: 0, menCount: 0 });
  });
  it('groups decisions per month, service and gender', () => {
    expect(
      decisionsPerMonth([
        { month: '2026-11', serviceType: 'SAFETY_ALARM', gender: 'FEMALE', outcome: 'GRANTED' },
        { month: '2026-11', serviceType: 'SAFETY_ALARM', gender: 'FEMALE', outcome: 'DENIED' },
        { month: '2026-11', serviceType: 'SAFETY_ALARM', gender: 'FEMALE', outcome: 'PARTLY_GRANTED' },
        { month: '2026-10', serviceType: 'NURSING_HOME', gender: 'UNKNOWN', outcome: 'DENIED' },
      ]),
    ).toEqual([
      { month: '2026-10', serviceType: 'NURSING_HOME', gender: 'UNKNOWN', granted: 0, denied: 1 },
      { month: '2026-11', serviceType: 'SAFETY_ALARM', gender: 'FEMALE', granted: 2, denied: 1 },
    ]);
  });
  it('gives median and 90th percentile per gender', () => {
    const result = percentilesByGender([
      { value: 10, gender: 'FEMALE' },
      { value: 20, gender: 'FEMALE' },
      { value: 5, gender: 'MALE' },
    ]);
    expect(result).toEqual({ all: { count: 3, median: 10, p90: 20 }, women: { count: 2, median: 15, p90: 20 }, men: { count: 1, median: 5, p90: 5 } });
  });
  it('needs a non-empty description of every requested service', () => {
    expect(describesEveryService(['a', 'b'], { a: 'Hjälp', b: 'Larm' })).toBe(true);
    expect(describesEveryService(['a', 'b'], { a: 'Hjälp', b: ' ' })).toBe(false);
    expect(describesEveryService(['a'], {})).toBe(false);
  });
});
