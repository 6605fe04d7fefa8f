import { expect, it } from 'vitest';
import { median, percentile, shareInPercent } from './statistics.ts';

it('computes median and 90th percentile', () => {
  const days = [10, 2, 4, 8, 6, 12, 14, 16, 18, 20];
  expect(median(days)).toBe(11);
  expect(percentile(days, 0.9)).toBe(18);
  expect(median([3])).toBe(3);
  expect(median([])).toBeNull();
});

it('gives shares with one decimal', () => {
  expect(shareInPercent(2, 3)).toBe(66.7);
  expect(shareInPercent(0, 0)).toBeNull();
});
