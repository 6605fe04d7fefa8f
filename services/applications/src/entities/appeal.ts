import { defineEntity, p } from '@mikro-orm/core';
import { DecisionSchema } from './decision.ts';

export const APPEAL_STATUSES = ['RECEIVED', 'CHANGED_ON_RECONSIDERATION', 'FORWARDED_TO_COURT', 'COURT_UPHELD', 'COURT_CHANGED', 'COURT_DISMISSED'] as const;

/** An appeal ("överklagande") of a decision: reconsidered by the unit or forwarded to the court. */
export const AppealSchema = defineEntity({
  name: 'Appeal',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    decision: () => p.manyToOne(DecisionSchema).index(),
    receivedOn: p.date(),
    channel: p.enum(['WEB', 'PAPER'] as const),
    text: p.text(),
    submittedById: p.uuid().nullable(),
    registeredById: p.uuid().nullable(),
    /** Decided by the deadline rule at registration; a late appeal is kept and marked. */
    inTime: p.boolean(),
    status: p.enum(APPEAL_STATUSES).default('RECEIVED'),
    reconsideredAt: p.datetime().nullable(),
    forwardedOn: p.date().nullable(),
    courtDecidedOn: p.date().nullable(),
    courtNote: p.text().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  // At most one open appeal per decision, also when two are registered at the same moment.
  indexes: [
    {
      name: 'appeal_one_open_per_decision',
      expression: `create unique index "appeal_one_open_per_decision" on "applications"."appeal" ("decision_id") where "status" in ('RECEIVED', 'FORWARDED_TO_COURT')`,
    },
  ],
});

export class Appeal extends AppealSchema.class {}
AppealSchema.setClass(Appeal);
