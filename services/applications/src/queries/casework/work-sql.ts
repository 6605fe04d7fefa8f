import { OPEN_STATUSES } from '../../domain/inbox.ts';
import { planOverdueIfOrderedBefore, type WorkKind } from '../../domain/work-list.ts';
import { applicationsDatabase } from '../../database.ts';

/** Constant values (statuses, kinds: never input) as an SQL list of literals. */
export const sqlList = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');
const caseWork = `"${applicationsDatabase.schema}"."case_work"`;

/** SQL and its parameters, `?` placeholders in order. */
type SqlPart = { sql: string; params: unknown[] };

type DecidedWorkKind = Exclude<WorkKind, 'OPEN_APPLICATION'>;
const DECIDED_WORK_KINDS: readonly DecidedWorkKind[] = ['OPEN_APPEAL', 'SERVICE_NOT_ORDERED', 'PLAN_OVERDUE', 'FOLLOW_UP_DUE'];

/**
 * The rows of case_work (aliased `w`) that are work of this kind today: what the domain rules
 * say (domain/work-list.ts, deadlines.ts) in SQL. The trigger-kept case_work (Migration…_case_work)
 * holds every piece of work a decided service may ask for; the dated kinds fall due here.
 */
function workRow(kind: DecidedWorkKind, today: string): SqlPart {
  switch (kind) {
    case 'OPEN_APPEAL':
      return { sql: `(w.kind = 'OPEN_APPEAL')`, params: [] };
    case 'SERVICE_NOT_ORDERED':
      // A decision that has ended is no longer to order.
      return { sql: `(w.kind = 'SERVICE_NOT_ORDERED' and (w.valid_to is null or w.valid_to >= ?))`, params: [today] };
    case 'PLAN_OVERDUE':
      return { sql: `(w.kind = 'PLAN_OVERDUE' and w.day < ?)`, params: [planOverdueIfOrderedBefore(today)] };
    case 'FOLLOW_UP_DUE':
      return { sql: `(w.kind = 'FOLLOW_UP_DUE' and w.day <= ?)`, params: [today] };
  }
}

/** Any of these kinds, or-ed. */
function anyWorkRow(kinds: readonly DecidedWorkKind[], today: string): SqlPart {
  const parts = kinds.map((kind) => workRow(kind, today));
  return { sql: `(${parts.map((part) => part.sql).join(' or ')})`, params: parts.flatMap((part) => part.params) };
}

/** Any of these kinds of work, or-ed; false when none is named. */
export function hasAnyWork(kinds: readonly WorkKind[], today: string, alias: string): SqlPart {
  if (kinds.length === 0) return { sql: 'false', params: [] };
  const parts: SqlPart[] = [];
  if (kinds.includes('OPEN_APPLICATION')) parts.push({ sql: `${alias}.status in (${sqlList(OPEN_STATUSES)})`, params: [] });
  const decided = DECIDED_WORK_KINDS.filter((kind) => kinds.includes(kind));
  if (decided.length > 0) {
    const rows = anyWorkRow(decided, today);
    parts.push({ sql: `${alias}.id in (select w.application_id from ${caseWork} w where w.unit = ${alias}.unit and ${rows.sql})`, params: rows.params });
  }
  return { sql: `(${parts.map((part) => part.sql).join(' or ')})`, params: parts.flatMap((part) => part.params) };
}

/**
 * A unit's decided work today, one row per piece of work with its case's facts (for the tab
 * counts): one range of case_work_unit_kind_day_index per kind, read from the index alone.
 */
export function unitWorkRows(unit: string, today: string): SqlPart {
  const parts = DECIDED_WORK_KINDS.map((kind) => workRow(kind, today));
  return {
    sql: parts.map((part) => `select w.application_id, w.kind, w.status, w.assignee_key, w.urgent from ${caseWork} w where w.unit = ? and ${part.sql}`).join(' union all '),
    params: parts.flatMap((part) => [unit, ...part.params]),
  };
}

/** The kinds of work on each of these cases, with how many of each (e.g. three services to order): one statement. */
export async function workOfCases(
  connection: { execute: <T>(sql: string, params: unknown[]) => Promise<T> },
  applications: ReadonlyArray<{ id: string; status: string }>,
  today: string,
): Promise<Map<string, Array<{ kind: WorkKind; count: number }>>> {
  const work = new Map<string, Array<{ kind: WorkKind; count: number }>>();
  for (const application of applications) {
    work.set(application.id, (OPEN_STATUSES as readonly string[]).includes(application.status) ? [{ kind: 'OPEN_APPLICATION', count: 1 }] : []);
  }
  if (applications.length === 0) return work;
  const rows = anyWorkRow(DECIDED_WORK_KINDS, today);
  const ids = applications.map((application) => application.id);
  const found = await connection.execute<Array<{ application_id: string; kind: WorkKind; count: string | number }>>(
    `select w.application_id, w.kind, count(*) as count from ${caseWork} w
      where w.application_id in (${ids.map(() => '?').join(', ')}) and ${rows.sql}
      group by w.application_id, w.kind`,
    [...ids, ...rows.params],
  );
  const order = (kind: WorkKind) => DECIDED_WORK_KINDS.indexOf(kind as DecidedWorkKind);
  for (const row of [...found].sort((a, b) => order(a.kind) - order(b.kind))) work.get(row.application_id)?.push({ kind: row.kind, count: Number(row.count) });
  return work;
}
