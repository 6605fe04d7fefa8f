import {
  FEEDBACK_SOURCES,
  FEEDBACK_SUBJECTS,
  FEEDBACK_TARGETS,
  FEEDBACK_TYPES,
  SENDER_GENDERS,
  type SenderGender,
} from '../domain/categories.ts';

/**
 * The feedback statistics per tertial and year ("Redovisning av synpunkter och klagomål", the
 * table of the annual reports, seeds 002 L541–566), pure: statistics-sql.ts counts, this file
 * shapes. Everything is counted by when the item was RECEIVED, in Stockholm time (T1 January–April,
 * T2 May–August, VB/T3 September–December, `tertialOfMonth`), and split by the sender's gender
 * (WOMAN, MAN, UNKNOWN). Items whose personal data the retention job removed still count: only
 * the categories are read.
 *
 * As the report does, praise is counted on its own row ("Antal beröm"); the sources, subjects and
 * targets, the outcome (answered, action taken, lex Sarah) and the time to answer count the rest
 * ("klagomål/synpunkter": complaints, suggestions and questions).
 */
export const STATISTICS_PERIODS = ['T1', 'T2', 'T3', 'YEAR'] as const;
export type StatisticsPeriod = (typeof STATISTICS_PERIODS)[number];

export const STATISTICS_DIMENSIONS = ['TYPE', 'SOURCE', 'SUBJECT', 'TARGET'] as const;
export type StatisticsDimension = (typeof STATISTICS_DIMENSIONS)[number];

/** The categories of each dimension, in the report's order. */
export const DIMENSION_CATEGORIES: Record<StatisticsDimension, readonly string[]> = {
  TYPE: FEEDBACK_TYPES,
  SOURCE: FEEDBACK_SOURCES,
  SUBJECT: FEEDBACK_SUBJECTS,
  TARGET: FEEDBACK_TARGETS,
};

export type GenderCounts = { women: number; men: number; unknown: number; total: number };

export type CategoryCounts = { dimension: StatisticsDimension; category: string; periods: GenderCounts[] };

export type PeriodOutcome = {
  period: StatisticsPeriod;
  /** Complaints, suggestions and questions received (praise not included). */
  received: GenderCounts;
  answered: GenderCounts;
  actionTaken: GenderCounts;
  lexSarah: GenderCounts;
  /** Per cent of `received`, one decimal; null when nothing was received. */
  answeredShare: number | null;
  actionShare: number | null;
  /** Calendar days in Stockholm from received to the first answer, of those answered; null when none was. */
  answerDaysMedian: number | null;
  answerDaysMean: number | null;
};

export type FeedbackStatistics = {
  year: number;
  unit: string | null;
  /** One row per category of each dimension, each with the four periods (T1, T2, T3, YEAR) in order. */
  categories: CategoryCounts[];
  /** The four periods in order. */
  outcomes: PeriodOutcome[];
};

/** A row of the counting statement: one tertial (1–3), dimension, category and gender. The year is their sum. */
export type CountRow = { dimension: string; category: string; tertial: number; gender: string; count: number };

/**
 * A row of the outcome statement: the complaints, suggestions and questions of one tertial and
 * gender that took the same number of Stockholm days to their first answer (null: not answered),
 * with how many of them had an action and went to lex Sarah. The shares, the median and the mean
 * of every period, the year's included, are exact from these.
 */
export type OutcomeRow = { tertial: number; gender: string; answerDays: number | null; received: number; actionTaken: number; lexSarah: number };

export function shareInPercent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}

const round1 = (value: number | null): number | null => (value == null ? null : Math.round(value * 10) / 10);

const emptyCounts = (): GenderCounts => ({ women: 0, men: 0, unknown: 0, total: 0 });

const GENDER_KEY: Record<SenderGender, keyof Omit<GenderCounts, 'total'>> = { WOMAN: 'women', MAN: 'men', UNKNOWN: 'unknown' };

function add(counts: GenderCounts, gender: string, count: number): void {
  const key = GENDER_KEY[(SENDER_GENDERS as readonly string[]).includes(gender) ? (gender as SenderGender) : 'UNKNOWN'];
  counts[key] += count;
  counts.total += count;
}

/** The periods a tertial's row counts in: its own (index 0–2) and the year (3). */
const periodsOf = (tertial: number): number[] => (tertial >= 1 && tertial <= 3 ? [tertial - 1, 3] : []);

/** The median (interpolated between the middle two, as percentile_cont(0.5)) and the mean of days given as a histogram. */
export function medianAndMean(histogram: ReadonlyMap<number, number>): { median: number | null; mean: number | null } {
  const days = [...histogram.entries()].filter(([, count]) => count > 0).sort(([a], [b]) => a - b);
  const n = days.reduce((sum, [, count]) => sum + count, 0);
  if (n === 0) return { median: null, mean: null };
  const at = (position: number): number => {
    let seen = 0;
    for (const [value, count] of days) {
      seen += count;
      if (position < seen) return value;
    }
    return days.at(-1)![0];
  };
  const median = n % 2 === 1 ? at((n - 1) / 2) : (at(n / 2 - 1) + at(n / 2)) / 2;
  return { median, mean: days.reduce((sum, [value, count]) => sum + value * count, 0) / n };
}

export function feedbackStatistics(year: number, unit: string | null, countRows: readonly CountRow[], outcomeRows: readonly OutcomeRow[]): FeedbackStatistics {
  const categories: CategoryCounts[] = STATISTICS_DIMENSIONS.flatMap((dimension) =>
    DIMENSION_CATEGORIES[dimension].map((category) => ({ dimension, category, periods: STATISTICS_PERIODS.map(emptyCounts) })),
  );
  const byKey = new Map(categories.map((row) => [`${row.dimension}:${row.category}`, row]));
  for (const row of countRows) {
    const target = byKey.get(`${row.dimension}:${row.category}`);
    if (target) for (const index of periodsOf(row.tertial)) add(target.periods[index]!, row.gender, row.count);
  }

  const periods = STATISTICS_PERIODS.map(() => ({ received: emptyCounts(), answered: emptyCounts(), actionTaken: emptyCounts(), lexSarah: emptyCounts(), days: new Map<number, number>() }));
  for (const row of outcomeRows) {
    for (const index of periodsOf(row.tertial)) {
      const period = periods[index]!;
      add(period.received, row.gender, row.received);
      add(period.actionTaken, row.gender, row.actionTaken);
      add(period.lexSarah, row.gender, row.lexSarah);
      if (row.answerDays != null) {
        add(period.answered, row.gender, row.received);
        period.days.set(row.answerDays, (period.days.get(row.answerDays) ?? 0) + row.received);
      }
    }
  }
  const outcomes = STATISTICS_PERIODS.map((period, index): PeriodOutcome => {
    const { days, ...counts } = periods[index]!;
    const { median, mean } = medianAndMean(days);
    return {
      period,
      ...counts,
      answeredShare: shareInPercent(counts.answered.total, counts.received.total),
      actionShare: shareInPercent(counts.actionTaken.total, counts.received.total),
      answerDaysMedian: round1(median),
      answerDaysMean: round1(mean),
    };
  });
  return { year, unit, categories, outcomes };
}
