import { startTestSubgraph, type TestSubgraph } from '@omsorg/platform/testing';
import { DEVIATION_RAISED_QUEUE, deviationRaisedData } from '@omsorg/rules/feedback';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDaysTo } from './domain/calendar.ts';
import { todayInStockholm } from './domain/stockholm-time.ts';
import { ApplicationEvent } from './entities/application-event.ts';
import { Decision } from './entities/decision.ts';
import { Provider } from './entities/provider.ts';
import { RequestedService } from './entities/requested-service.ts';
import { ServiceOrder } from './entities/service-order.ts';
import { missingPlanSweepJob, raiseMissingPlanDeviations } from './queries/casework/missing-plan-deviations.ts';
import { seedApplications } from './seed/seed.ts';
import { applicationsService } from './service.ts';
import { submittedApplication } from './testing/casework-fixtures.ts';

let subgraph: TestSubgraph;
const today = todayInStockholm();

/** A granted home-care decision ordered `daysAgo` days ago, with or without its plan. */
async function order(daysAgo: number, planReceived: boolean): Promise<string> {
  const em = subgraph.orm.em.fork();
  const { serviceIds } = await submittedApplication(subgraph.orm, { services: ['HOME_CARE_PERSONAL'], status: 'DECIDED' });
  const requestedService = await em.findOneOrFail(RequestedService, serviceIds.HOME_CARE_PERSONAL!);
  const provider = await em.findOneOrFail(Provider, { inHouse: true });
  const decision = em.create(Decision, { requestedService, status: 'DECIDED', outcome: 'GRANTED', hoursPerMonth: 30, validFrom: today, motivation: 'Behov finns.', decidedAt: new Date() });
  const orderedOn = addDaysTo(today, -daysAgo);
  const created = em.create(ServiceOrder, {
    decision,
    provider,
    goals: 'Tryggt stöd morgon och kväll.',
    startOn: orderedOn,
    orderedOn,
    orderedById: crypto.randomUUID(),
    planReceivedOn: planReceived ? orderedOn : null,
  });
  await em.flush();
  return created.id;
}

beforeAll(async () => {
  subgraph = await startTestSubgraph(applicationsService);
  await seedApplications(subgraph.orm);
});
afterAll(() => subgraph?.close());

describe('deviations for missing implementation plans', () => {
  it('raises one for a plan more than 14 days late, once, with an event on the case', async () => {
    const late = await order(15, false);
    const onTime = await order(14, false);
    const received = await order(30, true);

    expect(await raiseMissingPlanDeviations(subgraph.orm.em.fork(), today)).toBe(1);
    expect(await raiseMissingPlanDeviations(subgraph.orm.em.fork(), today)).toBe(0);

    const em = subgraph.orm.em.fork();
    expect((await em.findOneOrFail(ServiceOrder, late)).deviationRaisedOn).toBe(today);
    expect((await em.findOneOrFail(ServiceOrder, onTime)).deviationRaisedOn).toBeNull();
    expect((await em.findOneOrFail(ServiceOrder, received)).deviationRaisedOn).toBeNull();
    const events = await em.find(ApplicationEvent, { type: 'IMPLEMENTATION_PLAN_MISSING' });
    expect(events).toHaveLength(1);
    expect(events[0]!.visibleToApplicant).toBe(false);
  });

  it('sends each deviation to feedback\'s register in the same transaction, with the case\'s unit and the provider', async () => {
    const late = await order(18, false);
    const em = subgraph.orm.em.fork();
    const lateOrder = await em.findOneOrFail(ServiceOrder, late, { populate: ['decision.requestedService.application', 'provider'] });
    const application = lateOrder.decision.requestedService.application;
    await raiseMissingPlanDeviations(subgraph.orm.em.fork(), today);
    const jobs = await em.getConnection().execute<Array<{ data: unknown }>>(`select data from pgboss.job where name = ? and data->>'sourceKey' = ?`, [DEVIATION_RAISED_QUEUE, `implementation-plan-missing:${late}`]);
    expect(jobs).toHaveLength(1);
    expect(deviationRaisedData.parse(jobs[0]!.data)).toEqual({
      sourceKey: `implementation-plan-missing:${late}`,
      kind: 'IMPLEMENTATION_PLAN_MISSING',
      unit: application.unit,
      target: 'HOME_CARE_PROVIDER',
      providerName: lateOrder.provider.name,
      applicationId: application.id,
      raisedOn: today,
    });
  });

  it('sends nothing when the sweep\'s transaction fails', async () => {
    const late = await order(19, false);
    const failing = subgraph.orm.em.fork();
    const original = failing.transactional.bind(failing);
    // The sweep's own work runs, then the transaction is made to fail before it commits.
    failing.transactional = ((work: (tx: typeof failing) => Promise<number>) => original(async (tx) => { await work(tx); throw new Error('rolled back'); })) as typeof failing.transactional;
    await expect(raiseMissingPlanDeviations(failing, today)).rejects.toThrow('rolled back');
    const jobs = await subgraph.orm.em.fork().getConnection().execute<Array<{ data: unknown }>>(`select data from pgboss.job where name = ? and data->>'sourceKey' = ?`, [DEVIATION_RAISED_QUEUE, `implementation-plan-missing:${late}`]);
    expect(jobs).toHaveLength(0);
    expect((await subgraph.orm.em.fork().findOneOrFail(ServiceOrder, late)).deviationRaisedOn).toBeNull();
    // The next sweep raises it, with its event.
    expect(await raiseMissingPlanDeviations(subgraph.orm.em.fork(), today)).toBe(1);
  });

  it('never raises the same deviation twice when two replicas sweep at once', async () => {
    await order(20, false);
    const results = await Promise.all([raiseMissingPlanDeviations(subgraph.orm.em.fork(), today), raiseMissingPlanDeviations(subgraph.orm.em.fork(), today)]);
    expect(results[0]! + results[1]!).toBe(1);
  });

  it('runs as an hourly pg-boss job, scheduled once for all replicas in Stockholm time', async () => {
    const schedules = await subgraph.jobs!.boss.getSchedules(missingPlanSweepJob.queue);
    expect(schedules).toEqual([expect.objectContaining({ cron: '5 * * * *', timezone: 'Europe/Stockholm' })]);

    const late = await order(16, false);
    await subgraph.jobs!.boss.send(missingPlanSweepJob.queue, {});
    await subgraph.settleJobs();
    expect((await subgraph.orm.em.fork().findOneOrFail(ServiceOrder, late)).deviationRaisedOn).toBe(today);
  });
});
