import type { EntityManager } from '@mikro-orm/postgresql';
import { execute, type Page, type PageArgs, toPage } from '@omsorg/platform';
import { outreachDatabase } from '../database.ts';
import { NEAREST_FREE_SLOTS } from '../domain/booking.ts';
import type { MeetingKind } from '../domain/places.ts';
import { Slot } from '../entities/slot.ts';

const schema = outreachDatabase.schema;

export type FreeSlotQuery = {
  /** One meeting kind; all kinds when left out. */
  kind?: MeetingKind | null;
  /** Kinds not to offer (video, when hearing or memory problems were noted). */
  excludeKinds?: readonly MeetingKind[];
  /** From this instant (never earlier than now) to this one. */
  from: Date;
  to: Date;
  /** Only the workers of this unit (a campaign's unit); every worker when left out. */
  unit?: string | null;
  /** Only these workers' slots. */
  workerIds?: readonly string[] | null;
};

/** A free slot: from `from` (inclusive, never before now) until `to` (exclusive), still offered, held by no booking. */
function freeWhere(query: FreeSlotQuery, now: Date): { sql: string; params: unknown[] } {
  const from = query.from > now ? query.from : now;
  return {
    sql: `s."starts_at" >= ? and s."starts_at" < ? and s."withdrawn_at" is null
      and (?::text is null or s."kind" = ?::text)
      and not (s."kind" = any(string_to_array(?::text, ',')))
      and (?::text is null or s."worker_id" = any(string_to_array(?::text, ',')::uuid[]))
      and (?::text is null or s."worker_id" in (select m."id" from "${schema}"."staff_member" m where m."unit" = ?::text))
      and not exists (select 1 from "${schema}"."booking" b where b."slot_id" = s."id" and b."status" in ('ACTIVE', 'HELD'))`,
    params: [
      from,
      query.to,
      query.kind ?? null,
      query.kind ?? null,
      (query.excludeKinds ?? []).join(','),
      query.workerIds ? query.workerIds.join(',') : null,
      query.workerIds ? query.workerIds.join(',') : null,
      query.unit ?? null,
      query.unit ?? null,
    ],
  };
}

/** Free slots, earliest first, one page. */
export async function freeSlots(em: EntityManager, query: FreeSlotQuery, page: PageArgs, now = new Date()): Promise<Page<Slot>> {
  const where = freeWhere(query, now);
  const rows = await execute<Array<Record<string, unknown> & { total: string }>>(
    em,
    `select s.*, count(*) over () as total from "${schema}"."slot" s where ${where.sql} order by s."starts_at", s."worker_id", s."id" limit ? offset ?`,
    [...where.params, page.limit, page.offset],
  );
  const total = rows.length > 0 ? Number(rows[0]!.total) : page.offset > 0 ? await countFree(em, where) : 0;
  return toPage(
    rows.map(({ total: _total, ...row }) => em.map(Slot, row)),
    total,
    page,
  );
}

async function countFree(em: EntityManager, where: { sql: string; params: unknown[] }): Promise<number> {
  const [row] = await execute<Array<{ count: string }>>(em, `select count(*) as count from "${schema}"."slot" s where ${where.sql}`, where.params);
  return Number(row?.count ?? 0);
}

/** The Stockholm days that have free slots, with how many, earliest first (at most 100 days). */
export async function freeDays(em: EntityManager, query: FreeSlotQuery, now = new Date()): Promise<Array<{ day: string; freeSlots: number }>> {
  const where = freeWhere(query, now);
  const rows = await execute<Array<{ day: string; count: string }>>(
    em,
    `select to_char(s."starts_at" at time zone 'Europe/Stockholm', 'YYYY-MM-DD') as day, count(*) as count
       from "${schema}"."slot" s where ${where.sql} group by 1 order by 1 limit 100`,
    where.params,
  );
  return rows.map((row) => ({ day: row.day, freeSlots: Number(row.count) }));
}

/**
 * The free slots of the same kind nearest in time to `slot` (the one just lost), among the
 * workers of its worker's unit: what a lost race offers instead, in time order.
 */
export async function nearestFreeSlots(em: EntityManager, slot: Pick<Slot, 'id' | 'workerId' | 'startsAt' | 'kind'>, now = new Date()): Promise<Slot[]> {
  const rows = await execute<Array<Record<string, unknown>>>(
    em,
    `select s.* from "${schema}"."slot" s
      where s."kind" = ? and s."id" <> ? and s."starts_at" > ? and s."withdrawn_at" is null
        and (s."worker_id" = ? or s."worker_id" in (select m."id" from "${schema}"."staff_member" m
              where m."unit" = (select w."unit" from "${schema}"."staff_member" w where w."id" = ?)))
        and not exists (select 1 from "${schema}"."booking" b where b."slot_id" = s."id" and b."status" in ('ACTIVE', 'HELD'))
      order by abs(extract(epoch from s."starts_at" - ?::timestamptz)), s."starts_at" limit ?`,
    [slot.kind, slot.id, now, slot.workerId, slot.workerId, slot.startsAt, NEAREST_FREE_SLOTS],
  );
  return rows.map((row) => em.map(Slot, row)).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}
