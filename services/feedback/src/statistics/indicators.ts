import type { EntityManager } from '@mikro-orm/postgresql';
import { execute } from '@omsorg/platform';
import { feedbackDatabase } from '../database.ts';
import type { Tertial } from '../domain/categories.ts';
import { shareInPercent } from './statistics.ts';

/**
 * Feedback's figures for the indicator report per tertial (DOMAIN.md, "Indicators the units
 * report"): complaints registered against the same tertial a year earlier (target: the number
 * should rise, "Antalet registrerade synpunkter och klagomål ökar", seeds 000 L2395), the share of
 * them answered and the share with an action (no target given). "Complaints" are, as in the
 * report's table, complaints, suggestions and questions: everything but praise, by the day received
 * in Stockholm time.
 */
export const FEEDBACK_INDICATORS = ['COMPLAINTS_REGISTERED', 'COMPLAINTS_ANSWERED_SHARE', 'COMPLAINTS_WITH_ACTION_SHARE'] as const;
export type FeedbackIndicatorKey = (typeof FEEDBACK_INDICATORS)[number];

export type FeedbackIndicator = {
  key: FeedbackIndicatorKey;
  /** A count, or a share in per cent with one decimal; null when there is nothing to divide. */
  value: number | null;
  /** The same figure for the same tertial a year earlier. */
  previousValue: number | null;
  /** The target in words (Swedish, as the management system writes it); null when none is set. */
  target: string | null;
  /** Whether the target was met; null without a target or without a figure to judge by. */
  met: boolean | null;
};

type Raw = { received: string; answered: string; action: string; previous_received: string; previous_answered: string; previous_action: string };

const S = `"${feedbackDatabase.schema}"`;
const ZONE = `'Europe/Stockholm'`;

/** First day of a tertial (1, 5 or 9) as a month number. */
const firstMonth = (tertial: Tertial): number => (tertial - 1) * 4 + 1;

/** The indicators from the counts of this tertial and the same one a year earlier. */
export function feedbackIndicators(now: { received: number; answered: number; action: number }, before: { received: number; answered: number; action: number }): FeedbackIndicator[] {
  return [
    { key: 'COMPLAINTS_REGISTERED', value: now.received, previousValue: before.received, target: 'Ska öka', met: now.received > before.received },
    { key: 'COMPLAINTS_ANSWERED_SHARE', value: shareInPercent(now.answered, now.received), previousValue: shareInPercent(before.answered, before.received), target: null, met: null },
    { key: 'COMPLAINTS_WITH_ACTION_SHARE', value: shareInPercent(now.action, now.received), previousValue: shareInPercent(before.action, before.received), target: null, met: null },
  ];
}

/** ONE statement: both tertials' counts by FILTER over the two periods' items (all units). */
export async function indicatorsOfTertial(em: EntityManager, year: number, tertial: Tertial): Promise<FeedbackIndicator[]> {
  const month = firstMonth(tertial);
  // Local Stockholm midnights: the months are added before the zone is applied (DST differs between the two).
  const local = (yearOffset: number) => `make_timestamp(?::int + ${yearOffset}, ?::int, 1, 0, 0, 0)`;
  const start = (yearOffset: number) => `(${local(yearOffset)} at time zone ${ZONE})`;
  const end = (yearOffset: number) => `((${local(yearOffset)} + interval '4 months') at time zone ${ZONE})`;
  const inPeriod = (yearOffset: number) => `i."received_at" >= ${start(yearOffset)} and i."received_at" < (${end(yearOffset)})`;
  const [row] = await execute<Raw[]>(
    em,
    `with p as (select i."answered_at", i."action_taken_at", (${inPeriod(0)}) as "now"
       from ${S}."feedback" i where i."type" <> 'PRAISE' and ((${inPeriod(0)}) or (${inPeriod(-1)})))
     select count(*) filter (where p."now") as "received",
       count(*) filter (where p."now" and p."answered_at" is not null) as "answered",
       count(*) filter (where p."now" and p."action_taken_at" is not null) as "action",
       count(*) filter (where not p."now") as "previous_received",
       count(*) filter (where not p."now" and p."answered_at" is not null) as "previous_answered",
       count(*) filter (where not p."now" and p."action_taken_at" is not null) as "previous_action"
     from p`,
    [year, month, year, month, year, month, year, month, year, month, year, month],
  );
  const n = (value: string | undefined) => Number(value ?? 0);
  return feedbackIndicators(
    { received: n(row?.received), answered: n(row?.answered), action: n(row?.action) },
    { received: n(row?.previous_received), answered: n(row?.previous_answered), action: n(row?.previous_action) },
  );
}
