import { toCsv, type CsvCell } from '@omsorg/platform/csv';
import { tertialOfMonth, TERTIALS, type Tertial } from '@omsorg/rules/feedback';
import type { StaffIndicatorReportQuery } from '../../generated/graphql.ts';

/**
 * The indicator report per tertial, composed in the page from what each service computes of its
 * own (feedbackIndicators, applicationIndicators, outreachIndicators; no service reads another's
 * data): one row per indicator, grouped by the service, with the same tertial a year earlier where
 * the service gives it, the target and whether it was met. Pure; the page formats and names.
 */
export const INDICATOR_GROUPS = ['feedback', 'applications', 'outreach'] as const;
export type IndicatorGroup = (typeof INDICATOR_GROUPS)[number];
export type IndicatorUnit = 'count' | 'percent' | 'days';

export type IndicatorRow = {
  group: IndicatorGroup;
  key: string;
  unit: IndicatorUnit;
  value: number | null;
  previousValue: number | null;
  hasTarget: boolean;
  met: boolean | null;
};

const UNITS: Record<string, IndicatorUnit> = {
  COMPLAINTS_ANSWERED_SHARE: 'percent',
  COMPLAINTS_WITH_ACTION_SHARE: 'percent',
  CALLBACKS_WITHIN_48H: 'percent',
  INVESTIGATIONS_DESCRIBING_ALL_SERVICES: 'percent',
  DAYS_TO_DECISION: 'days',
};

type Indicator = { key: string; value: number | null; previousValue?: number | null; target: string | null; met: boolean | null };

function rows(group: IndicatorGroup, indicators: readonly Indicator[] | null): IndicatorRow[] {
  return (indicators ?? []).map((indicator) => ({
    group,
    key: indicator.key,
    unit: UNITS[indicator.key] ?? 'count',
    value: indicator.value,
    previousValue: indicator.previousValue ?? null,
    hasTarget: indicator.target != null,
    met: indicator.met,
  }));
}

export function indicatorRows(report: StaffIndicatorReportQuery): IndicatorRow[] {
  return [...rows('feedback', report.feedbackIndicators), ...rows('applications', report.applicationIndicators), ...rows('outreach', report.outreachIndicators)];
}

/** The words the CSV needs, in the reader's language (the page passes its messages). */
export type CsvWords = { header: readonly string[]; group: (group: IndicatorGroup) => string; name: (key: string) => string; target: (key: string) => string; met: (met: boolean | null, hasTarget: boolean) => string };

/** The report as CSV for a spreadsheet (";" and decimal comma, as the services write theirs). */
export function indicatorCsv(indicatorRows: readonly IndicatorRow[], words: CsvWords): string {
  return toCsv(
    words.header,
    indicatorRows.map((row): CsvCell[] => [words.group(row.group), words.name(row.key), row.value, row.previousValue, row.hasTarget ? words.target(row.key) : null, words.met(row.met, row.hasTarget)]),
  );
}

/** The tertial from the address (?tertial=2), else the current one (Stockholm month 1–12). */
export function chosenTertial(value: unknown, month: number): Tertial {
  const tertial = Number.parseInt(String(value ?? ''), 10);
  return (TERTIALS as readonly number[]).includes(tertial) ? (tertial as Tertial) : tertialOfMonth(month);
}
