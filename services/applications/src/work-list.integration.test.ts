import { AccessLogEntry } from '@omsorg/platform';
import { startTestSubgraph, type TestSubgraph } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDaysTo } from './domain/calendar.ts';
import { isoWeekOf, todayInStockholm } from './domain/stockholm-time.ts';
import { Appeal } from './entities/appeal.ts';
import { Application } from './entities/application.ts';
import { CaseReviewItem } from './entities/case-review-item.ts';
import { Decision } from './entities/decision.ts';
import { FollowUp } from './entities/follow-up.ts';
import { Provider } from './entities/provider.ts';
import { ServiceOrder } from './entities/service-order.ts';
import { seedApplications } from './seed/seed.ts';
import { applicationsService } from './service.ts';
import { citizen, knownStaff, staff, submittedApplication } from './testing/casework-fixtures.ts';

/*
 * The work list of issue 8: a caseworker's "att göra" holds decided cases with work (an open
 * appeal, granted services not ordered, a late implementation plan, a follow-up due), "Mina"
 * counts all of it, every count is the total of the list it opens, "all" means all.
 */
const UNIT = 'Arbetslisteenheten';
const OTHER = 'Annan enhet';
let subgraph: TestSubgraph;
const hanna = staff(['CASEWORKER'], UNIT);
const maria = staff(['MANAGER'], UNIT);
const karl = staff(['CASEWORKER'], OTHER);
const outreach = staff(['OUTREACH'], UNIT);
const erik = crypto.randomUUID();
const days = (n: number) => new Date(Date.now() - n * 86_400_000);
const today = todayInStockholm();

const cases: Record<'appealed' | 'planLate' | 'followUp' | 'doneDecided' | 'closed' | 'open' | 'secondOpen' | 'otherUnit', { id: string; applicantId: string; serviceIds: Record<string, string> }> = {} as never;

const INBOX = `query($filter: InboxFilter, $sort: InboxSort, $limit: Int! = 50) {
  inbox(filter: $filter, sort: $sort, limit: $limit) {
    totalCount
    counts { submitted mine unassigned urgent overdue openCallbacks work openApplications openAppeals servicesNotOrdered plansOverdue followUpsDue mineSubmitted mineOpenAppeals mineServicesNotOrdered minePlansOverdue mineFollowUpsDue }
    nodes { work { kind count } application { id reference status otherOpenApplications { id reference status } } }
  }
}`;

const ALL_WORK = ['OPEN_APPLICATION', 'OPEN_APPEAL', 'SERVICE_NOT_ORDERED', 'PLAN_OVERDUE', 'FOLLOW_UP_DUE'];
const VISIBLE = ['SUBMITTED', 'IN_INVESTIGATION', 'COMMUNICATED', 'DECIDED', 'CLOSED'];

async function inbox(actor: typeof hanna, filter: Record<string, unknown> | null = null, sort: Record<string, unknown> | null = null) {
  const result = await subgraph.request(actor, INBOX, { filter, sort });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data.inbox;
}
const ids = (list: { nodes: Array<{ application: { id: string } }> }) => list.nodes.map((node) => node.application.id).sort();

/** A decided case of the unit with one decision per service, granted unless named denied. */
async function decidedCase(options: { assigneeId?: string; services: Array<'HOME_CARE_PERSONAL' | 'SAFETY_ALARM' | 'MEAL_DELIVERY' | 'ESCORT'>; status?: 'DECIDED' | 'CLOSED' }) {
  const created = await submittedApplication(subgraph.orm, { unit: UNIT, services: options.services, status: options.status ?? 'DECIDED', assigneeId: options.assigneeId ?? null, submittedAt: days(60) });
  const em = subgraph.orm.em.fork();
  const decisions = options.services.map((serviceType) =>
    em.create(Decision, { requestedService: created.serviceIds[serviceType]!, status: 'DECIDED', outcome: 'GRANTED', motivation: 'Beviljas.', decidedAt: days(30), validFrom: addDaysTo(today, -30) }),
  );
  await em.flush();
  return { ...created, decisions: decisions.map((decision) => decision.id) };
}

beforeAll(async () => {
  subgraph = await startTestSubgraph(applicationsService);
  await seedApplications(subgraph.orm);
  await knownStaff(subgraph.orm, hanna, maria, karl);
  const em = subgraph.orm.em.fork();
  const provider = (await em.find(Provider, { active: true }))[0]!;
  const order = (decision: string, orderedOn: string, planReceivedOn: string | null) =>
    em.create(ServiceOrder, { decision, provider, goals: 'Mål.', startOn: orderedOn, orderedOn, orderedById: hanna.staffId, planReceivedOn });

  // Hanna's decided case: an open appeal, and three granted services not yet ordered (the "Mina 0").
  const appealed = await decidedCase({ assigneeId: hanna.staffId, services: ['HOME_CARE_PERSONAL', 'SAFETY_ALARM', 'MEAL_DELIVERY', 'ESCORT'] });
  em.create(Appeal, { decision: appealed.decisions[0]!, receivedOn: today, channel: 'PAPER', text: 'Jag överklagar.', inTime: true });
  order(appealed.decisions[0]!, addDaysTo(today, -3), null);
  const planLate = await decidedCase({ services: ['SAFETY_ALARM'] });
  order(planLate.decisions[0]!, addDaysTo(today, -20), null);
  const followUp = await decidedCase({ services: ['MEAL_DELIVERY'] });
  order(followUp.decisions[0]!, addDaysTo(today, -60), addDaysTo(today, -50));
  em.create(FollowUp, { decision: followUp.decisions[0]!, dueOn: addDaysTo(today, -1), reason: 'YEARLY' });
  // Decided with nothing left to do: ordered, plan in, follow-up next year.
  const doneDecided = await decidedCase({ services: ['SAFETY_ALARM'] });
  order(doneDecided.decisions[0]!, addDaysTo(today, -60), addDaysTo(today, -50));
  em.create(FollowUp, { decision: doneDecided.decisions[0]!, dueOn: addDaysTo(today, 300), reason: 'YEARLY' });
  const closed = await decidedCase({ services: ['ESCORT'], status: 'CLOSED' });
  order(closed.decisions[0]!, addDaysTo(today, -60), addDaysTo(today, -50));
  await em.flush();

  const open = await submittedApplication(subgraph.orm, { unit: UNIT, applicantId: erik, services: ['HOME_CARE_PERSONAL'], submittedAt: days(3) });
  const secondOpen = await submittedApplication(subgraph.orm, { unit: UNIT, applicantId: erik, services: ['SAFETY_ALARM'], submittedAt: days(1), assigneeId: hanna.staffId, status: 'IN_INVESTIGATION' });
  const otherUnit = await submittedApplication(subgraph.orm, { unit: OTHER, applicantId: erik, services: ['ESCORT'], submittedAt: days(2) });
  Object.assign(cases, { appealed, planLate, followUp, doneDecided, closed, open, secondOpen, otherUnit });
});

afterAll(() => subgraph?.close());

describe('the work list ("att göra")', () => {
  it('counts open appeals, services to order, late plans and due follow-ups beside the open applications', async () => {
    const { counts } = await inbox(hanna);
    expect(counts).toMatchObject({ openApplications: 2, submitted: 1, openAppeals: 1, servicesNotOrdered: 1, plansOverdue: 1, followUpsDue: 1, work: 5 });
  });

  it('counts in "Mina" every case of hers with work, the decided one with the appeal too', async () => {
    const list = await inbox(hanna, { mine: true, work: ALL_WORK });
    expect(ids(list)).toEqual([cases.appealed.id, cases.secondOpen.id].sort());
    expect(list.counts.mine).toBe(2);
    expect(list.totalCount).toBe(2);
  });

  it('gives each count the total of the list its tab opens', async () => {
    const expectations: Array<[string, Record<string, unknown>, string[]]> = [
      ['work', { work: ALL_WORK }, [cases.appealed.id, cases.planLate.id, cases.followUp.id, cases.open.id, cases.secondOpen.id]],
      ['openAppeals', { work: ['OPEN_APPEAL'] }, [cases.appealed.id]],
      ['servicesNotOrdered', { work: ['SERVICE_NOT_ORDERED'] }, [cases.appealed.id]],
      ['plansOverdue', { work: ['PLAN_OVERDUE'] }, [cases.planLate.id]],
      ['followUpsDue', { work: ['FOLLOW_UP_DUE'] }, [cases.followUp.id]],
      ['unassigned', { work: ALL_WORK, unassigned: true }, [cases.planLate.id, cases.followUp.id, cases.open.id]],
      ['submitted', { status: ['SUBMITTED'] }, [cases.open.id]],
    ];
    for (const [count, filter, expected] of expectations) {
      const list = await inbox(hanna, filter);
      expect(ids(list), count).toEqual([...expected].sort());
      expect(list.totalCount, count).toBe(expected.length);
      expect(list.counts[count], count).toBe(expected.length);
    }
  });

  it('says per row what the case waits for: an appeal and three services to order', async () => {
    const list = await inbox(hanna, { work: ['OPEN_APPEAL'] });
    expect(list.nodes[0].work).toEqual(expect.arrayContaining([{ kind: 'OPEN_APPEAL', count: 1 }, { kind: 'SERVICE_NOT_ORDERED', count: 3 }]));
    expect(list.nodes[0].work).toHaveLength(2);
  });

  it('shows everything under "all", decided and closed cases without work included', async () => {
    const list = await inbox(hanna, { status: VISIBLE });
    expect(ids(list)).toEqual(
      [cases.appealed.id, cases.planLate.id, cases.followUp.id, cases.doneDecided.id, cases.closed.id, cases.open.id, cases.secondOpen.id].sort(),
    );
    expect(list.totalCount).toBe(7);
  });

  it('keeps the plain list to open applications', async () => {
    const list = await inbox(hanna);
    expect(ids(list)).toEqual([cases.open.id, cases.secondOpen.id].sort());
    expect(list.totalCount).toBe(list.counts.openApplications);
  });
});

describe('a granted service to order', () => {
  it('is work only while its decision is in force and not denied, and a follow-up only from its day', async () => {
    const unit = 'Beställningsenheten';
    const lena = staff(['CASEWORKER'], unit);
    await knownStaff(subgraph.orm, lena);
    const created = await submittedApplication(subgraph.orm, { unit, services: ['HOME_CARE_PERSONAL', 'SAFETY_ALARM', 'MEAL_DELIVERY'], status: 'DECIDED', submittedAt: days(60) });
    const em = subgraph.orm.em.fork();
    const decision = (serviceType: 'HOME_CARE_PERSONAL' | 'SAFETY_ALARM' | 'MEAL_DELIVERY', outcome: 'GRANTED' | 'DENIED', validTo: string | null) =>
      em.create(Decision, { requestedService: created.serviceIds[serviceType]!, status: 'DECIDED', outcome, motivation: 'Motivering.', decidedAt: days(30), validFrom: addDaysTo(today, -30), validTo });
    const inForce = decision('HOME_CARE_PERSONAL', 'GRANTED', today);
    decision('SAFETY_ALARM', 'GRANTED', addDaysTo(today, -1));
    decision('MEAL_DELIVERY', 'DENIED', null);
    em.create(FollowUp, { decision: inForce, dueOn: addDaysTo(today, 1), reason: 'YEARLY' });
    await em.flush();
    const list = await inbox(lena, { work: ALL_WORK });
    expect(list.counts).toMatchObject({ servicesNotOrdered: 1, followUpsDue: 0 });
    expect(list.nodes[0].work).toEqual([{ kind: 'SERVICE_NOT_ORDERED', count: 1 }]);
  });
});

describe('the caseworker’s start page ("att göra")', () => {
  const COUNTS = `{ inboxCounts { mine mineSubmitted mineOpenAppeals mineServicesNotOrdered minePlansOverdue mineFollowUpsDue openCallbacks } }`;

  it('counts her own work by kind, each the total of the list its link opens', async () => {
    // Assigned to her by a manager, not yet started. (The tests after these count only other lists.)
    const mineNew = await submittedApplication(subgraph.orm, { unit: UNIT, services: ['ESCORT'], submittedAt: days(2), assigneeId: hanna.staffId });
    // Her decided case whose plan is late and whose follow-up is due.
    const mineLate = await decidedCase({ assigneeId: hanna.staffId, services: ['SAFETY_ALARM'] });
    const em = subgraph.orm.em.fork();
    const provider = (await em.find(Provider, { active: true }))[0]!;
    const ordered = addDaysTo(today, -20);
    em.create(ServiceOrder, { decision: mineLate.decisions[0]!, provider, goals: 'Mål.', startOn: ordered, orderedOn: ordered, orderedById: hanna.staffId, planReceivedOn: null });
    em.create(FollowUp, { decision: mineLate.decisions[0]!, dueOn: today, reason: 'YEARLY' });
    await em.flush();
    const result = await subgraph.request(hanna, COUNTS);
    expect(result.errors).toBeUndefined();
    const counts = result.data.inboxCounts;
    expect(counts).toMatchObject({ mineSubmitted: 1, mineOpenAppeals: 1, mineServicesNotOrdered: 1, minePlansOverdue: 1, mineFollowUpsDue: 1 });
    const links: Array<[string, Record<string, unknown>, string[]]> = [
      ['mine', { work: ALL_WORK, mine: true }, [cases.appealed.id, cases.secondOpen.id, mineNew.id, mineLate.id]],
      ['mineSubmitted', { status: ['SUBMITTED'], mine: true }, [mineNew.id]],
      ['mineOpenAppeals', { work: ['OPEN_APPEAL'], mine: true }, [cases.appealed.id]],
      ['mineServicesNotOrdered', { work: ['SERVICE_NOT_ORDERED'], mine: true }, [cases.appealed.id]],
      ['minePlansOverdue', { work: ['PLAN_OVERDUE'], mine: true }, [mineLate.id]],
      ['mineFollowUpsDue', { work: ['FOLLOW_UP_DUE'], mine: true }, [mineLate.id]],
    ];
    for (const [count, filter, expected] of links) {
      const list = await inbox(hanna, filter);
      expect(ids(list), count).toEqual([...expected].sort());
      expect(list.totalCount, count).toBe(expected.length);
      expect(counts[count], count).toBe(expected.length);
      expect(list.counts[count], count).toBe(expected.length);
    }
    // The same numbers as the inbox's own counts; a colleague's are hers, not Hanna's.
    expect((await inbox(hanna)).counts).toMatchObject(counts);
    expect((await subgraph.request(maria, COUNTS)).data.inboxCounts).toMatchObject({ mine: 0, mineSubmitted: 0, mineOpenAppeals: 0 });
  });

  it('is FORBIDDEN to outreach staff and a citizen, and another unit sees none of it', async () => {
    for (const actor of [outreach, citizen(erik)]) {
      expect((await subgraph.request(actor, COUNTS)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await subgraph.request(karl, COUNTS)).data.inboxCounts).toMatchObject({ mine: 0, mineOpenAppeals: 0, mineServicesNotOrdered: 0 });
  });
});

describe('search and sort', () => {
  it('finds a case by its number or its start, and a person’s cases by their id', async () => {
    const reference = (await inbox(hanna, { status: VISIBLE })).nodes.find((node: any) => node.application.id === cases.closed.id).application.reference as string;
    expect(ids(await inbox(hanna, { status: VISIBLE, reference: reference.toLowerCase() }))).toEqual([cases.closed.id]);
    const byStart = await inbox(hanna, { status: VISIBLE, reference: reference.slice(0, 3) });
    expect(byStart.totalCount).toBeGreaterThanOrEqual(1);
    expect(ids(await inbox(hanna, { applicantId: erik }))).toEqual([cases.open.id, cases.secondOpen.id].sort());
    expect((await inbox(hanna, { applicantId: 'not-an-id' })).totalCount).toBe(0);
    expect(ids(await inbox(hanna, { applicantIds: [erik, 'not-an-id', crypto.randomUUID()] }))).toEqual([cases.open.id, cases.secondOpen.id].sort());
    const tooMany = await subgraph.request(hanna, INBOX, { filter: { applicantIds: Array.from({ length: 21 }, () => crypto.randomUUID()) } });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await inbox(hanna, { status: VISIBLE, reference: '100%' })).totalCount).toBe(0);
  });

  it('sorts on the server by case number and by received, both ways, and pages stay in order', async () => {
    const references = async (direction: string) =>
      (await inbox(hanna, { status: VISIBLE }, { field: 'REFERENCE', direction })).nodes.map((node: any) => node.application.reference as string);
    const ascending = await references('ASC');
    expect(ascending).toEqual([...ascending].sort());
    expect(await references('DESC')).toEqual([...ascending].reverse());
    const received = (await inbox(hanna, { applicantId: erik }, { field: 'RECEIVED', direction: 'DESC' })).nodes.map((node: any) => node.application.id);
    expect(received).toEqual([cases.secondOpen.id, cases.open.id]);
  });
});

describe('another open application of the same person', () => {
  it('is named on each of the two rows, never one of another unit, and the read is logged', async () => {
    const list = await inbox(maria, { applicantId: erik });
    const others = Object.fromEntries(list.nodes.map((node: any) => [node.application.id, node.application.otherOpenApplications.map((other: any) => other.id)]));
    expect(others).toEqual({ [cases.open.id]: [cases.secondOpen.id], [cases.secondOpen.id]: [cases.open.id] });
    const logged = await subgraph.orm.em.fork().find(AccessLogEntry, { staffId: maria.staffId, resource: { $in: ['Inbox', 'PersonApplications'] } });
    expect(logged.map((entry) => entry.personId)).toContain(erik);
    const karls = await inbox(karl, { applicantId: erik });
    expect(karls.nodes.map((node: any) => node.application.otherOpenApplications)).toEqual([[]]);
  });

  it('shows on the case page, and is FORBIDDEN to the citizen', async () => {
    const query = `query($id: ID!) { application(id: $id) { id otherOpenApplications { id } } }`;
    const staffView = await subgraph.request(hanna, query, { id: cases.open.id });
    expect(staffView.data.application.otherOpenApplications).toEqual([{ id: cases.secondOpen.id }]);
    const own = await subgraph.request(citizen(erik), query, { id: cases.open.id });
    expect(own.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('who may not', () => {
  it('shows another unit none of this unit’s work, and refuses outreach staff and citizens', async () => {
    const karls = await inbox(karl, { work: ALL_WORK });
    expect(ids(karls)).toEqual([cases.otherUnit.id]);
    expect(karls.counts).toMatchObject({ openAppeals: 0, servicesNotOrdered: 0, plansOverdue: 0, followUpsDue: 0, work: 1 });
    for (const actor of [outreach, citizen(erik)]) {
      const refused = await subgraph.request(actor, INBOX, { filter: { work: ALL_WORK }, sort: { field: 'REFERENCE', direction: 'ASC' } });
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});

describe('the manager’s start page', () => {
  const SUMMARY = `{ managerSummary { proposalsWaiting week caseReviewItems caseReviewItemsWithoutOutcome } }`;

  it('counts the proposals waiting and this week’s case review items of the unit only', async () => {
    const em = subgraph.orm.em.fork();
    const proposed = await submittedApplication(subgraph.orm, { unit: UNIT, services: ['NURSING_HOME'], status: 'IN_INVESTIGATION' });
    const elsewhere = await submittedApplication(subgraph.orm, { unit: OTHER, services: ['NURSING_HOME'], status: 'IN_INVESTIGATION' });
    for (const application of [proposed, elsewhere]) {
      em.create(Decision, { requestedService: application.serviceIds.NURSING_HOME!, status: 'PROPOSED', outcome: 'GRANTED', motivation: 'Förslag.' });
    }
    const week = isoWeekOf(today);
    em.create(CaseReviewItem, { application: proposed.id, week, reason: 'Särskilt boende.', flaggedById: hanna.staffId });
    em.create(CaseReviewItem, { application: cases.open.id, week, reason: 'Principfråga.', flaggedById: hanna.staffId, outcome: 'Beviljas.' });
    em.create(CaseReviewItem, { application: elsewhere.id, week, reason: 'Annan enhet.', flaggedById: karl.staffId });
    await em.flush();
    const result = await subgraph.request(maria, SUMMARY);
    expect(result.data.managerSummary).toEqual({ proposalsWaiting: 1, week, caseReviewItems: 2, caseReviewItemsWithoutOutcome: 1 });
  });

  it('is FORBIDDEN to a caseworker, outreach staff and a citizen', async () => {
    for (const actor of [hanna, outreach, citizen(erik)]) {
      expect((await subgraph.request(actor, SUMMARY)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});

describe('the trigger-kept work of decided cases (case_work)', () => {
  /** Rows in case_work that its definition does not give, and rows it gives that the table lacks. */
  async function drift() {
    const sql = subgraph.orm.em.getConnection();
    const [row] = await sql.execute<Array<{ extra: string; missing: string }>>(
      `with source as (select * from "applications"."case_work_rows"(array(select id from "applications"."decision")))
       select (select count(*) from (select * from "applications"."case_work" except select * from source) e) as extra,
              (select count(*) from (select * from source except select * from "applications"."case_work") m) as missing`,
    );
    return { extra: Number(row!.extra), missing: Number(row!.missing) };
  }

  it('follows every write to a decision, appeal, order, follow-up and case, and the work list with it', async () => {
    expect(await drift()).toEqual({ extra: 0, missing: 0 });
    const before = (await inbox(hanna)).counts;

    const kept = await decidedCase({ services: ['HOME_CARE_PERSONAL', 'SAFETY_ALARM'] });
    const em = subgraph.orm.em.fork();
    const provider = (await em.find(Provider, { active: true }))[0]!;
    const appeal = em.create(Appeal, { decision: kept.decisions[0]!, receivedOn: today, channel: 'PAPER', text: 'Jag överklagar.', inTime: true });
    const order = em.create(ServiceOrder, { decision: kept.decisions[1]!, provider, goals: 'Mål.', startOn: addDaysTo(today, -30), orderedOn: addDaysTo(today, -30), orderedById: hanna.staffId, planReceivedOn: null });
    const followUp = em.create(FollowUp, { decision: kept.decisions[1]!, dueOn: today, reason: 'YEARLY' });
    await em.flush();
    expect(await drift()).toEqual({ extra: 0, missing: 0 });
    let counts = (await inbox(hanna)).counts;
    expect([counts.openAppeals, counts.servicesNotOrdered, counts.plansOverdue, counts.followUpsDue, counts.unassigned]).toEqual([
      before.openAppeals + 1,
      before.servicesNotOrdered + 1,
      before.plansOverdue + 1,
      before.followUpsDue + 1,
      before.unassigned + 1,
    ]);

    // Hanna takes the case; the appeal is settled, the plan comes, the follow-up is done.
    const application = await em.findOneOrFail(Application, kept.id);
    application.assigneeId = hanna.staffId;
    appeal.status = 'COURT_UPHELD';
    order.planReceivedOn = today;
    followUp.completedOn = today;
    await em.flush();
    expect(await drift()).toEqual({ extra: 0, missing: 0 });
    counts = (await inbox(hanna)).counts;
    expect([counts.openAppeals, counts.plansOverdue, counts.followUpsDue, counts.mine, counts.unassigned]).toEqual([
      before.openAppeals,
      before.plansOverdue,
      before.followUpsDue,
      before.mine + 1,
      before.unassigned,
    ]);

    // The granted decision is replaced and the order withdrawn: no work of theirs is left.
    em.remove(order);
    await em.flush();
    const decision = await em.findOneOrFail(Decision, kept.decisions[0]!);
    decision.status = 'SUPERSEDED';
    await em.flush();
    expect(await drift()).toEqual({ extra: 0, missing: 0 });
    const [left] = await em.getConnection().execute<Array<{ rows: string }>>(`select count(*) as rows from "applications"."case_work" where application_id = ?`, [kept.id]);
    expect(Number(left!.rows)).toBe(1); // the second decision, its order withdrawn, is a service to order again
  });
});
