import type { EntityManager } from '@mikro-orm/postgresql';
import { execute } from '@omsorg/platform';
import { birthDateRange, type CohortRule } from '../domain/cohort.ts';
import { outreachDatabase } from '../database.ts';

const S = `"${outreachDatabase.schema}"`;

type Sql = { sql: string; params: unknown[] };

/**
 * The cohort rule as one WHERE over outreach's own tables, with `r` the resident: born in the
 * year that reaches the age, living in one of the areas, with no current care services (when
 * asked), and in no other campaign's cohort fixed within the months (when asked). The preview
 * counts it and fixing the cohort inserts it, so the two cannot disagree.
 */
function cohortCondition(rule: CohortRule, campaignId: string | null): Sql {
  const { from, to } = birthDateRange(rule.age, rule.year);
  const parts = [`r."birth_date" between ? and ?`, `r."district_area" in (select jsonb_array_elements_text(?::jsonb))`];
  const params: unknown[] = [from, to, JSON.stringify(rule.districtAreas)];
  if (rule.excludeCurrentCare) {
    parts.push(`not exists (select 1 from ${S}."person_care_status" s where s."person_id" = r."id" and s."has_current_care_services")`);
  }
  if (rule.notInvitedWithinMonths !== null && rule.notInvitedWithinMonths > 0) {
    parts.push(
      `not exists (select 1 from ${S}."cohort_member" m join ${S}."campaign" c on c."id" = m."campaign_id"
        where m."person_id" = r."id" and c."id" is distinct from ?::uuid and c."cohort_fixed_at" >= now() - make_interval(months => ?))`,
    );
    params.push(campaignId, rule.notInvitedWithinMonths);
  }
  return { sql: parts.join(' and '), params };
}

export type GenderCounts = { women: number; men: number; total: number };

/** The preview: the cohort statement with count(*) grouped by legal gender. */
export async function countCohort(em: EntityManager, rule: CohortRule, campaignId: string | null): Promise<GenderCounts> {
  const where = cohortCondition(rule, campaignId);
  const rows = await execute<Array<{ legal_gender: string; count: string }>>(
    em,
    `select r."legal_gender", count(*) as "count" from ${S}."resident" r where ${where.sql} group by r."legal_gender"`,
    where.params,
  );
  return gendered(rows);
}

/** A fixed cohort's counts, from its members. */
export async function countMembers(em: EntityManager, campaignId: string): Promise<GenderCounts> {
  const rows = await execute<Array<{ legal_gender: string; count: string }>>(
    em,
    `select r."legal_gender", count(*) as "count" from ${S}."cohort_member" m join ${S}."resident" r on r."id" = m."person_id"
     where m."campaign_id" = ? group by r."legal_gender"`,
    [campaignId],
  );
  return gendered(rows);
}

function gendered(rows: Array<{ legal_gender: string; count: string }>): GenderCounts {
  const of = (gender: string) => Number(rows.find((row) => row.legal_gender === gender)?.count ?? 0);
  const women = of('FEMALE');
  const men = of('MALE');
  return { women, men, total: women + men };
}

/**
 * Fixes a campaign's cohort, in the caller's transaction: marks the campaign fixed (only if it
 * was not, so two at once cannot both fix it) and writes every member in ONE insert…select.
 * Returns null when the cohort was already fixed.
 */
export async function fixCohortRows(em: EntityManager, campaignId: string, rule: CohortRule): Promise<number | null> {
  const marked = await execute<Array<{ id: string }>>(
    em,
    `update ${S}."campaign" set "cohort_fixed_at" = now() where "id" = ? and "cohort_fixed_at" is null returning "id"`,
    [campaignId],
  );
  if (marked.length === 0) return null;
  const where = cohortCondition(rule, campaignId);
  const inserted = await execute<{ affectedRows: number }>(
    em,
    `insert into ${S}."cohort_member" ("campaign_id", "person_id", "added_at")
     select ?, r."id", now() from ${S}."resident" r where ${where.sql}`,
    [campaignId, ...where.params],
    'run',
  );
  return inserted.affectedRows;
}

export type CohortResident = {
  id: string;
  given_name: string;
  family_name: string;
  birth_date: string;
  legal_gender: 'FEMALE' | 'MALE';
  district_area: string | null;
  street_address: string | null;
  postal_code: string | null;
  postal_town: string | null;
};

/** One page of a fixed cohort's members, by family name; `search` matches the name (any part, any case). */
export async function cohortPage(
  em: EntityManager,
  campaignId: string,
  page: { offset: number; limit: number },
  search: string | null,
): Promise<{ rows: CohortResident[]; totalCount: number }> {
  const params: unknown[] = [campaignId];
  let filter = '';
  if (search) {
    filter = ` and (r."given_name" || ' ' || r."family_name") ilike ? escape '\\'`;
    params.push(`%${search.replace(/[\\%_]/g, (character) => `\\${character}`)}%`);
  }
  const rows = await execute<Array<CohortResident & { total: string }>>(
    em,
    `select r."id", r."given_name", r."family_name", to_char(r."birth_date", 'YYYY-MM-DD') as "birth_date", r."legal_gender", r."district_area",
            r."street_address", r."postal_code", r."postal_town", count(*) over () as "total"
     from ${S}."cohort_member" m join ${S}."resident" r on r."id" = m."person_id"
     where m."campaign_id" = ?${filter}
     order by r."family_name", r."given_name", r."id" limit ? offset ?`,
    [...params, page.limit, page.offset],
  );
  const totalCount = rows.length > 0 ? Number(rows[0]!.total) : page.offset > 0 ? await countPage(em, filter, params) : 0;
  return { rows, totalCount };
}

/** The count when the page asked for lies past the end (the window count then has no row to ride on). */
async function countPage(em: EntityManager, filter: string, params: unknown[]): Promise<number> {
  const [row] = await execute<Array<{ count: string }>>(
    em,
    `select count(*) as "count" from ${S}."cohort_member" m join ${S}."resident" r on r."id" = m."person_id" where m."campaign_id" = ?${filter}`,
    params,
  );
  return Number(row?.count ?? 0);
}

/** The district areas residents are known to live in, for the editor's choices (no person data). */
export async function knownDistrictAreas(em: EntityManager): Promise<string[]> {
  const rows = await execute<Array<{ district_area: string }>>(
    em,
    `select distinct "district_area" from ${S}."resident" where "district_area" is not null order by "district_area" limit 500`,
  );
  return rows.map((row) => row.district_area);
}

/** Members per campaign, for the list's cohort size. */
export async function memberCounts(em: EntityManager, campaignIds: readonly string[]): Promise<Map<string, number>> {
  if (campaignIds.length === 0) return new Map();
  const rows = await execute<Array<{ campaign_id: string; count: string }>>(
    em,
    `select "campaign_id", count(*) as "count" from ${S}."cohort_member" where "campaign_id" in (select (jsonb_array_elements_text(?::jsonb))::uuid) group by "campaign_id"`,
    [JSON.stringify(campaignIds)],
  );
  return new Map(rows.map((row) => [row.campaign_id, Number(row.count)]));
}
