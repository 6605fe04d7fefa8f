import { defineEntity, p } from '@mikro-orm/core';
import { DecisionSchema } from './decision.ts';

/** A due follow-up ("uppföljning") of a decision, and its outcome once done. */
export const FollowUpSchema = defineEntity({
  name: 'FollowUp',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    decision: () => p.manyToOne(DecisionSchema).index(),
    dueOn: p.date().index(),
    reason: p.enum(['DECISION_ENDS', 'YEARLY'] as const),
    completedOn: p.date().nullable(),
    completedById: p.uuid().nullable(),
    outcome: p.enum(['CONTINUE', 'CHANGE', 'END', 'REASSESS'] as const).nullable(),
    note: p.text().nullable(),
  },
  // The work list's follow-ups due: only those not yet done.
  indexes: [
    {
      name: 'follow_up_open_due_index',
      expression: `create index "follow_up_open_due_index" on "applications"."follow_up" ("due_on") include ("decision_id") where "completed_on" is null`,
    },
  ],
});

export class FollowUp extends FollowUpSchema.class {}
FollowUpSchema.setClass(FollowUp);
