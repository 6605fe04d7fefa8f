import { TERTIALS, type Tertial } from '@omsorg/rules/feedback';
import { accessDenied } from '@omsorg/platform';
import { mayReadIndicators } from '../domain/access.ts';
import { OUTREACH_INDICATORS, outreachIndicatorsOf, type OutreachIndicator } from '../indicators/indicators.ts';
import { builder } from './builder.ts';

const OutreachIndicatorKeyEnum = builder.enumType('OutreachIndicatorKey', {
  description: 'Outreach\'s figures in the indicator report.',
  values: {
    INVITED: { description: 'People invited by the unit\'s campaigns in the tertial ("inbjudna").' },
    CONVERSATIONS_HELD: { description: 'Health conversations held in the tertial ("genomförda samtal").' },
    REFERRALS: { description: 'Referrals to a caseworker made in the tertial, failed ones not counted ("remitterade").' },
  } satisfies Record<(typeof OUTREACH_INDICATORS)[number], { description: string }>,
});

const OutreachIndicatorRef = builder.objectRef<OutreachIndicator>('OutreachIndicator').implement({
  description: 'One of outreach\'s figures in the indicator report for a tertial, of the reader\'s unit.',
  fields: (t) => ({
    key: t.field({ type: OutreachIndicatorKeyEnum, resolve: (indicator) => indicator.key }),
    value: t.exposeInt('value'),
    previousValue: t.exposeInt('previousValue', { description: 'The same tertial a year earlier.' }),
    target: t.exposeString('target', { nullable: true, description: 'The target in Swedish words; none is set for these.' }),
    met: t.exposeBoolean('met', { nullable: true, description: 'Whether the target was met; null without a target.' }),
  }),
});

builder.queryField('outreachIndicators', (t) =>
  t.field({
    type: [OutreachIndicatorRef],
    nullable: true,
    description: 'Outreach\'s figures for the indicator report of a tertial (1–3) of a year, of your unit; null for a year outside 2000–2100 or a tertial out of range. The quality council and managers.',
    args: { year: t.arg.int({ required: true }), tertial: t.arg.int({ required: true }) },
    resolve: async (_root, { year, tertial }, context) => {
      const actor = context.actor;
      if (!mayReadIndicators(actor)) throw accessDenied(context);
      if (!Number.isInteger(year) || year < 2000 || year > 2100 || !(TERTIALS as readonly number[]).includes(tertial)) return null;
      return outreachIndicatorsOf(context.em, actor.unit, year, tertial as Tertial);
    },
  }),
);
