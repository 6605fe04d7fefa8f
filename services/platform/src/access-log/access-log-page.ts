import type { EntityManager } from '@mikro-orm/postgresql';
import type { PageArgs } from '../graphql/pagination.ts';
import { execute } from '../database/execute.ts';

/** One opening shown to the person: who read what (a logged resource), when, and which item. */
export type AccessLogOpening = { staffId: string; resource: string; resourceId: string | null; at: Date };

/** Reads of the same thing by one staff member this close together are one opening. */
export const ACCESS_OPENING_GAP_MINUTES = 5;

/**
 * One page of the staff reads of a person's data logged in this service's `schema`, newest
 * first: what a citizen is shown under "Vem har läst mina uppgifter". Repeated reads of the same
 * item by the same staff member less than ACCESS_OPENING_GAP_MINUTES apart (a list reloaded, a page
 * reading two fields) are shown as one opening, at its first read.
 */
export async function accessLogPage(
  em: EntityManager,
  schema: string,
  personId: string,
  resources: readonly string[],
  page: PageArgs,
): Promise<{ openings: AccessLogOpening[]; totalCount: number }> {
  const openings = `with reads as (
      select staff_id, resource, resource_id, "at",
        case when "at" - lag("at") over (partition by staff_id, resource, resource_id order by "at") <= interval '${ACCESS_OPENING_GAP_MINUTES} minutes' then 0 else 1 end as starts
      from "${schema}"."access_log"
      where person_id = ? and resource in (${resources.map(() => '?').join(', ')})
    ), visits as (
      select staff_id, resource, resource_id, "at", sum(starts) over (partition by staff_id, resource, resource_id order by "at") as visit from reads
    )
    select staff_id, resource, resource_id, min("at") as "at" from visits group by staff_id, resource, resource_id, visit`;
  const params = [personId, ...resources];
  const [rows, counted] = await Promise.all([
    execute<Array<{ staff_id: string; resource: string; resource_id: string | null; at: Date | string }>>(
      em,
      `${openings} order by "at" desc, staff_id asc, resource asc limit ? offset ?`,
      [...params, page.limit, page.offset],
    ),
    execute<Array<{ total: string | number }>>(em, `select count(*) as total from (${openings}) as openings`, params),
  ]);
  return {
    openings: rows.map((row) => ({ staffId: row.staff_id, resource: row.resource, resourceId: row.resource_id, at: new Date(row.at) })),
    totalCount: Number(counted[0]?.total ?? 0),
  };
}
