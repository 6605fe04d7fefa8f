import type { EntityManager } from '@mikro-orm/postgresql';
import { execute } from '@omsorg/platform';
import { instantInStockholm } from '@omsorg/rules';
import { feedbackDatabase } from '../database.ts';
import { feedbackStatistics, type CountRow, type FeedbackStatistics, type OutcomeRow } from './statistics.ts';

const S = `"${feedbackDatabase.schema}"`;
const ZONE = `'Europe/Stockholm'`;

/**
 * The items received in the year, optionally of one unit, with their tertial and the `columns`
 * asked for. The tertial is `tertialOfMonth` (@omsorg/rules/feedback) as instants: the
 * parameters are the Stockholm midnights starting January, May, September and the next year
 * (`tertialBounds`), so no row's time is converted to find its tertial (only an answered item's
 * two times are, for its days in the outcome statement). Then the unit, twice.
 */
function receivedInYear(columns: string, materialized = false): string {
  return `with f as ${materialized ? 'materialized ' : ''}(
  select ${columns}, i."sender_gender" as "gender",
    case when i."received_at" < ?::timestamptz then 1 when i."received_at" < ?::timestamptz then 2 else 3 end as "tertial"
  from ${S}."feedback" i
  where i."received_at" >= ?::timestamptz and i."received_at" < ?::timestamptz
    and (?::text is null or i."unit" = ?::text)
)`;
}

/** The Stockholm midnights that start a year's tertials and the next year. */
export function tertialBounds(year: number): { start: Date; t2: Date; t3: Date; end: Date } {
  const midnight = (y: number, month: number) => instantInStockholm(`${y}-${String(month).padStart(2, '0')}-01`, '00:00');
  return { start: midnight(year, 1), t2: midnight(year, 5), t3: midnight(year, 9), end: midnight(year + 1, 1) };
}

type RawCount = { dimension: string; category: string; tertial: number; gender: string; count: string };
type RawOutcome = { tertial: number; gender: string; answer_days: number | null; received: string; action_taken: string; lex_sarah: string };

/**
 * The statistics of a year in TWO statements whatever the data, each one pass over the year's
 * items with hashed groups, no sorting: the counts per tertial and gender by type (all of them) and
 * by source, subject and target (all but praise), one hashed group each over the year's rows read
 * once (a materialised CTE; GROUPING SETS sorted the rows for one of the sets); and the complaints,
 * suggestions and questions per tertial, gender and days to the first answer, with FILTER counts
 * of actions and lex Sarah. The year is the sum of its tertials, and the median and mean days come
 * exactly from the days' counts (statistics.ts), so neither needs a grouping set of its own.
 */
export async function statisticsOfYear(em: EntityManager, year: number, unit: string | null): Promise<FeedbackStatistics> {
  const bounds = tertialBounds(year);
  const scope = [bounds.t2, bounds.t3, bounds.start, bounds.end, unit, unit];
  // One hashed group per dimension over the year's rows, materialised once.
  const byDimension = (dimension: string, column: string, where = '') =>
    `select '${dimension}' as "dimension", f."${column}" as "category", f."tertial", f."gender", count(*) as "count" from f ${where} group by f."${column}", f."tertial", f."gender"`;
  // The two statements run side by side (two of the pool's connections): neither waits for the other.
  const [counts, outcomes] = await Promise.all([
    execute<RawCount[]>(
      em,
      `${receivedInYear('i."type", i."source", i."subject", i."target"', true)}
       ${byDimension('TYPE', 'type')}
       union all ${byDimension('SOURCE', 'source', `where f."type" <> 'PRAISE'`)}
       union all ${byDimension('SUBJECT', 'subject', `where f."type" <> 'PRAISE'`)}
       union all ${byDimension('TARGET', 'target', `where f."type" <> 'PRAISE'`)}`,
      scope,
    ),
    execute<RawOutcome[]>(
      em,
      `${receivedInYear(`i."type", i."action_taken_at", i."lex_sarah_at",
         (i."answered_at" at time zone ${ZONE})::date - (i."received_at" at time zone ${ZONE})::date as "answer_days"`)}
       select f."tertial", f."gender", f."answer_days", count(*) as "received",
         count(*) filter (where f."action_taken_at" is not null) as "action_taken",
         count(*) filter (where f."lex_sarah_at" is not null) as "lex_sarah"
       from f where f."type" <> 'PRAISE'
       group by f."tertial", f."gender", f."answer_days"`,
      scope,
    ),
  ]);
  return feedbackStatistics(
    year,
    unit,
    counts.map((row): CountRow => ({ dimension: row.dimension, category: row.category, tertial: Number(row.tertial), gender: row.gender, count: Number(row.count) })),
    outcomes.map(
      (row): OutcomeRow => ({
        tertial: Number(row.tertial),
        gender: row.gender,
        answerDays: row.answer_days == null ? null : Number(row.answer_days),
        received: Number(row.received),
        actionTaken: Number(row.action_taken),
        lexSarah: Number(row.lex_sarah),
      }),
    ),
  );
}
