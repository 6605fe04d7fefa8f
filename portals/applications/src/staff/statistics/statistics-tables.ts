import { statisticsPeriodIssues } from '@omsorg/rules/applications';
import { ServiceType, type StaffStatisticsQuery } from '../../generated/graphql.ts';
import { isQuarter } from '../shared/dates.ts';

type DecisionMonthRow = StaffStatisticsQuery['statistics']['decisionsPerMonth'][number];

/** Counts split by legal gender, as every person-level indicator is reported. */
export interface GenderCounts {
  women: number;
  men: number;
  total: number;
}

export interface DecisionTableRow {
  month: string;
  serviceType: ServiceType;
  granted: GenderCounts;
  denied: GenderCounts;
}

export function genderOf(value: string): 'women' | 'men' | 'other' {
  if (/^(f|female|woman|women|k|kvinna|kvinnor)$/i.test(value)) return 'women';
  if (/^(m|male|man|men|män)$/i.test(value)) return 'men';
  return 'other';
}

const empty = (): GenderCounts => ({ women: 0, men: 0, total: 0 });

function add(target: GenderCounts, gender: 'women' | 'men' | 'other', count: number): void {
  if (gender !== 'other') target[gender] += count;
  target.total += count;
}

/** One row per month and service (the API sends one per gender), by month, services in catalogue order. */
export function decisionTable(rows: readonly DecisionMonthRow[]): DecisionTableRow[] {
  const byKey = new Map<string, DecisionTableRow>();
  for (const row of rows) {
    const key = `${row.month}|${row.serviceType}`;
    let entry = byKey.get(key);
    if (!entry) {
      entry = { month: row.month, serviceType: row.serviceType, granted: empty(), denied: empty() };
      byKey.set(key, entry);
    }
    const gender = genderOf(row.gender);
    add(entry.granted, gender, row.granted);
    add(entry.denied, gender, row.denied);
  }
  const catalogue: string[] = Object.values(ServiceType);
  const order = (type: ServiceType) => catalogue.indexOf(type);
  return [...byKey.values()].sort((a, b) => (a.month === b.month ? order(a.serviceType) - order(b.serviceType) : a.month < b.month ? -1 : 1));
}

export function decisionTotals(rows: readonly DecisionTableRow[]): { granted: GenderCounts; denied: GenderCounts } {
  const totals = { granted: empty(), denied: empty() };
  for (const row of rows) {
    for (const key of ['granted', 'denied'] as const) {
      totals[key].women += row[key].women;
      totals[key].men += row[key].men;
      totals[key].total += row[key].total;
    }
  }
  return totals;
}

export interface Period {
  from: string;
  to: string;
}

/** The reporting periods the units use: the tertials (T1 Jan–Apr, T2 May–Aug, T3 Sep–Dec) and the year. */
export function tertials(year: number): Array<{ key: string; period: Period }> {
  return [
    { key: 'T1', period: { from: `${year}-01-01`, to: `${year}-04-30` } },
    { key: 'T2', period: { from: `${year}-05-01`, to: `${year}-08-31` } },
    { key: 'T3', period: { from: `${year}-09-01`, to: `${year}-12-31` } },
  ];
}

export function defaultPeriod(today: string): Period {
  return { from: `${today.slice(0, 4)}-01-01`, to: today };
}

export function periodFromQuery(query: Record<string, unknown>, today: string): Period {
  const from = typeof query.fran === 'string' ? query.fran : '';
  const to = typeof query.till === 'string' ? query.till : '';
  if (statisticsPeriodIssues({ from, to }).length === 0) return { from, to };
  return defaultPeriod(today);
}

export function periodToQuery(period: Period): Record<string, string> {
  return { fran: period.from, till: period.to };
}

export function quarterFromQuery(query: Record<string, unknown>, fallback: string): string {
  return typeof query.kvartal === 'string' && isQuarter(query.kvartal) ? query.kvartal : fallback;
}
