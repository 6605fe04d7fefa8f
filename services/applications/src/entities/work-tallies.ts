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

/**
 * One piece of work a decided service in force (decision status DECIDED) still asks for, with
 * the facts the work list needs to count and list it without looking up its case:
 * - OPEN_APPEAL: an appeal not yet settled (item: the appeal);
 * - SERVICE_NOT_ORDERED: a granted decision with no order yet (item: the decision; validTo ends it);
 * - PLAN_OVERDUE: an order whose implementation plan has not come (item: the order; day: ordered on);
 * - FOLLOW_UP_DUE: a follow-up not done (item: the follow-up; day: due on).
 * When the dated kinds fall due is said once, when read (queries/casework/work-sql.ts), with
 * the domain's thresholds (domain/work-list.ts). The case's unit, status, caseworker and urgency are copied,
 * kept by the triggers whenever the case changes.
 */
export const CaseWorkSchema = defineEntity({
  name: 'CaseWork',
  tableName: 'case_work',
  properties: {
    kind: p.enum(['OPEN_APPEAL', 'SERVICE_NOT_ORDERED', 'PLAN_OVERDUE', 'FOLLOW_UP_DUE'] as const).primary(),
    itemId: p.uuid().primary(),
    decisionId: p.uuid().index(),
    applicationId: p.uuid().index(),
    unit: p.string().length(200),
    status: p.string().length(20),
    assigneeKey: p.uuid(),
    urgent: p.boolean(),
    day: p.date().nullable(),
    validTo: p.date().nullable(),
  },
  // The tab counts read a unit's work from the index alone.
  indexes: [{ name: 'case_work_unit_kind_day_index', properties: ['unit', 'kind', 'day'], include: ['applicationId', 'status', 'assigneeKey', 'urgent', 'validTo'] }],
});

export class CaseWork extends CaseWorkSchema.class {}
CaseWorkSchema.setClass(CaseWork);
