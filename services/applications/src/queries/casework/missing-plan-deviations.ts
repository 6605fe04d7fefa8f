import { LockMode } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '@omsorg/platform';
import { addDaysTo } from '../../domain/calendar.ts';
import { IMPLEMENTATION_PLAN_DAYS } from '../../domain/deadlines.ts';
import { todayInStockholm } from '../../domain/stockholm-time.ts';
import { ServiceOrder } from '../../entities/service-order.ts';
import { recordEvent } from '../events.ts';

const BATCH = 200;
const SWEEP_EVERY_MS = 60 * 60_000;

/**
 * Raises a deviation for every order whose implementation plan is more than 14 days late:
 * the order is marked and the case gets an IMPLEMENTATION_PLAN_MISSING event, once. Rows are
 * locked with SKIP LOCKED, so replicas sweeping at the same time never raise one twice.
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
    }
    return late.length;
  });
}

/** Sweeps at start and then every hour. */
export function startMissingPlanSweep(orm: MikroORM, log: Logger): () => void {
  const sweep = () =>
    raiseMissingPlanDeviations(orm.em.fork())
      .then((raised) => raised > 0 && log.info({ raised }, 'deviations raised for missing implementation plans'))
      .catch((error: unknown) => log.error({ err: error }, 'missing-plan sweep failed'));
  void sweep();
  const timer = setInterval(sweep, SWEEP_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
