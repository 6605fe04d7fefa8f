import { execute, type RequestContext, type StaffActor } from '@omsorg/platform';
import { addDaysTo } from '../../domain/calendar.ts';
import { daysBetween } from '../../domain/deadlines.ts';
import {
  decisionsPerMonth,
  describesEveryService,
  percentilesByGender,
  shareByGender,
  statisticsGender,
  type DecisionMonthRow,
  type GenderShare,
  type Percentiles,
} from '../../domain/gender-statistics.ts';
import type { ServiceType } from '../../domain/service-types.ts';
import { dayInStockholm, monthInStockholm, startOfDayInStockholm } from '../../domain/stockholm-time.ts';
import { applicationsDatabase } from '../../database.ts';
import type { Application } from '../../entities/application.ts';
import { Investigation } from '../../entities/investigation.ts';

export type Statistics = {
  from: string;
  to: string;
  decisionsPerMonth: DecisionMonthRow[];
  daysToDecision: { all: Percentiles; women: Percentiles; men: Percentiles };
  callbacksWithin48h: GenderShare;
  investigationsDescribingAll: GenderShare;
};

const schema = applicationsDatabase.schema;
const asDate = (value: Date | string) => (value instanceof Date ? value : new Date(value));

/**
 * The unit's quality indicators for a period of Stockholm days (both inclusive), each split by
 * gender (000 L2414): four statements whatever the size of the unit.
 */
export async function unitStatistics(context: RequestContext, actor: StaffActor, from: string, to: string): Promise<Statistics> {
  const start = startOfDayInStockholm(from);
  const end = startOfDayInStockholm(addDaysTo(to, 1));

  // Every decision made in the period, superseded ones included: they were decisions when made.
  const decisions = await execute<{ decided_at: Date | string; outcome: 'GRANTED' | 'PARTLY_GRANTED' | 'DENIED'; service_type: ServiceType; gender: string | null }[]>(
    context.em,
    `select d.decided_at, d.outcome, rs.service_type, a.applicant_legal_gender as gender
       from "${schema}"."decision" d
       join "${schema}"."requested_service" rs on rs.id = d.requested_service_id
       join "${schema}"."application" a on a.id = rs.application_id
      where a.unit = ? and d.status in ('DECIDED', 'SUPERSEDED') and d.decided_at >= ? and d.decided_at < ?`,
    [actor.unit, start, end],
  );

  // Days from submission to the case's first decision, for cases first decided in the period.
  const firstDecisions = await execute<{ submitted_at: Date | string; first_decided_at: Date | string; gender: string | null }[]>(
    context.em,
    `select a.submitted_at, min(d.decided_at) as first_decided_at, a.applicant_legal_gender as gender
       from "${schema}"."application" a
       join "${schema}"."requested_service" rs on rs.application_id = a.id
       join "${schema}"."decision" d on d.requested_service_id = rs.id
      where a.unit = ? and a.submitted_at is not null and d.decided_at is not null
      group by a.id
     having min(d.decided_at) >= ? and min(d.decided_at) < ?`,
    [actor.unit, start, end],
  );

  // Callbacks asked for in the period whose result is known: done, or already past due. The
  // gender comes from the person's applications, the only place this service has it.
  const callbacks = await execute<{ due_at: Date | string; completed_at: Date | string | null; gender: string | null }[]>(
    context.em,
    `select c.due_at, c.completed_at,
            (select a.applicant_legal_gender from "${schema}"."application" a
              where a.applicant_id = c.person_id and a.applicant_legal_gender is not null
              order by a.submitted_at desc nulls last limit 1) as gender
       from "${schema}"."callback_request" c
      where c.unit = ? and c.requested_at >= ? and c.requested_at < ? and (c.completed_at is not null or c.due_at < ?)`,
    [actor.unit, start, end, new Date()],
  );

  // Investigations communicated in the period: do they describe every requested service?
  const investigations = await context.em.find(
    Investigation,
    { communicatedAt: { $gte: start, $lt: end }, application: { unit: actor.unit } },
    { populate: ['application.requestedServices'] },
  );

  return {
    from,
    to,
    decisionsPerMonth: decisionsPerMonth(
      decisions.map((row) => ({ month: monthInStockholm(asDate(row.decided_at)), serviceType: row.service_type, gender: statisticsGender(row.gender), outcome: row.outcome })),
    ),
    daysToDecision: percentilesByGender(
      firstDecisions.map((row) => ({
        value: daysBetween(dayInStockholm(asDate(row.submitted_at)), dayInStockholm(asDate(row.first_decided_at))),
        gender: statisticsGender(row.gender),
      })),
    ),
    callbacksWithin48h: shareByGender(
      callbacks.map((row) => ({ met: row.completed_at !== null && asDate(row.completed_at) <= asDate(row.due_at), gender: statisticsGender(row.gender) })),
    ),
    investigationsDescribingAll: shareByGender(
      investigations.map((investigation) => {
        const application = investigation.application as Application;
        return {
          met: describesEveryService(
            application.requestedServices.getItems().map((service) => service.id),
            investigation.serviceDescriptions,
          ),
          gender: statisticsGender(application.applicantLegalGender),
        };
      }),
    ),
  };
}
