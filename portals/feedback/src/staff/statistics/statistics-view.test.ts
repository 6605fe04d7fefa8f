import { describe, expect, it } from 'vitest';
import { FeedbackStatisticsDimension, FeedbackStatisticsPeriod } from '../../generated/graphql.ts';
import { categoryKey, chosenYear, praiseOfYear, sectionRows, yearChoices, type Statistics } from './statistics-view.ts';

const counts = (total: number) => ({ women: total, men: 0, unknown: 0, total });
const statistics: Statistics = {
  year: 2026,
  unit: null,
  categories: [
    { dimension: FeedbackStatisticsDimension.Type, category: 'COMPLAINT', periods: [counts(1), counts(2), counts(0), counts(3)] },
    { dimension: FeedbackStatisticsDimension.Type, category: 'PRAISE', periods: [counts(0), counts(4), counts(0), counts(4)] },
    { dimension: FeedbackStatisticsDimension.Source, category: 'USER', periods: [counts(1), counts(0), counts(0), counts(1)] },
  ],
  outcomes: Object.values(FeedbackStatisticsPeriod).map((period) => ({
    period,
    received: counts(0),
    answered: counts(0),
    actionTaken: counts(0),
    lexSarah: counts(0),
    answeredShare: null,
    actionShare: null,
    answerDaysMedian: null,
    answerDaysMean: null,
  })),
};

describe('the statistics page view', () => {
  it('takes a section\'s rows in the service\'s order and the year\'s praise', () => {
    expect(sectionRows(statistics, FeedbackStatisticsDimension.Type).map((row) => row.category)).toEqual(['COMPLAINT', 'PRAISE']);
    expect(sectionRows(statistics, FeedbackStatisticsDimension.Target)).toEqual([]);
    expect(praiseOfYear(statistics)).toBe(4);
  });

  it('offers this year and the five before, and falls back to this year for anything else', () => {
    expect(yearChoices(2026)).toEqual([2026, 2025, 2024, 2023, 2022, 2021]);
    expect(chosenYear('2024', 2026)).toBe(2024);
    expect(chosenYear('1999', 2026)).toBe(2026);
    expect(chosenYear(undefined, 2026)).toBe(2026);
    expect(chosenYear('2024x', 2026)).toBe(2024);
  });

  it('names types and subjects as the form does, sources and targets with the statistics\' own keys', () => {
    expect(categoryKey(FeedbackStatisticsDimension.Type, 'PRAISE')).toBe('feedback.type.PRAISE');
    expect(categoryKey(FeedbackStatisticsDimension.Subject, 'TREATMENT')).toBe('feedback.subject.TREATMENT');
    expect(categoryKey(FeedbackStatisticsDimension.Source, 'USER')).toBe('feedback.statistics.source.USER');
    expect(categoryKey(FeedbackStatisticsDimension.Target, 'REGION')).toBe('feedback.statistics.target.REGION');
  });
});
