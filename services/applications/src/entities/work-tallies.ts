import { defineEntity, p } from '@mikro-orm/core';

/*
 * Kept by database triggers (Migration…_work_list), never written by the application: what the
 * inbox counts and lists would otherwise find by scanning every case, so a city's worth of cases
 * costs the inbox no more than a district's. Declared here so the schema diff knows the tables.
 */

/** "No caseworker" in InboxTally.assigneeKey: part of the primary key, so never null. */
export const NO_ASSIGNEE = '00000000-0000-0000-0000-000000000000';

/**
 * How many open applications (SUBMITTED, IN_INVESTIGATION, COMMUNICATED) a unit has per status,
 * caseworker, urgency and Stockholm day of submission: the inbox's tab counts sum a few hundred
 * of these rows instead of counting every open case.
 */
export const InboxTallySchema = defineEntity({
  name: 'InboxTally',
  tableName: 'inbox_tally',
  properties: {
    unit: p.string().length(200).primary(),
    status: p.string().length(20).primary(),
    assigneeKey: p.uuid().primary(),
    urgent: p.boolean().primary(),
    submittedOn: p.date().primary(),
    cases: p.integer(),
  },
});

export class InboxTally extends InboxTallySchema.class {}
InboxTallySchema.setClass(InboxTally);

/** A granted decision in force ("DECIDED", not denied) that has no order yet: a service to order. */
export const DecisionAwaitingOrderSchema = defineEntity({
  name: 'DecisionAwaitingOrder',
  tableName: 'decision_awaiting_order',
  properties: {
    decisionId: p.uuid().primary(),
    applicationId: p.uuid().index(),
    /** The decision's last day, if it has one: a decision that has ended is no longer to order. */
    validTo: p.date().nullable(),
  },
});

export class DecisionAwaitingOrder extends DecisionAwaitingOrderSchema.class {}
DecisionAwaitingOrderSchema.setClass(DecisionAwaitingOrder);
