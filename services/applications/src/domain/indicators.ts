import type { GenderShare, Percentiles } from './gender-statistics.ts';

/**
 * The applications service's figures for the city's indicator report per tertial (DOMAIN.md,
 * "Indicators the units report"), taken from the unit's statistics of the tertial's days
 * (queries/casework/statistics.ts): callbacks done within 48 hours (target 90 %, 004 L2077; "within
 * 48 hours" is the callback's due time, two working days of office hours), investigations that
 * describe every applied service (target 90 % per tertial, 000 L984), and the median days from
 * application to the first decision (no target given).
 */
export const APPLICATION_INDICATORS = ['CALLBACKS_WITHIN_48H', 'INVESTIGATIONS_DESCRIBING_ALL_SERVICES', 'DAYS_TO_DECISION'] as const;
export type ApplicationIndicatorKey = (typeof APPLICATION_INDICATORS)[number];

export type ApplicationIndicator = {
  key: ApplicationIndicatorKey;
  /** A share in per cent (one decimal) or a number of days; null when there was nothing to count. */
  value: number | null;
  /** How many callbacks, investigations or cases the figure is of. */
  count: number;
  /** The target in Swedish words; null when none is set. */
  target: string | null;
  /** Whether the target was met; null without a target or a figure. */
  met: boolean | null;
};

export const SHARE_TARGET = 90;

function shareIndicator(key: ApplicationIndicatorKey, share: GenderShare): ApplicationIndicator {
  return { key, value: share.all, count: share.count, target: `${SHARE_TARGET} %`, met: share.all == null ? null : share.all >= SHARE_TARGET };
}

export function applicationIndicators(figures: { callbacksWithin48h: GenderShare; investigationsDescribingAll: GenderShare; daysToDecision: { all: Percentiles } }): ApplicationIndicator[] {
  return [
    shareIndicator('CALLBACKS_WITHIN_48H', figures.callbacksWithin48h),
    shareIndicator('INVESTIGATIONS_DESCRIBING_ALL_SERVICES', figures.investigationsDescribingAll),
    { key: 'DAYS_TO_DECISION', value: figures.daysToDecision.all.median, count: figures.daysToDecision.all.count, target: null, met: null },
  ];
}
