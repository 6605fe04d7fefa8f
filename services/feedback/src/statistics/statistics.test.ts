import { describe, expect, it } from 'vitest';
import { feedbackStatistics, medianAndMean } from './statistics.ts';

describe('medianAndMean', () => {
  it('takes the middle value of an odd count and the mean of the middle two of an even one, as percentile_cont(0.5)', () => {
    expect(medianAndMean(new Map([[1, 1], [3, 1], [10, 1]]))).toEqual({ median: 3, mean: 14 / 3 });
    expect(medianAndMean(new Map([[2, 2], [4, 1], [9, 1]]))).toEqual({ median: 3, mean: 17 / 4 });
    expect(medianAndMean(new Map([[5, 3]]))).toEqual({ median: 5, mean: 5 });
    expect(medianAndMean(new Map())).toEqual({ median: null, mean: null });
  });
});

describe('feedbackStatistics', () => {
  it('sums the tertials into the year and shares the outcome per period', () => {
    const statistics = feedbackStatistics(
      2026,
      null,
      [
        { dimension: 'TYPE', category: 'COMPLAINT', tertial: 1, gender: 'WOMAN', count: 2 },
        { dimension: 'TYPE', category: 'COMPLAINT', tertial: 3, gender: 'MAN', count: 1 },
        { dimension: 'SOURCE', category: 'NOT_A_SOURCE', tertial: 1, gender: 'WOMAN', count: 9 },
      ],
      [
        { tertial: 1, gender: 'WOMAN', answerDays: 4, received: 1, actionTaken: 1, lexSarah: 0 },
        { tertial: 1, gender: 'WOMAN', answerDays: null, received: 1, actionTaken: 0, lexSarah: 1 },
        { tertial: 3, gender: 'MAN', answerDays: 10, received: 1, actionTaken: 0, lexSarah: 0 },
      ],
    );
    const complaints = statistics.categories.find((row) => row.dimension === 'TYPE' && row.category === 'COMPLAINT')!;
    expect(complaints.periods.map((counts) => counts.total)).toEqual([2, 0, 1, 3]);
    expect(complaints.periods[3]).toEqual({ women: 2, men: 1, unknown: 0, total: 3 });
    expect(statistics.categories.some((row) => row.category === 'NOT_A_SOURCE')).toBe(false);
    const [t1, t2, , year] = statistics.outcomes;
    expect(t1).toMatchObject({ answeredShare: 50, actionShare: 50, answerDaysMedian: 4, lexSarah: { women: 1, total: 1 } });
    expect(t2).toMatchObject({ answeredShare: null, answerDaysMedian: null });
    expect(year).toMatchObject({ received: { women: 2, men: 1, unknown: 0, total: 3 }, answeredShare: 66.7, answerDaysMedian: 7, answerDaysMean: 7 });
  });
});
