import type { EntityManager } from '@mikro-orm/postgresql';
import { execute } from '@omsorg/platform';
import { isIsoDate, parsePersonalIdentityNumber } from '@omsorg/rules';
import { outreachDatabase } from '../database.ts';

const schema = outreachDatabase.schema;

/** A resident staff may book for: in a cohort of a campaign of their unit (the latest such campaign given). */
export type BookableResident = {
  id: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  districtArea: string | null;
  campaignId: string;
  campaignName: string;
};

export type ResidentSearch = { name: string; birthDate: string | null; legalGender: 'FEMALE' | 'MALE' | null };

/**
 * What staff typed, as a search: a personnummer gives a birth date and legal gender (outreach
 * keeps no personnummer), a day "YYYY-MM-DD" a birth date, and the other words a name. Null when
 * there is nothing to search by (a name of one letter, nothing).
 */
export function residentSearch(query: string, today = new Date()): ResidentSearch | null {
  const words = query.trim().split(/\s+/).filter(Boolean);
  let birthDate: string | null = null;
  let legalGender: 'FEMALE' | 'MALE' | null = null;
  const nameWords: string[] = [];
  for (const word of words) {
    const parsed = /\d{6}/.test(word) ? parsePersonalIdentityNumber(word, today) : null;
    if (parsed?.ok) {
      birthDate = parsed.value.birthDate;
      legalGender = parsed.value.legalGender;
    } else if (isIsoDate(word)) birthDate = word;
    else nameWords.push(word);
  }
  const name = nameWords.join(' ');
  if (!birthDate && name.length < 2) return null;
  return { name, birthDate, legalGender };
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

const FROM = `from "${schema}"."resident" r
  join lateral (select c."id", c."name" from "${schema}"."cohort_member" m join "${schema}"."campaign" c on c."id" = m."campaign_id"
                 where m."person_id" = r."id" and c."unit" = ? order by c."created_at" desc limit 1) c on true`;

/** Residents of the unit's campaigns' cohorts matching the search, by family and given name; one page. */
export async function bookableResidents(
  em: EntityManager,
  unit: string,
  search: ResidentSearch,
  page: { offset: number; limit: number },
): Promise<{ nodes: BookableResident[]; totalCount: number }> {
  const words = search.name.split(' ').filter(Boolean);
  const nameSql = words.map(() => `and (r."given_name" || ' ' || r."family_name") ilike ?`).join(' ');
  const params = [unit, search.birthDate, search.birthDate, search.legalGender, search.legalGender, ...words.map((word) => `%${escapeLike(word)}%`)];
  const rows = await execute<Array<Record<string, string | null>>>(
    em,
    `select r."id", r."given_name", r."family_name", to_char(r."birth_date", 'YYYY-MM-DD') as birth_date, r."district_area",
            c."id" as campaign_id, c."name" as campaign_name, count(*) over () as total
       ${FROM}
      where (?::date is null or r."birth_date" = ?::date) and (?::text is null or r."legal_gender" = ?::text) ${nameSql}
      order by r."family_name", r."given_name", r."id" limit ? offset ?`,
    [...params, page.limit, page.offset],
  );
  return {
    nodes: rows.map((row) => ({
      id: row.id!,
      givenName: row.given_name!,
      familyName: row.family_name!,
      birthDate: row.birth_date!,
      districtArea: row.district_area ?? null,
      campaignId: row.campaign_id!,
      campaignName: row.campaign_name!,
    })),
    totalCount: rows.length ? Number(rows[0]!.total) : 0,
  };
}

/** The unit's campaign (the given one, or the latest) whose cohort holds the person; null when none does. */
export async function unitCampaignOf(em: EntityManager, unit: string, personId: string, campaignId: string | null): Promise<string | null> {
  const rows = await execute<Array<{ id: string }>>(
    em,
    `select c."id" from "${schema}"."cohort_member" m join "${schema}"."campaign" c on c."id" = m."campaign_id"
      where m."person_id" = ? and c."unit" = ? and (?::uuid is null or c."id" = ?::uuid) order by c."created_at" desc limit 1`,
    [personId, unit, campaignId, campaignId],
  );
  return rows[0]?.id ?? null;
}
