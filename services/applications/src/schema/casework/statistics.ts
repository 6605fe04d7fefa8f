import { statisticsPeriodIssues } from '@omsorg/rules/applications';
import { accessDenied, type CsvCell, type RequestContext, type StaffActor, shortText, toCsv } from '@omsorg/platform';
import { maySeeStatistics } from '../../domain/access.ts';
import type { DecisionMonthRow, GenderShare, Percentiles } from '../../domain/gender-statistics.ts';
import { invalidField } from '../../queries/casework/scope.ts';
import { unitStatistics, type Statistics } from '../../queries/casework/statistics.ts';
import { ServiceTypeEnum } from '../application.ts';
import { builder } from '../builder.ts';

const DecisionMonthRowRef = builder.objectRef<DecisionMonthRow>('DecisionMonthRow').implement({
  description: 'Decisions in a month on one service for one gender. Partly granted counts as granted.',
  fields: (t) => ({
    month: t.exposeString('month', { description: 'YYYY-MM, Stockholm time.' }),
    serviceType: t.field({ type: ServiceTypeEnum, resolve: (row) => row.serviceType }),
    gender: t.exposeString('gender', { description: 'FEMALE, MALE or UNKNOWN ("okänt": the case was never taken with the gender given).' }),
    granted: t.exposeInt('granted'),
    denied: t.exposeInt('denied'),
  }),
});

const PercentilesRef = builder.objectRef<Percentiles>('Percentiles').implement({
  fields: (t) => ({
    count: t.exposeInt('count'),
    median: t.exposeFloat('median', { nullable: true }),
    p90: t.exposeFloat('p90', { nullable: true, description: '90th percentile (nearest rank).' }),
  }),
});

const DaysToDecisionRef = builder.objectRef<Statistics['daysToDecision']>('DaysToDecision').implement({
  description: 'Calendar days from submission to the first decision in the case. Cases of unknown gender are in `all` only.',
  fields: (t) => ({
    all: t.field({ type: PercentilesRef, resolve: (days) => days.all }),
    women: t.field({ type: PercentilesRef, resolve: (days) => days.women }),
    men: t.field({ type: PercentilesRef, resolve: (days) => days.men }),
  }),
});

const GenderShareRef = builder.objectRef<GenderShare>('GenderShare').implement({
  description: 'A share in per cent (one decimal), null when there is nothing to count. Unknown gender is in `all` only.',
  fields: (t) => ({
    all: t.exposeFloat('all', { nullable: true }),
    women: t.exposeFloat('women', { nullable: true }),
    men: t.exposeFloat('men', { nullable: true }),
    count: t.exposeInt('count'),
    womenCount: t.exposeInt('womenCount'),
    menCount: t.exposeInt('menCount'),
  }),
});

const StatisticsRef = builder.objectRef<Statistics>('Statistics').implement({
  description:
    'Quality indicators of your unit, each split by gender. The applicant’s legal gender is a copy kept on the case when it is taken (identity owns it); cases without it count as "okänt".',
  fields: (t) => ({
    decisionsPerMonth: t.field({ type: [DecisionMonthRowRef], resolve: (stats) => stats.decisionsPerMonth }),
    daysToDecision: t.field({ type: DaysToDecisionRef, resolve: (stats) => stats.daysToDecision }),
    callbacksWithin48h: t.field({
      type: GenderShareRef,
      description: 'Callbacks asked for in the period done within 48 hours (target 90 %); only those done or already past due count.',
      resolve: (stats) => stats.callbacksWithin48h,
    }),
    investigationsDescribingAll: t.field({
      type: GenderShareRef,
      description: 'Investigations communicated in the period that describe every requested service (target 90 %).',
      resolve: (stats) => stats.investigationsDescribingAll,
    }),
  }),
});

/** Statistics are for managers and the quality council, of their own unit. */
function statisticsActor(context: RequestContext): StaffActor {
  const actor = context.actor;
  if (!maySeeStatistics(actor)) throw accessDenied(context);
  return actor;
}

async function statisticsFor(context: RequestContext, from: string, to: string): Promise<Statistics> {
  const actor = statisticsActor(context);
  // The same rule as the statistics page's period form (@omsorg/rules).
  const [issue] = statisticsPeriodIssues({ from, to });
  if (issue) throw invalidField(context, issue.field, issue.key, issue.params);
  return unitStatistics(context, actor, from, to);
}

builder.queryField('statistics', (t) =>
  t.field({
    type: StatisticsRef,
    description: 'Quality statistics of your unit for a period of days (YYYY-MM-DD, both inclusive), split by gender. Managers and the quality council.',
    args: { from: t.arg.string({ required: true, validate: shortText() }), to: t.arg.string({ required: true, validate: shortText() }) },
    resolve: (_root, args, context) => statisticsFor(context, args.from, args.to),
  }),
);

function statisticsCsv(context: RequestContext, stats: Statistics): string {
  const period = `${stats.from}–${stats.to}`;
  const service = (type: string) => {
    const name = context.t(`serviceType.${type}`);
    return name.charAt(0).toUpperCase() + name.slice(1);
  };
  const groups = [
    ['Alla', 'all'],
    ['Kvinnor', 'women'],
    ['Män', 'men'],
  ] as const;
  const rows: CsvCell[][] = [
    ...stats.decisionsPerMonth.map((row) => ['Beslut per månad', row.month, service(row.serviceType), context.t(`gender.${row.gender}`), row.granted, row.denied, row.granted + row.denied, null, null, null]),
    ...groups.map(([label, key]) => {
      const days = stats.daysToDecision[key];
      return ['Dagar från ansökan till första beslut', period, null, label, null, null, days.count, days.median, days.p90, null];
    }),
    ...(
      [
        ['Återuppringning inom 48 timmar', stats.callbacksWithin48h],
        ['Utredningar som beskriver alla sökta insatser', stats.investigationsDescribingAll],
      ] as const
    ).flatMap(([indicator, share]) =>
      groups.map(([label, key]) => [indicator, period, null, label, null, null, key === 'all' ? share.count : key === 'women' ? share.womenCount : share.menCount, null, null, share[key]]),
    ),
  ];
  return toCsv(['Indikator', 'Period', 'Insats', 'Kön', 'Beviljade', 'Avslag', 'Antal', 'Median (dagar)', '90:e percentil (dagar)', 'Andel (%)'], rows);
}

builder.queryField('statisticsCsv', (t) =>
  t.field({
    type: 'String',
    description: 'The statistics as CSV for a spreadsheet: one Swedish header row, ";" between cells, decimal comma.',
    args: { from: t.arg.string({ required: true, validate: shortText() }), to: t.arg.string({ required: true, validate: shortText() }) },
    resolve: async (_root, args, context) => statisticsCsv(context, await statisticsFor(context, args.from, args.to)),
  }),
);
