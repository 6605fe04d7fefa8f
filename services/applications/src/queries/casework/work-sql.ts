import { OPEN_APPEAL_STATUSES } from '../../domain/appeal-eligibility.ts';
import { OPEN_STATUSES } from '../../domain/inbox.ts';
import { planOverdueIfOrderedBefore, type WorkKind } from '../../domain/work-list.ts';
import { applicationsDatabase } from '../../database.ts';

const schema = applicationsDatabase.schema;
const table = (name: string) => `"${schema}"."${name}"`;
const list = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');

/** SQL and its parameters, `?` placeholders in order. */
export type SqlPart = { sql: string; params: unknown[] };
/** A sub-select of case ids, and the column that holds them (to narrow it to some cases). */
export type CaseSelect = SqlPart & { caseColumn: string };

/**
 * The cases (application ids) with work of each kind after the case was decided, as sub-selects
 * the planner runs once (hashed), whatever the number of applications: each starts from the
 * small side (open appeals, granted decisions waiting for an order, orders without a plan,
 * follow-ups not done), served by the partial indexes and the trigger-kept decision_awaiting_order
 * of Migration…_work_list. What the domain rules say (domain/work-list.ts, deadlines.ts) in SQL.
 */
export function decidedWorkCases(kind: Exclude<WorkKind, 'OPEN_APPLICATION'>, today: string): CaseSelect {
  // `= any(array(…))` makes each step an index lookup by key, never a scan of every decision.
  const casesOfDecisions = (decisions: string) =>
    `select rs.application_id from ${table('requested_service')} rs
      where rs.id = any(array(select d.requested_service_id from ${table('decision')} d where d.id = any(array(${decisions})) and d.status = 'DECIDED'))`;
  switch (kind) {
    case 'OPEN_APPEAL':
      return {
        sql: casesOfDecisions(`select ap.decision_id from ${table('appeal')} ap where ap.status in (${list(OPEN_APPEAL_STATUSES)})`),
        params: [],
        caseColumn: 'rs.application_id',
      };
    case 'SERVICE_NOT_ORDERED':
      // decision_awaiting_order holds the granted decisions (status DECIDED, not denied) without an order.
      return {
        sql: `select w.application_id from ${table('decision_awaiting_order')} w where (w.valid_to is null or w.valid_to >= ?)`,
        params: [today],
        caseColumn: 'w.application_id',
      };
    case 'PLAN_OVERDUE':
      return {
        sql: casesOfDecisions(`select o.decision_id from ${table('service_order')} o where o.plan_received_on is null and o.ordered_on < ?`),
        params: [planOverdueIfOrderedBefore(today)],
        caseColumn: 'rs.application_id',
      };
    case 'FOLLOW_UP_DUE':
      return {
        sql: casesOfDecisions(`select f.decision_id from ${table('follow_up')} f where f.completed_on is null and f.due_on <= ?`),
        params: [today],
        caseColumn: 'rs.application_id',
      };
  }
}

/** A condition on the application aliased `alias`: it has work of this kind. */
export function hasWork(kind: WorkKind, today: string, alias: string): SqlPart {
  if (kind === 'OPEN_APPLICATION') return { sql: `${alias}.status in (${list(OPEN_STATUSES)})`, params: [] };
  const cases = decidedWorkCases(kind, today);
  return { sql: `${alias}.id in (${cases.sql})`, params: cases.params };
}

/** Any of these kinds of work, or-ed; false when none is named. */
export function hasAnyWork(kinds: readonly WorkKind[], today: string, alias: string): SqlPart {
  if (kinds.length === 0) return { sql: 'false', params: [] };
  const parts = kinds.map((kind) => hasWork(kind, today, alias));
  return { sql: `(${parts.map((part) => part.sql).join(' or ')})`, params: parts.flatMap((part) => part.params) };
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
  const kinds = ['OPEN_APPEAL', 'SERVICE_NOT_ORDERED', 'PLAN_OVERDUE', 'FOLLOW_UP_DUE'] as const;
  const parts = kinds.map((kind) => ({ kind, part: decidedWorkCases(kind, today) }));
  const ids = applications.map((application) => application.id);
  const rows = await connection.execute<Array<{ application_id: string; kind: WorkKind; count: string | number }>>(
    parts
      .map(({ kind, part }) => `select application_id, '${kind}' as kind, count(*) as count from (${part.sql} and ${part.caseColumn} in (${ids.map(() => '?').join(', ')})) k group by application_id`)
      .join(' union all '),
    parts.flatMap(({ part }) => [...part.params, ...ids]),
  );
  for (const row of rows) work.get(row.application_id)?.push({ kind: row.kind, count: Number(row.count) });
  return work;
}
