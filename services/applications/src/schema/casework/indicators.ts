import { tertialDays, TERTIALS, type Tertial } from '@omsorg/rules/feedback';
import { accessDenied } from '@omsorg/platform';
import { mayReadIndicators } from '../../domain/access.ts';
import { APPLICATION_INDICATORS, applicationIndicators, type ApplicationIndicator } from '../../domain/indicators.ts';
import { unitStatistics } from '../../queries/casework/statistics.ts';
import { builder } from '../builder.ts';

const ApplicationIndicatorKeyEnum = builder.enumType('ApplicationIndicatorKey', {
  description: 'The applications service\'s indicators in the indicator report.',
  values: {
    CALLBACKS_WITHIN_48H: { description: 'Per cent of callbacks asked for in the tertial done within 48 hours (their due time); target 90 %.' },
    INVESTIGATIONS_DESCRIBING_ALL_SERVICES: { description: 'Per cent of investigations communicated in the tertial that describe every applied service; target 90 %.' },
    DAYS_TO_DECISION: { description: 'Median calendar days from application to the first decision, of cases first decided in the tertial; no target.' },
  } satisfies Record<(typeof APPLICATION_INDICATORS)[number], { description: string }>,
});

const ApplicationIndicatorRef = builder.objectRef<ApplicationIndicator>('ApplicationIndicator').implement({
  description: 'One of the applications service\'s figures in the indicator report for a tertial, of the reader\'s unit.',
  fields: (t) => ({
    key: t.field({ type: ApplicationIndicatorKeyEnum, resolve: (indicator) => indicator.key }),
    value: t.exposeFloat('value', { nullable: true, description: 'A share in per cent or a number of days; null when there was nothing to count.' }),
    count: t.exposeInt('count', { description: 'How many callbacks, investigations or cases the figure is of.' }),
    target: t.exposeString('target', { nullable: true, description: 'The target in Swedish words; null when none is set.' }),
    met: t.exposeBoolean('met', { nullable: true, description: 'Whether the target was met; null without a target or a figure.' }),
  }),
});

builder.queryField('applicationIndicators', (t) =>
  t.field({
    type: [ApplicationIndicatorRef],
    nullable: true,
    description: 'The applications service\'s figures for the indicator report of a tertial (1–3) of a year, of your unit; null for a year outside 2000–2100 or a tertial out of range. Managers and the quality council.',
    args: { year: t.arg.int({ required: true }), tertial: t.arg.int({ required: true }) },
    resolve: async (_root, { year, tertial }, context) => {
      const actor = context.actor;
      if (!mayReadIndicators(actor)) throw accessDenied(context);
      if (!Number.isInteger(year) || year < 2000 || year > 2100 || !(TERTIALS as readonly number[]).includes(tertial)) return null;
      const { from, to } = tertialDays(year, tertial as Tertial);
      return applicationIndicators(await unitStatistics(context, actor, from, to));
    },
  }),
);
