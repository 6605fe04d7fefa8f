import type { EntityManager } from '@mikro-orm/postgresql';
import { execute, type PageArgs } from '@omsorg/platform';
import { CASE_READ_SOURCES } from '../../domain/case-reads.ts';
import { applicationsDatabase } from '../../database.ts';

/** The logged reads that count as opening the case: every staff read of its content, from any path. */
export const CASE_OPENING_RESOURCES = CASE_READ_SOURCES;

export type CaseOpening = { staffId: string; at: Date };

/** Reads by one staff member this close together are one opening of the case. */
export const OPENING_GAP_MINUTES = 5;

/**
 * Who opened the case and when, newest first. One opening of the case view logs several reads
 * (the case, its investigation, a reload); reads by the same staff member with less than
 * OPENING_GAP_MINUTES between them are shown as one opening, at its first read.
 */
export async function caseOpenings(em: EntityManager, application: { id: string; applicantId: string }, page: PageArgs): Promise<{ openings: CaseOpening[]; totalCount: number }> {
  const table = `"${applicationsDatabase.schema}"."access_log"`;
  const openings = `with reads as (
      select staff_id, "at",
        case when "at" - lag("at") over (partition by staff_id order by "at") <= interval '${OPENING_GAP_MINUTES} minutes' then 0 else 1 end as starts
      from ${table}
      where person_id = ? and resource_id = ? and resource in (${CASE_OPENING_RESOURCES.map(() => '?').join(', ')})
    ), visits as (
      select staff_id, "at", sum(starts) over (partition by staff_id order by "at") as visit from reads
    )
    select staff_id, min("at") as "at" from visits group by staff_id, visit`;
  const params = [application.applicantId, application.id, ...CASE_OPENING_RESOURCES];
  const [rows, counted] = await Promise.all([
    execute<Array<{ staff_id: string; at: Date | string }>>(em, `${openings} order by 2 desc, 1 asc limit ? offset ?`, [...params, page.limit, page.offset]),
    execute<Array<{ total: string | number }>>(em, `select count(*) as total from (${openings}) as openings`, params),
  ]);
  return {
    openings: rows.map((row) => ({ staffId: row.staff_id, at: new Date(row.at) })),
    totalCount: Number(counted[0]?.total ?? 0),
  };
}
