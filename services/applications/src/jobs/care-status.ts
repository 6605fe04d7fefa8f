import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { enqueueJob, execute, type JobDefinition, type Logger, withJobQueue } from '@omsorg/platform';
import { FEEDBACK_CARE_STATUS_CHANGED_QUEUE } from '@omsorg/rules/feedback';
import { CARE_STATUS_CHANGED_QUEUE } from '@omsorg/rules/outreach';
import { addDaysTo } from '../domain/calendar.ts';
import { hasCurrentCareServices, type CareDecision } from '../domain/care-status.ts';
import { todayInStockholm } from '../domain/stockholm-time.ts';
import { applicationsDatabase } from '../database.ts';

/*
 * Applications tells outreach who has current care services (domain/care-status.ts), so that a
 * campaign can leave them out without reading this schema, and feedback the same (its own queue,
 * the same data), so that only they are offered the user survey: whenever a decision is made or a
 * reconsidered appeal changes one (in the same transaction), every night for the periods that
 * start or end by date, and once for everyone at seed.
 */

const S = `"${applicationsDatabase.schema}"`;
const CHUNK = 1000;

type DecisionRow = { applicant_id: string; status: CareDecision['status']; outcome: CareDecision['outcome']; valid_from: string | null; valid_to: string | null };

/** Each person's status today, from all their decisions (one statement per 1,000 people). */
async function statusesOf(em: EntityManager, personIds: readonly string[], today: string): Promise<Map<string, boolean>> {
  const rows = await execute<DecisionRow[]>(
    em,
    `select a."applicant_id", d."status", d."outcome", to_char(d."valid_from", 'YYYY-MM-DD') as "valid_from", to_char(d."valid_to", 'YYYY-MM-DD') as "valid_to"
     from ${S}."decision" d join ${S}."requested_service" rs on rs."id" = d."requested_service_id" join ${S}."application" a on a."id" = rs."application_id"
     where a."applicant_id" in (select (jsonb_array_elements_text(?::jsonb))::uuid)`,
    [JSON.stringify(personIds)],
  );
  const decisions = new Map<string, CareDecision[]>(personIds.map((id) => [id, []]));
  for (const row of rows) decisions.get(row.applicant_id)?.push({ status: row.status, outcome: row.outcome, validFrom: row.valid_from, validTo: row.valid_to });
  return new Map([...decisions].map(([id, list]) => [id, hasCurrentCareServices(list, today)]));
}

/**
 * Computes these people's care status as of now and queues it for outreach and feedback, in the transaction
 * `em` is in (call it inside `em.transactional`, after the change is flushed). The version is the
 * moment before the read, so a later event always reflects at least as much.
 */
export async function enqueueCareStatus(em: EntityManager, personIds: readonly string[], now: Date = new Date()): Promise<number> {
  const unique = [...new Set(personIds)];
  const version = now.toISOString();
  const today = todayInStockholm(now);
  for (let start = 0; start < unique.length; start += CHUNK) {
    const chunk = unique.slice(start, start + CHUNK);
    const statuses = await statusesOf(em, chunk, today);
    const people = chunk.map((personId) => ({ personId, hasCurrentCareServices: statuses.get(personId) ?? false, version }));
    const key = `${chunk[0]}:${chunk.length}:${version}`;
    await enqueueJob(em, CARE_STATUS_CHANGED_QUEUE, { people }, { singletonKey: key });
    await enqueueJob(em, FEEDBACK_CARE_STATUS_CHANGED_QUEUE, { people }, { singletonKey: key });
  }
  return unique.length;
}

/** People whose decisions started or ended by date in the last week (so a missed night is caught up). */
export async function peopleWithPeriodsTurning(em: EntityManager, today: string): Promise<string[]> {
  const rows = await execute<Array<{ applicant_id: string }>>(
    em,
    `select distinct a."applicant_id" from ${S}."decision" d join ${S}."requested_service" rs on rs."id" = d."requested_service_id"
     join ${S}."application" a on a."id" = rs."application_id"
     where d."status" = 'DECIDED' and (d."valid_from" between ? and ? or d."valid_to" between ? and ?)`,
    [addDaysTo(today, -6), today, addDaysTo(today, -7), addDaysTo(today, -1)],
  );
  return rows.map((row) => row.applicant_id);
}

/** The nightly sweep, at ten past midnight Stockholm time: one job for all replicas. */
export const careStatusSweepJob: JobDefinition = {
  queue: 'applications.care-status-sweep',
  schedule: '10 0 * * *',
  retry: { limit: 3, delaySeconds: 300 },
  handler: async (_data, { em, log }) => {
    const people = await peopleWithPeriodsTurning(em, todayInStockholm());
    if (people.length === 0) return;
    await em.fork().transactional((tx) => enqueueCareStatus(tx, people));
    log.info({ people: people.length }, 'care status sent to outreach for periods starting or ending');
  },
};

/**
 * Sends everyone's care status once (every applicant of a case that left the draft), so that
 * outreach's projection starts complete. Idempotent for outreach (it keeps the newest): run at seed.
 */
export async function publishCareStatuses(orm: MikroORM, log: Logger): Promise<number> {
  const rows = await execute<Array<{ applicant_id: string }>>(orm.em.fork(), `select distinct "applicant_id" from ${S}."application" where "status" <> 'DRAFT'`);
  if (rows.length === 0) return 0;
  await withJobQueue('applications-care-status-backfill', orm, log, () =>
    orm.em.fork().transactional((em) => enqueueCareStatus(em, rows.map((row) => row.applicant_id))),
  );
  return rows.length;
}
