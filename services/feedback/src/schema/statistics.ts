import { TERTIALS, type Tertial } from '../domain/categories.ts';
import { mayReadFeedbackStatistics } from '../domain/statistics-access.ts';
import { statisticsCsv } from '../statistics/export.ts';
import { FEEDBACK_INDICATORS, indicatorsOfTertial, type FeedbackIndicator } from '../statistics/indicators.ts';
import { statisticsOfYear } from '../statistics/statistics-sql.ts';
import {
  STATISTICS_DIMENSIONS,
  STATISTICS_PERIODS,
  type CategoryCounts,
  type FeedbackStatistics,
  type GenderCounts,
  type PeriodOutcome,
} from '../statistics/statistics.ts';
import { builder } from './builder.ts';

/** The years the statistics answer for; any other is null, not an error. */
export const STATISTICS_FIRST_YEAR = 2000;
export const STATISTICS_LAST_YEAR = 2100;
const UNIT_MAX_LENGTH = 200;

const PeriodEnum = builder.enumType('FeedbackStatisticsPeriod', {
  description: 'A period of the statistics: a tertial ("T1" January–April, "T2" May–August, "T3" September–December, "VB" in the reports) or the whole year ("Totalt ack.").',
  values: STATISTICS_PERIODS,
});

const DimensionEnum = builder.enumType('FeedbackStatisticsDimension', {
  description: 'What the statistics count by: type, source ("från vem"), subject ("vad gällde det") or target ("riktat mot").',
  values: STATISTICS_DIMENSIONS,
});

const GenderCountsRef = builder.objectRef<GenderCounts>('FeedbackGenderCounts').implement({
  description: 'A count split by the sender\'s gender where known ("kvinnor", "män", "okänt") and the total.',
  fields: (t) => ({
    women: t.exposeInt('women'),
    men: t.exposeInt('men'),
    unknown: t.exposeInt('unknown'),
    total: t.exposeInt('total'),
  }),
});

const CategoryCountsRef = builder.objectRef<CategoryCounts>('FeedbackCategoryCounts').implement({
  description: 'How many items of one category were received, per period. Praise is counted only under TYPE; SOURCE, SUBJECT and TARGET count complaints, suggestions and questions, as the annual report does.',
  fields: (t) => ({
    dimension: t.field({ type: DimensionEnum, resolve: (row) => row.dimension }),
    category: t.exposeString('category', { description: 'The category\'s enum value (FeedbackType, FeedbackSubject, a source or a target).' }),
    periods: t.field({ type: [GenderCountsRef], description: 'T1, T2, T3 and the year, in that order.', resolve: (row) => row.periods }),
  }),
});

const OutcomeRef = builder.objectRef<PeriodOutcome>('FeedbackPeriodOutcome').implement({
  description: 'What became of the complaints, suggestions and questions received in a period (praise not included).',
  fields: (t) => ({
    period: t.field({ type: PeriodEnum, resolve: (outcome) => outcome.period }),
    received: t.field({ type: GenderCountsRef, resolve: (outcome) => outcome.received }),
    answered: t.field({ type: GenderCountsRef, description: 'The sender was answered ("återkoppling lämnad").', resolve: (outcome) => outcome.answered }),
    actionTaken: t.field({ type: GenderCountsRef, description: 'An action was recorded ("åtgärd vidtagen").', resolve: (outcome) => outcome.actionTaken }),
    lexSarah: t.field({ type: GenderCountsRef, description: 'Escalated to a lex Sarah report.', resolve: (outcome) => outcome.lexSarah }),
    answeredShare: t.exposeFloat('answeredShare', { nullable: true, description: 'Per cent answered, one decimal; null when nothing was received.' }),
    actionShare: t.exposeFloat('actionShare', { nullable: true, description: 'Per cent with an action, one decimal; null when nothing was received.' }),
    answerDaysMedian: t.exposeFloat('answerDaysMedian', { nullable: true, description: 'Median calendar days (Stockholm) from received to the first answer, of those answered.' }),
    answerDaysMean: t.exposeFloat('answerDaysMean', { nullable: true, description: 'Mean calendar days (Stockholm) from received to the first answer, one decimal.' }),
  }),
});

const StatisticsRef = builder.objectRef<FeedbackStatistics>('FeedbackStatistics').implement({
  description: 'Feedback counted per tertial and for the year, by the day received in Stockholm time, as the annual report\'s table ("Redovisning av synpunkter och klagomål"). Counts only: items whose personal data was removed still count.',
  fields: (t) => ({
    year: t.exposeInt('year'),
    unit: t.exposeString('unit', { nullable: true, description: 'The unit counted; null for all units.' }),
    categories: t.field({ type: [CategoryCountsRef], resolve: (statistics) => statistics.categories }),
    outcomes: t.field({ type: [OutcomeRef], description: 'T1, T2, T3 and the year, in that order.', resolve: (statistics) => statistics.outcomes }),
  }),
});

const IndicatorKeyEnum = builder.enumType('FeedbackIndicatorKey', {
  description: 'Feedback\'s indicators in the indicator report.',
  values: {
    COMPLAINTS_REGISTERED: { description: 'Complaints, suggestions and questions registered in the tertial ("antal registrerade synpunkter och klagomål"); target: should rise.' },
    COMPLAINTS_ANSWERED_SHARE: { description: 'Per cent of them answered.' },
    COMPLAINTS_WITH_ACTION_SHARE: { description: 'Per cent of them with an action.' },
  } satisfies Record<(typeof FEEDBACK_INDICATORS)[number], { description: string }>,
});

const IndicatorRef = builder.objectRef<FeedbackIndicator>('FeedbackIndicator').implement({
  description: 'One of feedback\'s figures in the indicator report for a tertial.',
  fields: (t) => ({
    key: t.field({ type: IndicatorKeyEnum, resolve: (indicator) => indicator.key }),
    value: t.exposeFloat('value', { nullable: true, description: 'A count, or a share in per cent; null when there is nothing to divide.' }),
    previousValue: t.exposeFloat('previousValue', { nullable: true, description: 'The same tertial a year earlier.' }),
    target: t.exposeString('target', { nullable: true, description: 'The target in Swedish words; null when none is set.' }),
    met: t.exposeBoolean('met', { nullable: true, description: 'Whether the target was met; null without a target.' }),
  }),
});

const validYear = (year: number) => Number.isInteger(year) && year >= STATISTICS_FIRST_YEAR && year <= STATISTICS_LAST_YEAR;
const validUnit = (unit: string | null | undefined) => unit == null || (unit.length > 0 && unit.length <= UNIT_MAX_LENGTH);

builder.queryField('feedbackStatistics', (t) =>
  t.field({
    type: StatisticsRef,
    nullable: true,
    description: 'The feedback statistics of a year per tertial, of one unit or all; null for a year outside 2000–2100 or an empty or too long unit. Quality council and managers.',
    authScopes: (_root, _args, context) => mayReadFeedbackStatistics(context.actor),
    args: { year: t.arg.int({ required: true }), unit: t.arg.string() },
    resolve: (_root, { year, unit }, context) => (validYear(year) && validUnit(unit) ? statisticsOfYear(context.em, year, unit ?? null) : null),
  }),
);

builder.queryField('feedbackStatisticsCsv', (t) =>
  t.string({
    nullable: true,
    description: 'feedbackStatistics as CSV in the shape of the annual report\'s table, then the split by gender: Swedish headings, ";" between cells, decimal comma (the portal adds the byte-order mark). Null as feedbackStatistics.',
    authScopes: (_root, _args, context) => mayReadFeedbackStatistics(context.actor),
    args: { year: t.arg.int({ required: true }), unit: t.arg.string() },
    resolve: async (_root, { year, unit }, context) => (validYear(year) && validUnit(unit) ? statisticsCsv(await statisticsOfYear(context.em, year, unit ?? null)) : null),
  }),
);

builder.queryField('feedbackIndicators', (t) =>
  t.field({
    type: [IndicatorRef],
    nullable: true,
    description: 'Feedback\'s figures for the indicator report of a tertial (1–3) of a year, all units, against the same tertial a year earlier; null for a year or tertial out of range. Quality council and managers.',
    authScopes: (_root, _args, context) => mayReadFeedbackStatistics(context.actor),
    args: { year: t.arg.int({ required: true }), tertial: t.arg.int({ required: true }) },
    resolve: (_root, { year, tertial }, context) =>
      validYear(year) && (TERTIALS as readonly number[]).includes(tertial) ? indicatorsOfTertial(context.em, year, tertial as Tertial) : null,
  }),
);
