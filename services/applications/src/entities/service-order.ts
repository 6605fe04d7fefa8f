import { defineEntity, p } from '@mikro-orm/core';
import { DecisionSchema } from './decision.ts';
import { ProviderSchema } from './provider.ts';

/** An order ("beställning") of a granted service from the provider the person chose. */
export const ServiceOrderSchema = defineEntity({
  name: 'ServiceOrder',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    decision: () => p.manyToOne(DecisionSchema).index(),
    provider: () => p.manyToOne(ProviderSchema),
    /** Goals, so there is a thread from order to implementation plan. */
    goals: p.text(),
    startOn: p.date(),
    orderedOn: p.date(),
    orderedById: p.uuid(),
    planReceivedOn: p.date().nullable(),
    /** Set when a missing implementation plan became a deviation to follow up. */
    deviationRaisedOn: p.date().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  // The work list's late implementation plans: only orders still without one.
  indexes: [
    {
      name: 'service_order_plan_missing_index',
      expression: `create index "service_order_plan_missing_index" on "applications"."service_order" ("ordered_on") include ("decision_id") where "plan_received_on" is null`,
    },
  ],
});

export class ServiceOrder extends ServiceOrderSchema.class {}
ServiceOrderSchema.setClass(ServiceOrder);
