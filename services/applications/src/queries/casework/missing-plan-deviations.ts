import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { enqueueJob, type JobDefinition } from '@omsorg/platform';
import { DEVIATION_RAISED_QUEUE, type DeviationRaised } from '@omsorg/rules/feedback';
import { addDaysTo } from '../../domain/calendar.ts';
import { IMPLEMENTATION_PLAN_DAYS } from '../../domain/deadlines.ts';
import { todayInStockholm } from '../../domain/stockholm-time.ts';
import { ServiceOrder } from '../../entities/service-order.ts';
import { recordEvent } from '../events.ts';

const BATCH = 200;

/**
 * Raises a deviation for every order whose implementation plan is more than 14 days late:
 * the order is marked and the case gets an IMPLEMENTATION_PLAN_MISSING event, once, and the
 * deviation goes to feedback's register (DEVIATION_RAISED_QUEUE, keyed by the order, in the same
 * transaction). Rows are locked with SKIP LOCKED, so replicas sweeping at the same time never
 * raise one twice.
 */
export async function raiseMissingPlanDeviations(em: EntityManager, today: string = todayInStockholm()): Promise<number> {
  const orderedBefore = addDaysTo(today, -IMPLEMENTATION_PLAN_DAYS);
  return em.transactional(async (tx) => {
    const late = await tx.find(
      ServiceOrder,
      { planReceivedOn: null, deviationRaisedOn: null, orderedOn: { $lt: orderedBefore } },
      { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE, lockTableAliases: ['s0'], limit: BATCH, orderBy: { orderedOn: 'asc' } },
    );
    if (late.length === 0) return 0;
    await tx.populate(late, ['decision.requestedService.application', 'provider']);
    for (const order of late) {
      order.deviationRaisedOn = today;
      const application = order.decision.requestedService.application;
      recordEvent(tx, application, { kind: 'system' }, 'IMPLEMENTATION_PLAN_MISSING', {
        orderId: order.id,
        provider: order.provider.name,
        orderedOn: order.orderedOn,
      });
      const deviation: DeviationRaised = {
        sourceKey: `implementation-plan-missing:${order.id}`,
        kind: 'IMPLEMENTATION_PLAN_MISSING',
        unit: application.unit,
        target: 'HOME_CARE_PROVIDER',
        providerName: order.provider.name,
        applicationId: application.id,
        raisedOn: today,
      };
      await enqueueJob(tx, DEVIATION_RAISED_QUEUE, deviation, { singletonKey: deviation.sourceKey });
    }
    return late.length;
  });
}

/**
 * The sweep as a pg-boss job, every hour at five past (Stockholm time): pg-boss sends one job per
 * hour for all replicas, and the row locks keep even an overlapping run from raising one twice.
 */
export const missingPlanSweepJob: JobDefinition = {
  queue: 'applications.missing-plan-sweep',
  schedule: '5 * * * *',
  retry: { limit: 2, delaySeconds: 300 },
  handler: async (_data, { em, log }) => {
    let raised = 0;
    for (;;) {
      const batch = await raiseMissingPlanDeviations(em.fork());
      raised += batch;
      if (batch < BATCH) break;
    }
    if (raised > 0) log.info({ raised }, 'deviations raised for missing implementation plans');
  },
};
