import type { ServiceType } from './service-types.ts';
import { median, percentile, shareInPercent } from './statistics.ts';

/**
 * Legal gender for statistics. This service keeps only a copy taken when a caseworker takes the
 * case (identity owns the person); cases without it are counted as UNKNOWN ("okänt"), in the
 * totals but in neither the women's nor the men's figures.
 */
export type StatisticsGender = 'FEMALE' | 'MALE' | 'UNKNOWN';

export function statisticsGender(legalGender: string | null | undefined): StatisticsGender {
  return legalGender === 'FEMALE' || legalGender === 'MALE' ? legalGender : 'UNKNOWN';
}

export type DecisionMonthRow = { month: string; serviceType: ServiceType; gender: StatisticsGender; granted: number; denied: number };

/** Decisions per month, service and gender; partly granted counts as granted. Sorted for reading. */
export function decisionsPerMonth(decisions: ReadonlyArray<{ month: string; serviceType: ServiceType; gender: StatisticsGender; outcome: 'GRANTED' | 'PARTLY_GRANTED' | 'DENIED' }>): DecisionMonthRow[] {
  const rows = new Map<string, DecisionMonthRow>();
  for (const decision of decisions) {
    const key = `${decision.month}|${decision.serviceType}|${decision.gender}`;
    const row = rows.get(key) ?? { month: decision.month, serviceType: decision.serviceType, gender: decision.gender, granted: 0, denied: 0 };
    if (decision.outcome === 'DENIED') row.denied++;
    else row.granted++;
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => a.month.localeCompare(b.month) || a.serviceType.localeCompare(b.serviceType) || a.gender.localeCompare(b.gender));
}

export type Percentiles = { count: number; median: number | null; p90: number | null };

function percentiles(values: readonly number[]): Percentiles {
  return { count: values.length, median: median(values), p90: percentile(values, 0.9) };
}

/** Median and 90th percentile of a number per case, for all and split by gender. */
export function percentilesByGender(items: ReadonlyArray<{ value: number; gender: StatisticsGender }>): { all: Percentiles; women: Percentiles; men: Percentiles } {
  return {
    all: percentiles(items.map((item) => item.value)),
    women: percentiles(items.filter((item) => item.gender === 'FEMALE').map((item) => item.value)),
    men: percentiles(items.filter((item) => item.gender === 'MALE').map((item) => item.value)),
  };
}

export type GenderShare = { all: number | null; women: number | null; men: number | null; count: number; womenCount: number; menCount: number };

/** The share (per cent) of items that meet a target, for all and split by gender. */
export function shareByGender(items: ReadonlyArray<{ met: boolean; gender: StatisticsGender }>): GenderShare {
  const share = (subset: ReadonlyArray<{ met: boolean }>) => shareInPercent(subset.filter((item) => item.met).length, subset.length);
  const women = items.filter((item) => item.gender === 'FEMALE');
  const men = items.filter((item) => item.gender === 'MALE');
  return { all: share(items), women: share(women), men: share(men), count: items.length, womenCount: women.length, menCount: men.length };
}

/** An investigation meets the indicator when it describes every requested service (000 L984). */
export function describesEveryService(requestedServiceIds: readonly string[], descriptions: Readonly<Record<string, string>>): boolean {
  return requestedServiceIds.length > 0 && requestedServiceIds.every((id) => (descriptions[id] ?? '').trim().length > 0);
}
