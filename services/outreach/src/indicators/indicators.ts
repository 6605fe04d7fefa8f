import type { EntityManager } from '@mikro-orm/postgresql';
import { execute } from '@omsorg/platform';
import { outreachDatabase } from '../database.ts';
import { REFERRED_STATUSES } from '../domain/funnel.ts';

/**
 * Outreach's figures for the city's indicator report per tertial (DOMAIN.md, "Indicators the units
 * report"), of one unit: people invited (invitations made in the tertial by the unit's campaigns),
 * conversations held (by the day held) and referrals to a caseworker made (failed ones not
 * counted, as the funnel), each against the same tertial a year earlier. DOMAIN.md gives no target
 * for these, so none is judged.
 */
export const OUTREACH_INDICATORS = ['INVITED', 'CONVERSATIONS_HELD', 'REFERRALS'] as const;
export type OutreachIndicatorKey = (typeof OUTREACH_INDICATORS)[number];

export type OutreachIndicator = { key: OutreachIndicatorKey; value: number; previousValue: number; target: string | null; met: boolean | null };

const S = `"${outreachDatabase.schema}"`;
const ZONE = `'Europe/Stockholm'`;

type Raw = Record<'invited' | 'held' | 'referred' | 'previous_invited' | 'previous_held' | 'previous_referred', string>;

/** ONE statement: three counts for the tertial and the same tertial a year earlier. */
export async function outreachIndicatorsOf(em: EntityManager, unit: string, year: number, tertial: 1 | 2 | 3): Promise<OutreachIndicator[]> {
  const month = (tertial - 1) * 4 + 1;
  // Stockholm midnights: the months are added before the zone is applied.
  const local = (offset: number) => `make_timestamp(${year + offset}, ${month}, 1, 0, 0, 0)`;
  const between = (column: string, offset: number) =>
    `${column} >= (${local(offset)} at time zone ${ZONE}) and ${column} < ((${local(offset)} + interval '4 months') at time zone ${ZONE})`;
  const count = (from: string, column: string, where: string, offset: number) => `(select count(*) from ${from} where ${where} and ${between(column, offset)})`;
  const invited = (offset: number) => count(`${S}."invitation" i join ${S}."campaign" c on c."id" = i."campaign_id"`, 'i."invited_at"', 'c."unit" = ?', offset);
  const held = (offset: number) => count(`${S}."health_conversation" h`, 'h."held_at"', 'h."unit" = ?', offset);
  const referred = (offset: number) => count(`${S}."referral" r`, 'r."created_at"', `r."unit" = ? and r."status" in (select jsonb_array_elements_text(?::jsonb))`, offset);
  const statuses = JSON.stringify(REFERRED_STATUSES);
  const [row] = await execute<Raw[]>(
    em,
    `select ${invited(0)} as "invited", ${held(0)} as "held", ${referred(0)} as "referred",
            ${invited(-1)} as "previous_invited", ${held(-1)} as "previous_held", ${referred(-1)} as "previous_referred"`,
    [unit, unit, unit, statuses, unit, unit, unit, statuses],
  );
  const n = (value: string | undefined) => Number(value ?? 0);
  return [
    { key: 'INVITED', value: n(row?.invited), previousValue: n(row?.previous_invited), target: null, met: null },
    { key: 'CONVERSATIONS_HELD', value: n(row?.held), previousValue: n(row?.previous_held), target: null, met: null },
    { key: 'REFERRALS', value: n(row?.referred), previousValue: n(row?.previous_referred), target: null, met: null },
  ];
}
