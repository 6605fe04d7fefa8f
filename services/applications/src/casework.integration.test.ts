import { AccessLogEntry } from '@omsorg/platform';
import { startTestSubgraph, type TestSubgraph } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDaysTo } from './domain/calendar.ts';
import { isoWeekOf, todayInStockholm } from './domain/stockholm-time.ts';
import { ApplicationEvent } from './entities/application-event.ts';
import { CallbackRequest } from './entities/callback-request.ts';
import { Investigation } from './entities/investigation.ts';
import { seedApplications } from './seed/seed.ts';
import { applicationsService } from './service.ts';
import { caseworkStaff, citizen, countStatements, ERRORS, knownStaff, mutate, OTHER_UNIT, staff, submittedApplication, UNIT, versionOf } from './testing/casework-fixtures.ts';

let subgraph: TestSubgraph;
const { hanna, olle, maria, karl, outreach, council } = caseworkStaff();
const signe = crypto.randomUUID();
const days = (n: number) => new Date(Date.now() - n * 86_400_000);

let signeCase: Awaited<ReturnType<typeof submittedApplication>>;
let urgentCase: Awaited<ReturnType<typeof submittedApplication>>;
let overdueCase: Awaited<ReturnType<typeof submittedApplication>>;
let otherUnitCase: Awaited<ReturnType<typeof submittedApplication>>;

const INBOX = `query($filter: InboxFilter, $limit: Int! = 50) {
  inbox(filter: $filter, limit: $limit) {
    totalCount hasNextPage
    counts { submitted mine unassigned urgent overdue openCallbacks }
    nodes { dueOn overdue application { id status urgent districtArea assignee { id } requestedServices { serviceType } } }
  }
}`;

const TAKE = `mutation($input: TakeApplicationInput!) { takeApplication(input: $input) {
  __typename ... on MutationTakeApplicationSuccess { data { id status version assignee { id } applicantLegalGender } } ${ERRORS} } }`;
const ASSIGN = `mutation($input: AssignApplicationInput!) { assignApplication(input: $input) {
  __typename ... on MutationAssignApplicationSuccess { data { id version assignee { id } } } ${ERRORS} } }`;
const URGENT = `mutation($input: SetUrgentInput!) { setUrgent(input: $input) {
  __typename ... on MutationSetUrgentSuccess { data { id version urgent } } ${ERRORS} } }`;
const SAVE_INVESTIGATION = `mutation($input: SaveInvestigationInput!) { saveInvestigation(input: $input) {
  __typename ... on MutationSaveInvestigationSuccess { data { id version status investigation { lifeAreas { area needs wishes resources } serviceDescriptions { requestedServiceId serviceType text } describesEveryService assessment } } } ${ERRORS} } }`;
const SCREENING = `mutation($input: SaveViolenceScreeningInput!) { saveViolenceScreening(input: $input) {
  __typename ... on MutationSaveViolenceScreeningSuccess { data { id version } } ${ERRORS} } }`;
const INVESTIGATION = `query($id: ID!) { application(id: $id) { id investigation { assessment violenceScreeningDone violenceScreening { method answers notes } } } }`;
const BOOK = `mutation($input: BookHomeVisitInput!) { bookHomeVisit(input: $input) {
  __typename ... on MutationBookHomeVisitSuccess { data { version investigation { homeVisitAt homeVisitPlace homeVisitInvitedAt } } } ${ERRORS} } }`;
const COMMUNICATE = `mutation($input: CommunicateInvestigationInput!) { communicateInvestigation(input: $input) {
  __typename ... on MutationCommunicateInvestigationSuccess { data { version status investigation { communicatedAt responseDueOn } } } ${ERRORS} } }`;
const RECORD_RESPONSE = `mutation($input: RecordInvestigationResponseInput!) { recordInvestigationResponse(input: $input) {
  __typename ... on MutationRecordInvestigationResponseSuccess { data { version investigation { response respondedAt } } } ${ERRORS} } }`;

beforeAll(async () => {
  subgraph = await startTestSubgraph(applicationsService);
  await seedApplications(subgraph.orm);
  await knownStaff(subgraph.orm, hanna, olle, maria);
  signeCase = await submittedApplication(subgraph.orm, { applicantId: signe, services: ['HOME_CARE_PERSONAL', 'SAFETY_ALARM', 'NURSING_HOME'], submittedAt: days(2) });
  urgentCase = await submittedApplication(subgraph.orm, { services: ['SHORT_TERM_STAY'], urgent: true, submittedAt: days(1), districtArea: 'Älvsjö' });
  overdueCase = await submittedApplication(subgraph.orm, { services: ['SAFETY_ALARM'], submittedAt: days(20) });
  await submittedApplication(subgraph.orm, { services: ['MEAL_DELIVERY'], status: 'DRAFT' });
  otherUnitCase = await submittedApplication(subgraph.orm, { services: ['SAFETY_ALARM'], unit: OTHER_UNIT });
  const em = subgraph.orm.em.fork();
  em.create(CallbackRequest, { personId: signe, unit: UNIT, phone: '070-123 45 67', dueAt: new Date(Date.now() + 47 * 3_600_000) });
  em.create(CallbackRequest, { personId: signe, unit: OTHER_UNIT, phone: '070-123 45 67', dueAt: new Date(Date.now() + 47 * 3_600_000) });
  await em.flush();
});

afterAll(() => subgraph?.close());

describe('inbox', () => {
  it('lists the unit’s open cases, urgent first and then by due day, with counts; never drafts or other units', async () => {
    const result = await subgraph.request(hanna, INBOX);
    const inbox = result.data.inbox;
    expect(inbox.nodes.map((node: any) => node.application.id)).toEqual([urgentCase.id, overdueCase.id, signeCase.id]);
    expect(inbox.totalCount).toBe(3);
    expect(inbox.counts).toEqual({ submitted: 3, mine: 0, unassigned: 3, urgent: 1, overdue: 1, openCallbacks: 1 });
    const overdue = inbox.nodes[1];
    expect(overdue).toMatchObject({ overdue: true, dueOn: addDaysTo(todayInStockholm(days(20)), 14) });
    expect(inbox.nodes[2].application.requestedServices.map((service: any) => service.serviceType)).toEqual(['HOME_CARE_PERSONAL', 'SAFETY_ALARM', 'NURSING_HOME']);
  });

  it('gives each row what the inbox shows as the case itself has it, without loading the case', async () => {
    const ROWS = `{ inbox { nodes {
      case { id reference status version submittedAt createdAt urgent districtArea applicant { id } assignee { id } serviceTypes otherOpenApplications { id } }
      application { id reference status version submittedAt createdAt urgent districtArea applicant { id } assignee { id } requestedServices { serviceType } }
    } } }`;
    const nodes = (await subgraph.request(hanna, ROWS)).data.inbox.nodes;
    expect(nodes).toHaveLength(3);
    for (const { case: row, application } of nodes) {
      const { requestedServices, ...same } = application;
      expect(row).toMatchObject(same);
      expect(row.serviceTypes).toEqual(requestedServices.map((service: { serviceType: string }) => service.serviceType));
      expect(row.otherOpenApplications).toEqual([]);
    }
    expect(nodes.map((node: any) => node.case.id)).toEqual([urgentCase.id, overdueCase.id, signeCase.id]);
    expect(nodes[2].case.serviceTypes).toEqual(['HOME_CARE_PERSONAL', 'SAFETY_ALARM', 'NURSING_HOME']);
  });

  it('filters by service, area, urgency and overdue, and pages', async () => {
    const ids = async (filter: Record<string, unknown>, limit = 50) =>
      (await subgraph.request(hanna, INBOX, { filter, limit })).data.inbox.nodes.map((node: any) => node.application.id);
    expect(await ids({ serviceType: 'NURSING_HOME' })).toEqual([signeCase.id]);
    expect(await ids({ area: 'Älvsjö' })).toEqual([urgentCase.id]);
    expect(await ids({ urgent: false })).toEqual([overdueCase.id, signeCase.id]);
    expect(await ids({ overdue: true })).toEqual([overdueCase.id]);
    expect(await ids({ status: ['DRAFT'] })).toEqual([]);
    const page = (await subgraph.request(hanna, INBOX, { limit: 2 })).data.inbox;
    expect(page).toMatchObject({ totalCount: 3, hasNextPage: true });
  });

  it('logs each listed case as read by the staff member', async () => {
    await subgraph.request(olle, INBOX);
    const log = await subgraph.orm.em.fork().find(AccessLogEntry, { staffId: olle.staffId, resource: 'Inbox' });
    expect(log.map((entry) => entry.resourceId).sort()).toEqual([urgentCase.id, overdueCase.id, signeCase.id].sort());
  });

  it('shows another unit nothing of this unit', async () => {
    const inbox = (await subgraph.request(karl, INBOX)).data.inbox;
    expect(inbox.nodes.map((node: any) => node.application.id)).toEqual([otherUnitCase.id]);
    expect(inbox.counts.openCallbacks).toBe(1);
  });

  it.each([
    ['outreach staff', outreach],
    ['the quality council', council],
  ])('is FORBIDDEN for %s, and UNAUTHENTICATED for anonymous visitors', async (_who, actor) => {
    expect((await subgraph.request(actor, INBOX)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await subgraph.request({ kind: 'anonymous' }, INBOX)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a citizen and hides the staff-only fields from them', async () => {
    expect((await subgraph.request(citizen(signe), INBOX)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const own = await subgraph.request(citizen(signe), `query($id: ID!) { application(id: $id) { id urgent } }`, { id: signeCase.id });
    expect(own.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const investigation = await subgraph.request(citizen(signe), `query($id: ID!) { application(id: $id) { id investigation { assessment } } }`, { id: signeCase.id });
    expect(investigation.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('inbox cost', () => {
  it('costs the same number of SQL statements for a page of 10, 50 or 100, investigations and decisions included', async () => {
    const unit = 'Storenheten';
    const services = ['HOME_CARE_PERSONAL', 'SAFETY_ALARM', 'MEAL_DELIVERY'] as const;
    for (let i = 0; i < 110; i++) {
      await submittedApplication(subgraph.orm, { unit, services: [services[i % 3]!, services[(i + 1) % 3]!], submittedAt: days(i % 30), urgent: i % 10 === 0 });
    }
    const manager = staff(['MANAGER'], unit);
    const query = `query($limit: Int!) { inbox(limit: $limit) {
      totalCount counts { submitted overdue openCallbacks }
      nodes { dueOn application { id reference status urgent assignee { id } investigation { id } requestedServices { serviceType decision { id } } } } } }`;
    const counter = countStatements(subgraph.orm);
    try {
      const statements: number[] = [];
      for (const limit of [10, 50, 100]) {
        counter.reset();
        const result = await subgraph.request(manager, query, { limit });
        expect(result.data.inbox.nodes).toHaveLength(limit);
        statements.push(counter.count);
      }
      expect(new Set(statements).size).toBe(1);
      expect(statements[0]).toBeGreaterThanOrEqual(5);
      // The rows, their services, work, counts and log; the whole cases (and their services) only because this query asks for them.
      expect(statements[0]).toBeLessThanOrEqual(10);
    } finally {
      counter.stop();
    }
  });
});

describe('taking, assigning and marking urgent', () => {
  it('lets Hanna take the case: she becomes assignee, it is in investigation, the gender copy is kept and the event recorded', async () => {
    const version = await versionOf(subgraph.orm, signeCase.id);
    const result = await mutate(subgraph, hanna, TAKE, { id: signeCase.id, version, applicantLegalGender: 'FEMALE' });
    expect(result).toMatchObject({
      __typename: 'MutationTakeApplicationSuccess',
      data: { status: 'IN_INVESTIGATION', version: version + 1, assignee: { id: hanna.staffId }, applicantLegalGender: 'FEMALE' },
    });
    const events = await subgraph.orm.em.fork().find(ApplicationEvent, { application: signeCase.id, type: 'TAKEN' });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorKind: 'staff', actorId: hanna.staffId });
  });

  it('tells Olle, who saw the old version, that the case changed; Hanna stays assignee', async () => {
    const current = await versionOf(subgraph.orm, signeCase.id);
    const result = await mutate(subgraph, olle, TAKE, { id: signeCase.id, version: current - 1 });
    expect(result).toMatchObject({ __typename: 'ConflictError', currentVersion: current });
    expect(result.message).toMatch(/Ärendet har ändrats av någon annan/);
    const inbox = (await subgraph.request(hanna, INBOX, { filter: { mine: true } })).data.inbox;
    expect(inbox.nodes.map((node: any) => node.application.assignee?.id)).toEqual([hanna.staffId]);
    expect(inbox.counts.mine).toBe(1);
  });

  it('assigns and unassigns, and marks urgent', async () => {
    let version = await versionOf(subgraph.orm, overdueCase.id);
    const assigned = await mutate(subgraph, maria, ASSIGN, { id: overdueCase.id, version, assigneeId: olle.staffId });
    expect(assigned.data.assignee).toEqual({ id: olle.staffId });
    version = assigned.data.version;
    const unassigned = await mutate(subgraph, maria, ASSIGN, { id: overdueCase.id, version, assigneeId: null });
    expect(unassigned.data.assignee).toBeNull();
    const urgent = await mutate(subgraph, olle, URGENT, { id: overdueCase.id, version: unassigned.data.version, urgent: true });
    expect(urgent.data.urgent).toBe(true);
    const first = (await subgraph.request(hanna, INBOX)).data.inbox.nodes[0].application.id;
    expect([urgentCase.id, overdueCase.id]).toContain(first);
    await mutate(subgraph, olle, URGENT, { id: overdueCase.id, version: urgent.data.version, urgent: false });
  });

  it('answers NotFoundError to staff of another unit, whatever the version, and for ids that are not ids', async () => {
    const version = await versionOf(subgraph.orm, urgentCase.id);
    expect(await mutate(subgraph, karl, TAKE, { id: urgentCase.id, version })).toMatchObject({ __typename: 'NotFoundError' });
    expect(await mutate(subgraph, hanna, TAKE, { id: 'not-an-id', version })).toMatchObject({ __typename: 'NotFoundError' });
    expect(await versionOf(subgraph.orm, urgentCase.id)).toBe(version);
  });

  it('is FORBIDDEN for outreach staff and the quality council', async () => {
    const version = await versionOf(subgraph.orm, urgentCase.id);
    for (const actor of [outreach, council]) {
      const result = await mutate(subgraph, actor, TAKE, { id: urgentCase.id, version });
      expect(result.errors[0].extensions.code).toBe('FORBIDDEN');
    }
  });
});

describe('investigation', () => {
  it('saves life areas and service descriptions; describing every service is computed', async () => {
    const version = await versionOf(subgraph.orm, signeCase.id);
    const result = await mutate(subgraph, hanna, SAVE_INVESTIGATION, {
      applicationId: signeCase.id,
      version,
      lifeAreas: [{ area: 'NUTRITION', needs: 'Äter lite på kvällen.', wishes: 'Vill äta hemma.', resources: 'Dottern handlar.' }],
      serviceDescriptions: [
        { requestedServiceId: signeCase.serviceIds.HOME_CARE_PERSONAL, text: 'Hjälp med dusch två gånger i veckan.' },
        { requestedServiceId: signeCase.serviceIds.SAFETY_ALARM, text: 'Har fallit två gånger.' },
      ],
      assessment: 'Behoven kan tillgodoses i hemmet.',
    });
    expect(result.__typename).toBe('MutationSaveInvestigationSuccess');
    expect(result.data.investigation).toMatchObject({
      lifeAreas: [{ area: 'NUTRITION', needs: 'Äter lite på kvällen.', wishes: 'Vill äta hemma.', resources: 'Dottern handlar.' }],
      describesEveryService: false,
      assessment: 'Behoven kan tillgodoses i hemmet.',
    });
    expect(result.data.investigation.serviceDescriptions.map((entry: any) => entry.serviceType)).toEqual(['HOME_CARE_PERSONAL', 'SAFETY_ALARM']);
  });

  it('refuses a description of a service the application does not have, in Swedish', async () => {
    const version = await versionOf(subgraph.orm, signeCase.id);
    const result = await mutate(subgraph, hanna, SAVE_INVESTIGATION, {
      applicationId: signeCase.id,
      version,
      serviceDescriptions: [{ requestedServiceId: otherUnitCase.serviceIds.SAFETY_ALARM, text: 'Fel ärende.' }],
    });
    expect(result).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'serviceDescriptions.0.requestedServiceId', message: 'Insatsen finns inte i den här ansökan.' }] });
    expect(await versionOf(subgraph.orm, signeCase.id)).toBe(version);
  });

  it('gives the second of two caseworkers saving the same version a ConflictError, and keeps the first one’s work', async () => {
    const version = await versionOf(subgraph.orm, signeCase.id);
    const first = await mutate(subgraph, hanna, SAVE_INVESTIGATION, {
      applicationId: signeCase.id,
      version,
      serviceDescriptions: [{ requestedServiceId: signeCase.serviceIds.NURSING_HOME, text: 'Klarar inte längre trapporna.' }],
    });
    expect(first.data.investigation.describesEveryService).toBe(true);
    const second = await mutate(subgraph, olle, SAVE_INVESTIGATION, { applicationId: signeCase.id, version, assessment: 'Olles bedömning.' });
    expect(second).toMatchObject({ __typename: 'ConflictError', currentVersion: version + 1 });
    const saved = await subgraph.orm.em.fork().findOneOrFail(Investigation, { application: signeCase.id });
    expect(saved.serviceDescriptions[signeCase.serviceIds.NURSING_HOME!]).toBe('Klarar inte längre trapporna.');
    expect(saved.assessment).toBe('Behoven kan tillgodoses i hemmet.');
  });

  it('lets exactly one of two simultaneous saves with the same version through', async () => {
    const version = await versionOf(subgraph.orm, signeCase.id);
    const save = (actor: typeof hanna, text: string) =>
      mutate(subgraph, actor, SAVE_INVESTIGATION, { applicationId: signeCase.id, version, lifeAreas: [{ area: 'MOBILITY', needs: text }] });
    const results = await Promise.all([save(hanna, 'Hannas text'), save(olle, 'Olles text')]);
    const typenames = results.map((result) => result.__typename).sort();
    expect(typenames).toEqual(['ConflictError', 'MutationSaveInvestigationSuccess']);
    const winner = results.find((result) => result.__typename === 'MutationSaveInvestigationSuccess');
    const loser = results.find((result) => result.__typename === 'ConflictError');
    expect(loser.currentVersion).toBe(version + 1);
    const saved = await subgraph.orm.em.fork().findOneOrFail(Investigation, { application: signeCase.id });
    expect(saved.lifeAreas.MOBILITY?.needs).toBe(winner.data.investigation.lifeAreas.find((area: any) => area.area === 'MOBILITY').needs);
    const events = await subgraph.orm.em.fork().count(ApplicationEvent, { application: signeCase.id, type: 'INVESTIGATION_SAVED' });
    expect(events).toBe(3);
  });

  it('lets only the assignee and managers save and read the violence screening', async () => {
    const version = await versionOf(subgraph.orm, signeCase.id);
    const input = { applicationId: signeCase.id, version, method: 'FREDA', answers: JSON.stringify({ 'Har någon skadat dig?': 'Nej' }), notes: 'Inga tecken.' };
    const byOlle = await subgraph.request(olle, SCREENING, { input });
    expect(byOlle.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await mutate(subgraph, hanna, SCREENING, { ...input, method: 'GISSNING' });
    expect(bad).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'method' }] });
    const byHanna = await mutate(subgraph, hanna, SCREENING, input);
    expect(byHanna).toMatchObject({ __typename: 'MutationSaveViolenceScreeningSuccess', data: { version: version + 1 } });
    const stale = await mutate(subgraph, hanna, SCREENING, input);
    expect(stale).toMatchObject({ __typename: 'ConflictError', currentVersion: version + 1 });

    const seenBy = async (actor: typeof hanna) => (await subgraph.request(actor, INVESTIGATION, { id: signeCase.id })).data.application.investigation;
    expect((await seenBy(hanna)).violenceScreening).toEqual({ method: 'FREDA', answers: input.answers, notes: 'Inga tecken.' });
    expect((await seenBy(maria)).violenceScreening?.method).toBe('FREDA');
    expect(await seenBy(olle)).toMatchObject({ violenceScreeningDone: true, violenceScreening: null });
    const event = await subgraph.orm.em.fork().findOneOrFail(ApplicationEvent, { application: signeCase.id, type: 'VIOLENCE_SCREENING_SAVED' });
    expect(JSON.stringify(event.data)).not.toContain('Nej');
  });

  it('logs a staff read of the case and its investigation once per request', async () => {
    const before = await subgraph.orm.em.fork().count(AccessLogEntry, { staffId: olle.staffId, personId: signe });
    await subgraph.request(olle, INVESTIGATION, { id: signeCase.id });
    const log = await subgraph.orm.em.fork().find(AccessLogEntry, { staffId: olle.staffId, personId: signe }, { orderBy: { at: 'asc' } });
    expect(log).toHaveLength(before + 1);
    expect(log.at(-1)).toMatchObject({ resource: 'Application', resourceId: signeCase.id });
  });

  it('shows staff of another unit no investigation and lets them change nothing', async () => {
    expect((await subgraph.request(karl, INVESTIGATION, { id: signeCase.id })).data.application).toBeNull();
    const version = await versionOf(subgraph.orm, signeCase.id);
    expect(await mutate(subgraph, karl, SAVE_INVESTIGATION, { applicationId: signeCase.id, version, assessment: 'x' })).toMatchObject({ __typename: 'NotFoundError' });
    const screening = await mutate(subgraph, karl, SCREENING, { applicationId: signeCase.id, version, method: 'FREDA', answers: '{}' });
    expect(screening).toMatchObject({ __typename: 'NotFoundError', message: 'Ärendet finns inte, eller så har du inte tillgång till det.' });
  });

  it('books the home visit with an invitation, communicates with a 7-day window, and records a response by letter', async () => {
    let version = await versionOf(subgraph.orm, signeCase.id);
    const invalidVisit = await mutate(subgraph, hanna, BOOK, { applicationId: signeCase.id, version, at: 'i morgon', place: ' ', sendInvitation: true });
    expect(invalidVisit.issues.map((issue: any) => issue.field)).toEqual(['at', 'place']);
    const booked = await mutate(subgraph, hanna, BOOK, { applicationId: signeCase.id, version, at: '2026-12-01T10:00:00+01:00', place: 'Hemma hos Signe', sendInvitation: true });
    expect(booked.data.investigation).toMatchObject({ homeVisitAt: '2026-12-01T09:00:00.000Z', homeVisitPlace: 'Hemma hos Signe' });
    expect(booked.data.investigation.homeVisitInvitedAt).not.toBeNull();
    version = booked.data.version;

    const tooLong = await mutate(subgraph, hanna, COMMUNICATE, { applicationId: signeCase.id, version, responseDays: 90 });
    expect(tooLong).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'responseDays' }] });
    const communicated = await mutate(subgraph, hanna, COMMUNICATE, { applicationId: signeCase.id, version });
    expect(communicated.data).toMatchObject({ status: 'COMMUNICATED', investigation: { responseDueOn: addDaysTo(todayInStockholm(), 7) } });

    const responseInput = { applicationId: signeCase.id, version: communicated.data.version, response: 'Signe vill hellre ha hemtjänst än boende.', receivedOn: todayInStockholm() };
    const future = await mutate(subgraph, hanna, RECORD_RESPONSE, { ...responseInput, receivedOn: addDaysTo(todayInStockholm(), 1) });
    expect(future).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'receivedOn' }] });
    const response = await mutate(subgraph, hanna, RECORD_RESPONSE, responseInput);
    expect(response.data.investigation.response).toBe('Signe vill hellre ha hemtjänst än boende.');
    expect(await mutate(subgraph, hanna, RECORD_RESPONSE, responseInput)).toMatchObject({ __typename: 'ConflictError', currentVersion: response.data.version });
    const types = (await subgraph.orm.em.fork().find(ApplicationEvent, { application: signeCase.id }, { orderBy: { at: 'asc' } })).map((event) => event.type);
    expect(types).toEqual(expect.arrayContaining(['HOME_VISIT_BOOKED', 'COMMUNICATED', 'RESPONDED']));
  });
});

describe('weekly case review', () => {
  const FLAG = `mutation($input: FlagForCaseReviewInput!) { flagForCaseReview(input: $input) {
    __typename ... on MutationFlagForCaseReviewSuccess { data { id week reason flaggedBy { id } application { id } } } ${ERRORS} } }`;
  const AGENDA = `query($week: String) { caseReviewAgenda(week: $week) { id week reason outcome application { id } } }`;
  const OUTCOME = `mutation($input: RecordCaseReviewOutcomeInput!) { recordCaseReviewOutcome(input: $input) {
    __typename ... on MutationRecordCaseReviewOutcomeSuccess { data { id outcome } } ${ERRORS} } }`;
  const week = isoWeekOf(todayInStockholm());

  it('puts a case on the week’s agenda, which caseworkers and managers see; only a manager records the outcome', async () => {
    const flagged = await mutate(subgraph, hanna, FLAG, { applicationId: signeCase.id, week, reason: 'Ansökan om vård- och omsorgsboende.' });
    const item = flagged.data;
    expect(item).toMatchObject({ week, flaggedBy: { id: hanna.staffId }, application: { id: signeCase.id } });
    expect((await subgraph.request(hanna, AGENDA)).data.caseReviewAgenda.map((entry: any) => entry.id)).toEqual([item.id]);
    expect((await subgraph.request(maria, AGENDA, { week })).data.caseReviewAgenda).toHaveLength(1);
    expect((await subgraph.request(karl, AGENDA, { week })).data.caseReviewAgenda).toEqual([]);
    expect((await subgraph.request(hanna, OUTCOME, { input: { itemId: item.id, outcome: 'Bifall.' } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await mutate(subgraph, maria, OUTCOME, { itemId: item.id, outcome: 'Utred vidare.' })).data.outcome).toBe('Utred vidare.');
    expect(await mutate(subgraph, karl, OUTCOME, { itemId: item.id, outcome: 'x' })).toMatchObject({ __typename: 'NotFoundError' });
    expect(await mutate(subgraph, karl, FLAG, { applicationId: signeCase.id, week, reason: 'x' })).toMatchObject({ __typename: 'NotFoundError' });
  });

  it('refuses a week that is not an ISO week', async () => {
    const result = await mutate(subgraph, hanna, FLAG, { applicationId: signeCase.id, week: 'vecka 48', reason: 'x' });
    expect(result).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'week', message: 'Skriv veckan som ÅÅÅÅ-Wnn, till exempel 2026-W48.' }] });
  });
});

describe('callbacks', () => {
  const LIST = `query { callbackRequests { totalCount nodes { id phone dueAt overdue person { id } } } }`;
  const COMPLETE = `mutation($input: CompleteCallbackInput!) { completeCallback(input: $input) {
    __typename ... on MutationCompleteCallbackSuccess { data { id completedAt overdue } } ${ERRORS} } }`;

  it('lists the unit’s open callbacks and records one as done; other units cannot', async () => {
    const list = (await subgraph.request(hanna, LIST)).data.callbackRequests;
    expect(list.totalCount).toBe(1);
    const [callback] = list.nodes;
    // Her phone and message were read: logged where Signe can see it.
    expect(await subgraph.orm.em.fork().count(AccessLogEntry, { staffId: hanna.staffId, personId: signe, resource: 'Callback' })).toBeGreaterThan(0);
    expect(callback).toMatchObject({ overdue: false, person: { id: signe } });
    expect(await mutate(subgraph, karl, COMPLETE, { id: callback.id, note: 'Ringt.' })).toMatchObject({ __typename: 'NotFoundError' });
    const done = (await mutate(subgraph, hanna, COMPLETE, { id: callback.id, note: 'Ringt, bokat hembesök.' })).data;
    expect(done).toMatchObject({ overdue: false });
    expect(done.completedAt).not.toBeNull();
    expect(await mutate(subgraph, hanna, COMPLETE, { id: callback.id, note: 'Igen.' })).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'id' }] });
    expect((await subgraph.request(hanna, LIST)).data.callbackRequests.totalCount).toBe(0);
    expect((await subgraph.request(outreach, LIST)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('shows who asked and the case, records how the call went, and makes a new callback when one is needed', async () => {
    const erik = crypto.randomUUID();
    const em = subgraph.orm.em.fork();
    const asked = em.create(CallbackRequest, { personId: signe, requestedById: erik, applicationId: signeCase.id, unit: UNIT, phone: '070-765 43 21', dueAt: new Date(Date.now() + 3_600_000) });
    const otherCase = em.create(CallbackRequest, { personId: signe, applicationId: otherUnitCase.id, unit: UNIT, phone: '070-765 43 21', dueAt: new Date(Date.now() + 7_200_000) });
    await em.flush();
    const LISTED = `query { callbackRequests { nodes { id requestedBy { id } requestedByYou application { id } outcome note followsId dueAt assignee { id } } } }`;
    const listed = (await subgraph.request(hanna, LISTED)).data.callbackRequests.nodes;
    expect(listed.find((node: { id: string }) => node.id === asked.id)).toMatchObject({ requestedBy: { id: erik }, requestedByYou: false, application: { id: signeCase.id }, outcome: null });
    // A case of another unit is not linked.
    expect(listed.find((node: { id: string }) => node.id === otherCase.id)).toMatchObject({ application: null, requestedBy: null });

    const RECORD = `mutation($input: CompleteCallbackInput!) { completeCallback(input: $input) {
      __typename ... on MutationCompleteCallbackSuccess { data { id outcome note completedAt } } ${ERRORS} } }`;
    expect(await mutate(subgraph, karl, RECORD, { id: asked.id, outcome: 'NOT_REACHED', note: 'x' })).toMatchObject({ __typename: 'NotFoundError' });
    const tooLong = await mutate(subgraph, hanna, RECORD, { id: asked.id, outcome: 'NOT_REACHED', note: 'x'.repeat(5001) });
    expect(tooLong).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'note' }] });
    const done = await mutate(subgraph, hanna, RECORD, { id: asked.id, outcome: 'NEW_CALLBACK_NEEDED', note: 'Inget svar, ringer igen i morgon.' });
    expect(done).toMatchObject({ __typename: 'MutationCompleteCallbackSuccess', data: { outcome: 'NEW_CALLBACK_NEEDED', note: 'Inget svar, ringer igen i morgon.' } });
    const again = (await subgraph.request(hanna, LISTED)).data.callbackRequests.nodes.find((node: { followsId: string | null }) => node.followsId === asked.id);
    expect(again).toMatchObject({ requestedBy: { id: erik }, application: { id: signeCase.id }, outcome: null, assignee: { id: hanna.staffId } });
    await mutate(subgraph, hanna, RECORD, { id: again.id, outcome: 'REACHED', note: 'Pratat med Erik.' });
    await mutate(subgraph, hanna, RECORD, { id: otherCase.id, note: 'Pratat.' });
    const stored = await subgraph.orm.em.fork().findOneOrFail(CallbackRequest, otherCase.id);
    expect(stored.outcome).toBe('REACHED');
  });
});
