import { z } from 'zod';
import { day, isIsoDate } from '../dates.ts';
import type { RuleIssue } from '../issue.ts';

/** The longest period statistics are counted for (three years, leap days included). */
export const MAX_STATISTICS_PERIOD_DAYS = 3 * 366;

/** An ISO 8601 week as the case review meets per week: "2026-W48". */
export function isIsoWeek(value: string): boolean {
  return /^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/.test(value);
}

/** A calendar quarter as the report to the inspectorate (IVO) is made per quarter: "2026-Q4". */
export function isQuarter(value: string): boolean {
  return /^\d{4}-Q[1-4]$/.test(value);
}

export const isoWeek = z.string().trim().refine(isIsoWeek, 'validation.week');
export const quarter = z.string().trim().refine(isQuarter, 'validation.quarter');

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/**
 * What is wrong with a statistics period (both days inclusive): real days, the end not before
 * the start, at most MAX_STATISTICS_PERIOD_DAYS long. The service refuses what this finds; the
 * statistics page says it before asking.
 */
export function statisticsPeriodIssues(period: { from: string; to: string }): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (!isIsoDate(period.from)) issues.push({ field: 'from', key: 'validation.day' });
  if (!isIsoDate(period.to)) issues.push({ field: 'to', key: 'validation.day' });
  if (issues.length > 0) return issues;
  if (period.to < period.from) return [{ field: 'to', key: 'validation.period' }];
  if (daysBetween(period.from, period.to) > MAX_STATISTICS_PERIOD_DAYS) return [{ field: 'to', key: 'validation.periodTooLong', params: { maximum: MAX_STATISTICS_PERIOD_DAYS } }];
  return [];
}

/** The statistics period as a form checks it: each day first, then the period as a whole. */
export const statisticsPeriod = z.object({ from: day(), to: day() }).superRefine((period, context) => {
  for (const issue of statisticsPeriodIssues(period)) context.addIssue({ code: 'custom', path: [issue.field], message: issue.key, params: issue.params });
});
