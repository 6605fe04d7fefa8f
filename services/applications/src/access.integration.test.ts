import { AccessLogEntry } from '@omsorg/platform';
import { startTestSubgraph, type TestSubgraph } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInStockholm } from './domain/stockholm-time.ts';
import { Appeal } from './entities/appeal.ts';
import { Application } from './entities/application.ts';
import { ApplicationEvent } from './entities/application-event.ts';
import { StaffMember } from './entities/staff-member.ts';
import { seedApplications } from './seed/seed.ts';
import { applicationsService } from './service.ts';
import { caseworkStaff, citizen, ERRORS, knownStaff, mutate, submittedApplication, UNIT, versionOf } from './testing/casework-fixtures.ts';
import { fullCase, type FullCase } from './testing/full-case.ts';

/* The access policy (domain/access.ts), on each path that reaches the data: who may not, cannot. */

let subgraph: TestSubgraph;
const { hanna, olle, maria, karl, outreach, council } = caseworkStaff();
const signeId = crypto.randomUUID();
const erikId = crypto.randomUUID();
const today = todayInStockholm();

let signeCase: FullCase;
let draftId: string;

const PERSON_APPLICATIONS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { applications { totalCount nodes { id status } } } } }`;
const CALLBACK_APPLICATIONS = `{ callbackRequests { nodes { person { id applications { totalCount nodes { id status } } } } } }`;
const SCREENING = `query($id: ID!) { application(id: $id) { id investigation { violenceScreeningDone violenceScreening { method notes } } } }`;
const TAKE = `mutation($input: TakeApplicationInput!) { takeApplication(input: $input) { __typename
  ... on MutationTakeApplicationSuccess { data { id assignee { id } investigation { violenceScreening { notes } } } } ${ERRORS} } }`;
const ASSIGN = `mutation($input: AssignApplicationInput!) { assignApplication(input: $input) { __typename
  ... on MutationAssignApplicationSuccess { data { id assignee { id } investigation { violenceScreening { notes } } } } ${ERRORS} } }`;
const URGENT = `mutation($input: SetUrgentInput!) { setUrgent(input: $input) { __typename
  ... on MutationSetUrgentSuccess { data { id investigation { violenceScreening { notes } } } } ${ERRORS} } }`;
const INBOX = `{ inbox(limit: 100) { totalCount nodes { application { id assignee { id } } } } }`;
const REGISTER = `mutation($input: RegisterAppealInput!) { registerAppeal(input: $input) { __typename
  ... on MutationRegisterAppealSuccess { data { id status } } ${ERRORS} } }`;
const COURT = `mutation($input: RecordCourtOutcomeInput!) { recordCourtOutcome(input: $input) { __typename
  ... on MutationRecordCourtOutcomeSuccess { data { id status courtNote } } ${ERRORS} } }`;

const personApplications = async (actor: Parameters<TestSubgraph['request']>[0], personId = signeId) =>
  subgraph.request(actor, PERSON_APPLICATIONS, { r: [{ __typename: 'Person', id: personId }] });
const assigneeOf = async (id: string) => (await subgraph.orm.em.fork().findOneOrFail(Application, id)).assigneeId ?? null;
const eventCount = (id: string, type: string) => subgraph.orm.em.fork().count(ApplicationEvent, { application: id, type });

beforeAll(async () => {
  subgraph = await startTestSubgraph(applicationsService);
  await seedApplications(subgraph.orm);
  signeCase = await fullCase(subgraph.orm, { unit: UNIT, applicantId: signeId, assigneeId: hanna.staffId });
  draftId = (await submittedApplication(subgraph.orm, { applicantId: signeId, services: ['MEAL_DELIVERY'], status: 'DRAFT' })).id;
  // Identity told applications about every member (the staff projection knows them all).
  await knownStaff(subgraph.orm, hanna, olle, maria, karl, outreach, council);
});

afterAll(() => subgraph?.close());

describe('drafts are never visible to staff', () => {
  it('Person.applications shows the unit’s staff Signe’s sent case, not her draft, and logs the read', async () => {
    const result = await personApplications(olle);
    const page = result.data._entities[0].applications;
    expect(page.nodes.map((node: any) => node.id)).toEqual([signeCase.application.id]);
    expect(page.totalCount).toBe(1);
    expect(await subgraph.orm.em.fork().count(AccessLogEntry, { staffId: olle.staffId, resourceId: draftId })).toBe(0);
    expect(await subgraph.orm.em.fork().count(AccessLogEntry, { staffId: olle.staffId, resourceId: signeCase.application.id })).toBeGreaterThan(0);
  });

  it('callbackRequests { person { applications } } shows no draft either', async () => {
    const result = await subgraph.request(olle, CALLBACK_APPLICATIONS);
    const signe = result.data.callbackRequests.nodes.find((node: any) => node.person.id === signeId);
    expect(signe.person.applications.nodes.map((node: any) => node.id)).toEqual([signeCase.application.id]);
  });

  it('application(id) answers null to staff for a draft, and Signe and her representative see it', async () => {
    expect((await subgraph.request(maria, `query($id: ID!) { application(id: $id) { id } }`, { id: draftId })).data.application).toBeNull();
    expect((await personApplications(citizen(signeId))).data._entities[0].applications.totalCount).toBe(2);
    expect((await personApplications(citizen(erikId, [signeId]))).data._entities[0].applications.totalCount).toBe(2);
  });
});

describe('only caseworkers and managers of the unit see case content', () => {
  it('refuses Person.applications to outreach staff and the quality council, and shows another unit nothing', async () => {
    for (const actor of [outreach, council]) expect((await personApplications(actor)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await personApplications(karl)).data._entities[0].applications.totalCount).toBe(0);
    expect((await subgraph.request(karl, SCREENING, { id: signeCase.application.id })).data.application).toBeNull();
  });

  it('shows a citizen only her own and those she currently represents', async () => {
    expect((await personApplications(citizen(erikId))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const read = async (actingFor: string[]) =>
      (await subgraph.request(citizen(erikId, actingFor), `query($id: ID!) { application(id: $id) { id } }`, { id: signeCase.application.id })).data.application;
    expect(await read([signeId])).toEqual({ id: signeCase.application.id });
    expect(await read([])).toBeNull();
  });

  it('hides proposals from the citizen, not from staff', async () => {
    const DECISIONS = `query($id: ID!) { application(id: $id) { requestedServices { serviceType decisions { status } } } }`;
    const statuses = async (actor: Parameters<TestSubgraph['request']>[0]) =>
      (await subgraph.request(actor, DECISIONS, { id: signeCase.application.id })).data.application.requestedServices.flatMap((service: any) =>
        service.decisions.map((decision: any) => decision.status),
      );
    expect(await statuses(hanna)).toContain('PROPOSED');
    expect(await statuses(citizen(signeId))).not.toContain('PROPOSED');
  });
});

describe('the violence screening is for the assignee and the unit’s managers', () => {
  it('shows it to Hanna (assignee) and Maria (manager), not to Olle, also not in a mutation’s result', async () => {
    const notes = async (actor: typeof hanna) => (await subgraph.request(actor, SCREENING, { id: signeCase.application.id })).data.application.investigation.violenceScreening?.notes ?? null;
    expect(await notes(hanna)).toBe('VÅLD-HEMLIGT');
    expect(await notes(maria)).toBe('VÅLD-HEMLIGT');
    expect(await notes(olle)).toBeNull();
    const urgent = await mutate(subgraph, olle, URGENT, { id: signeCase.application.id, version: await versionOf(subgraph.orm, signeCase.application.id), urgent: true });
    expect(urgent.__typename).toBe('MutationSetUrgentSuccess');
    expect(urgent.data.investigation.violenceScreening).toBeNull();
  });
});

describe('taking and assigning', () => {
  it('does not let Olle take Hanna’s case (and so read its screening); nothing changes', async () => {
    const id = signeCase.application.id;
    const taken = await mutate(subgraph, olle, TAKE, { id, version: await versionOf(subgraph.orm, id) });
    expect(taken.__typename).toBe('ValidationError');
    expect(taken.issues[0].message).toMatch(/redan en handläggare/);
    expect(JSON.stringify(taken)).not.toContain('VÅLD');
    expect(await assigneeOf(id)).toBe(hanna.staffId);
    expect(await eventCount(id, 'TAKEN')).toBe(0);
  });

  it('lets a caseworker take an unassigned case, and a manager take an assigned one', async () => {
    const free = await submittedApplication(subgraph.orm, { services: ['SAFETY_ALARM'] });
    expect((await mutate(subgraph, olle, TAKE, { id: free.id, version: await versionOf(subgraph.orm, free.id) })).__typename).toBe('MutationTakeApplicationSuccess');
    expect((await mutate(subgraph, maria, TAKE, { id: free.id, version: await versionOf(subgraph.orm, free.id) })).__typename).toBe('MutationTakeApplicationSuccess');
    expect(await assigneeOf(free.id)).toBe(maria.staffId);
  });

  it('lets only the assignee or a manager hand an assigned case on', async () => {
    const theirs = await submittedApplication(subgraph.orm, { services: ['SAFETY_ALARM'], assigneeId: hanna.staffId });
    const assign = async (actor: typeof hanna, assigneeId: string | null) =>
      mutate(subgraph, actor, ASSIGN, { id: theirs.id, version: await versionOf(subgraph.orm, theirs.id), assigneeId });
    expect((await assign(olle, olle.staffId)).__typename).toBe('ValidationError');
    expect((await assign(olle, null)).__typename).toBe('ValidationError');
    expect(await assigneeOf(theirs.id)).toBe(hanna.staffId);
    expect((await assign(hanna, olle.staffId)).__typename).toBe('MutationAssignApplicationSuccess');
    expect((await assign(maria, hanna.staffId)).__typename).toBe('MutationAssignApplicationSuccess');
    expect(await assigneeOf(theirs.id)).toBe(hanna.staffId);
  });

  it('refuses every assignee who is not a caseworker or manager of the unit, stores nothing, and the inbox keeps working', async () => {
    const id = signeCase.application.id;
    const candidates = {
      'a random id': crypto.randomUUID(),
      'a citizen': signeId,
      'an outreach worker': outreach.staffId,
      'the quality council': council.staffId,
      'a caseworker of another unit': karl.staffId,
      'not an id': 'not-a-uuid',
      'an empty id': '',
      'an id with SQL': "'; drop table application; --",
    };
    const assignedBefore = await eventCount(id, 'ASSIGNED');
    for (const [who, assigneeId] of Object.entries(candidates)) {
      const result = await mutate(subgraph, maria, ASSIGN, { id, version: await versionOf(subgraph.orm, id), assigneeId });
      expect(result.__typename, who).toBe('ValidationError');
      expect(result.issues[0], who).toMatchObject({ field: 'assigneeId' });
      expect(await assigneeOf(id), who).toBe(hanna.staffId);
      const inbox = await subgraph.request(maria, INBOX);
      expect(inbox.errors, who).toBeUndefined();
      expect(inbox.data.inbox.nodes.find((node: any) => node.application.id === id).application.assignee, who).toEqual({ id: hanna.staffId });
    }
    expect(await eventCount(id, 'ASSIGNED')).toBe(assignedBefore);
    // Nothing was written for the random id or the citizen.
    expect(await subgraph.orm.em.fork().count(StaffMember, { id: { $in: [candidates['a random id'], signeId] } })).toBe(0);
  });
});

describe('appeals', () => {
  it('registers at most one open appeal per decision, also when three are sent at once', async () => {
    const found = await fullCase(subgraph.orm, { unit: UNIT });
    const input = { decisionId: found.decisions.escort.id, receivedOn: today, text: 'Jag överklagar.', channel: 'PAPER' };
    const results = await Promise.all([hanna, olle, maria].map((actor) => mutate(subgraph, actor, REGISTER, input)));
    expect(results.filter((result) => result.__typename === 'MutationRegisterAppealSuccess')).toHaveLength(1);
    for (const result of results.filter((result) => result.__typename !== 'MutationRegisterAppealSuccess')) {
      expect(['ValidationError', 'ConflictError']).toContain(result.__typename);
    }
    expect(await subgraph.orm.em.fork().count(Appeal, { decision: found.decisions.escort.id })).toBe(1);
    const again = await mutate(subgraph, hanna, REGISTER, input);
    expect(again.__typename).toBe('ValidationError');
    expect(again.issues).toEqual([{ field: 'decisionId', message: expect.stringMatching(/redan ett överklagande/) }]);
  });

  it('refuses the citizen a second open appeal when staff registered one', async () => {
    const found = await fullCase(subgraph.orm, { unit: UNIT });
    expect((await mutate(subgraph, hanna, REGISTER, { decisionId: found.decisions.escort.id, receivedOn: today, text: 'På papper.', channel: 'PAPER' })).__typename).toBe(
      'MutationRegisterAppealSuccess',
    );
    const APPEAL = `mutation($input: AppealDecisionInput!) { appealDecision(input: $input) { __typename ${ERRORS} } }`;
    const online = await mutate(subgraph, citizen(found.application.applicantId), APPEAL, { decisionId: found.decisions.escort.id, text: 'På webben.' });
    expect(online.__typename).toBe('ValidationError');
  });

  it('limits the length of the appeal text and of the court’s note, storing nothing too long', async () => {
    const found = await fullCase(subgraph.orm, { unit: UNIT });
    const long = await mutate(subgraph, hanna, REGISTER, { decisionId: found.decisions.escort.id, receivedOn: today, text: 'x'.repeat(20_001), channel: 'PAPER' });
    expect(long.__typename).toBe('ValidationError');
    expect(long.issues[0]).toMatchObject({ field: 'text' });
    const court = await mutate(subgraph, hanna, COURT, { appealId: found.appeals.home.id, status: 'COURT_UPHELD', decidedOn: today, note: 'x'.repeat(5_001) });
    expect(court).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'note' }] });
    expect((await subgraph.orm.em.fork().findOneOrFail(Appeal, found.appeals.home.id)).status).toBe('FORWARDED_TO_COURT');
    const fine = await mutate(subgraph, hanna, COURT, { appealId: found.appeals.home.id, status: 'COURT_UPHELD', decidedOn: today, note: 'x'.repeat(5_000) });
    expect(fine.data).toMatchObject({ status: 'COURT_UPHELD' });
  });
});
