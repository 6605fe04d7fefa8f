import { describe, expect, it } from 'vitest';
import { ruleMessages } from '../messages.ts';
import { isIsoWeek, isQuarter, isoWeek, MAX_STATISTICS_PERIOD_DAYS, quarter, statisticsPeriod, statisticsPeriodIssues } from './periods.ts';

describe('weeks and quarters', () => {
  it('knows ISO weeks and calendar quarters as they are written', () => {
    expect(['2026-W01', '2026-W48', '2026-W53'].every(isIsoWeek)).toBe(true);
    expect(['2026-W00', '2026-W54', '2026-48', '2026-w48'].some(isIsoWeek)).toBe(false);
    expect(['2026-Q1', '2026-Q4'].every(isQuarter)).toBe(true);
    expect(['2026-Q0', '2026-Q5', '2026Q1'].some(isQuarter)).toBe(false);
    expect(isoWeek.safeParse('2026-48').error?.issues[0]?.message).toBe('validation.week');
    expect(quarter.parse(' 2026-Q3 ')).toBe('2026-Q3');
    expect(quarter.safeParse('2026-Q5').error?.issues[0]?.message).toBe('validation.quarter');
  });
});

describe('statistics period', () => {
  it('needs real days, the end not before the start, and at most three years', () => {
    expect(statisticsPeriodIssues({ from: '2026-01-01', to: '2026-01-01' })).toEqual([]);
    expect(statisticsPeriodIssues({ from: 'x', to: '2026-02-30' })).toEqual([
      { field: 'from', key: 'validation.day' },
      { field: 'to', key: 'validation.day' },
    ]);
    expect(statisticsPeriodIssues({ from: '2026-05-01', to: '2026-04-30' })).toEqual([{ field: 'to', key: 'validation.period' }]);
    expect(statisticsPeriodIssues({ from: '2020-01-01', to: '2023-01-04' })).toEqual([{ field: 'to', key: 'validation.periodTooLong', params: { maximum: MAX_STATISTICS_PERIOD_DAYS } }]);
    expect(statisticsPeriodIssues({ from: '2020-01-01', to: '2023-01-03' })).toEqual([]);
  });

  it('checks the same as a form schema, with messages in every language', () => {
    const issues = (period: object) => statisticsPeriod.safeParse(period).error?.issues.map((issue) => [issue.path.join('.'), issue.message]);
    expect(issues({ from: '', to: '2026-04-30' })).toEqual([['from', 'validation.required']]);
    expect(issues({ from: '2026-05-01', to: '2026-04-30' })).toEqual([['to', 'validation.period']]);
    expect(statisticsPeriod.parse({ from: ' 2026-01-01 ', to: '2026-04-30' })).toEqual({ from: '2026-01-01', to: '2026-04-30' });
    for (const locale of ['sv', 'en', 'fi', 'ar'] as const) {
      for (const key of ['validation.week', 'validation.quarter', 'validation.period', 'validation.periodTooLong']) expect(ruleMessages[locale][key], `${locale} ${key}`).toBeTruthy();
    }
  });
});
