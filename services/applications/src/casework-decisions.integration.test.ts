import { startTestSubgraph, type TestSubgraph } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appealDeadline } from './domain/appeal-deadline.ts';
import { addDaysTo } from './domain/calendar.ts';
import { followUpDueOn } from './domain/deadlines.ts';
import { todayInStockholm } from './domain/stockholm-time.ts';
import { ApplicationEvent } from './entities/application-event.ts';
import { Application } from './entities/application.ts';
import { CallbackRequest } from './entities/callback-request.ts';
import { Investigation } from './entities/investigation.ts';
import { Decision } from './entities/decision.ts';
import { FollowUp } from './entities/follow-up.ts';
import { ServiceOrder } from './entities/service-order.ts';
import { seedApplications } from './seed/seed.ts';
import { applicationsService } from './service.ts';
import { ERRORS, mutate, OTHER_UNIT, provisionId, staff, submittedApplication, UNIT, versionOf } from './testing/casework-fixtures.ts';

let subgraph: TestSubgraph;
const hanna = staff(['CASEWORKER']);
const maria = staff(['MANAGER']);
const karl = staff(['CASEWORKER', 'MANAGER'], OTHER_UNIT);
const outreach = staff(['OUTREACH']);
const council = staff(['QUALITY_COUNCIL']);
const today = todayInStockholm();
let sol: string;
let signeCase: Awaited<ReturnType<typeof submittedApplication>>;
let bigCase: Awaited<ReturnType<typeof submittedApplication>>;
const decisionIds: Record<string, string> = {};

const DECISION_FIELDS = `id status outcome hoursPerMonth validFrom validTo notifiedOn appealDeadline decidedAt canAppeal
  decidedBy { id } proposedBy { id } legalProvision { code citation } followUps { dueOn reason } application { id status }`;
const DECIDE = `mutation($input: DecideInput!) { decide(input: $input) {
  __typename ... on MutationDecideSuccess { data { ${DECISION_FIELDS} } } ... on DelegationError { message requiredRole } ${ERRORS} } }`;
const PROPOSE = `mutation($input: DecideInput!) { proposeDecision(input: $input) {
  __typename ... on MutationProposeDecisionSuccess { data { id status proposedBy { id } } } ${ERRORS} } }`;
const QUEUE = `query { decisionQueue { id status outcome proposedBy { id } application { id } } }`;
const APPEAL_FIELDS = `id receivedOn channel inTime status forwardedOn courtDecidedOn courtNote decision { id status }`;
const REGISTER = `mutation($input: RegisterAppealInput!) { registerAppeal(input: $input) {
  __typename ... on MutationRegisterAppealSuccess { data { ${APPEAL_FIELDS} } } ${ERRORS} } }`;
const RECONSIDER = `mutation($input: ReconsiderAppealInput!) { reconsiderAppeal(input: $input) {
  __typename ... on MutationReconsiderAppealSuccess { data { ${APPEAL_FIELDS} } } ... on DelegationError { message requiredRole } ${ERRORS} } }`;
const FORWARD = `mutation($input: ForwardAppealInput!) { forwardAppeal(input: $input) {
  __typename ... on MutationForwardAppealSuccess { data { ${APPEAL_FIELDS} } } ${ERRORS} } }`;
const COURT = `mutation($input: RecordCourtOutcomeInput!) { recordCourtOutcome(input: $input) {
  __typename ... on MutationRecordCourtOutcomeSuccess { data { ${APPEAL_FIELDS} } } ${ERRORS} } }`;
const SERVICES = `query($id: ID!) { application(id: $id) { status requestedServices { id serviceType decision { id status outcome } decisions { id status } } } }`;

async function decideInput(caseId: string, serviceId: string, overrides: Record<string, unknown> = {}) {
  return {
    requestedServiceId: serviceId,
    applicationVersion: await versionOf(subgraph.orm, caseId),
    outcome: 'GRANTED',
    validFrom: today,
    legalProvisionId: sol,
    motivation: 'Behovet är utrett och kan tillgodoses med insatsen.',
    ...overrides,
  };
}

beforeAll(async () => {
  subgraph = await startTestSubgraph(applicationsService);
  await seedApplications(subgraph.orm);
  sol = await provisionId(subgraph.orm, 'SOL2025_LIVSFORING');
  signeCase = await submittedApplication(subgraph.orm, {
    services: ['HOME_CARE_PERSONAL', 'SAFETY_ALARM', 'NURSING_HOME'],
    status: 'COMMUNICATED',
    assigneeId: hanna.staffId,
    applicantLegalGender: 'FEMALE',
    submittedAt: new Date(Date.now() - 10 * 86_400_000),
  });
  bigCase = await submittedApplication(subgraph.orm, { services: ['HOME_CARE_SERVICE', 'DAY_ACTIVITY'], status: 'IN_INVESTIGATION', applicantLegalGender: 'MALE' });
  // Signe's investigation was communicated and answered, so a denial may be decided (förvaltningslagen 25 §).
  const em = subgraph.orm.em.fork();
  em.create(Investigation, {
    application: signeCase.id,
    lifeAreas: {},
    serviceDescriptions: Object.fromEntries(Object.values(signeCase.serviceIds).map((id) => [id, 'Beskrivning.'])),
    communicatedAt: new Date(Date.now() - 8 * 86_400_000),
    responseDueOn: addDaysTo(today, 6),
    response: 'Jag har inget att tillägga.',
    respondedAt: new Date(Date.now() - 5 * 86_400_000),
  });
  await em.flush();
});

afterAll(() => subgraph?.close());

describe('bad decisions get typed errors in Swedish', () => {
  it.each([
    [{ hoursPerMonth: -1 }, 'hoursPerMonth', 'Antalet timmar kan inte vara negativt.'],
    [{ hoursPerMonth: 745 }, 'hoursPerMonth', 'En månad har högst 744 timmar. Ange färre timmar.'],
    [{ hoursPerMonth: null }, 'hoursPerMonth', 'Ange hur många timmar i månaden som beviljas.'],
    [{ hoursPerMonth: 20, validTo: addDaysTo(today, -1) }, 'validTo', 'Beslutet kan inte gälla till ett datum före det datum det börjar gälla.'],
    [{ hoursPerMonth: 20, validFrom: '2026-02-30' }, 'validFrom', 'Skriv ett datum som ÅÅÅÅ-MM-DD, till exempel 2026-12-01.'],
  ])('%o is refused on %s', async (overrides, field, message) => {
    const result = await mutate(subgraph, hanna, DECIDE, await decideInput(signeCase.id, signeCase.serviceIds.HOME_CARE_PERSONAL!, overrides));
    expect(result.__typename).toBe('ValidationError');
    expect(result.issues).toContainEqual({ field, message });
  });

  it('refuses hours for a service that is not home care, and a provision not in force', async () => {
    const oldSol = await provisionId(subgraph.orm, 'SOL_4_1');
    const result = await mutate(subgraph, hanna, DECIDE, await decideInput(signeCase.id, signeCase.serviceIds.SAFETY_ALARM!, { hoursPerMonth: 5, legalProvisionId: oldSol }));
    expect(result.issues).toEqual([
      { field: 'hoursPerMonth', message: 'Timmar per månad anges bara för hemtjänst.' },
      { field: 'legalProvisionId', message: 'Lagrummet gäller inte det datum beslutet börjar gälla. Välj ett lagrum som gäller då.' },
    ]);
  });

  it('answers NotFoundError for a service not in any case of the unit, and ConflictError for a stale version', async () => {
    const input = await decideInput(signeCase.id, crypto.randomUUID(), { hoursPerMonth: 10 });
    expect(await mutate(subgraph, hanna, DECIDE, input)).toMatchObject({ __typename: 'NotFoundError' });
    const byKarl = await mutate(subgraph, karl, DECIDE, await decideInput(signeCase.id, signeCase.serviceIds.HOME_CARE_PERSONAL!, { hoursPerMonth: 10 }));
    expect(byKarl).toMatchObject({ __typename: 'NotFoundError' });
    const stale = await mutate(subgraph, hanna, DECIDE, { ...(await decideInput(signeCase.id, signeCase.serviceIds.HOME_CARE_PERSONAL!, { hoursPerMonth: 10 })), applicationVersion: 0 });
    expect(stale).toMatchObject({ __typename: 'ConflictError', currentVersion: await versionOf(subgraph.orm, signeCase.id) });
  });

  it('is FORBIDDEN for outreach staff and the quality council', async () => {
    for (const actor of [outreach, council]) {
      const result = await mutate(subgraph, actor, DECIDE, await decideInput(signeCase.id, signeCase.serviceIds.SAFETY_ALARM!));
      expect(result.errors[0].extensions.code).toBe('FORBIDDEN');
    }
  });
});

describe('deciding with delegation', () => {
  it('lets Hanna grant home care: appeal deadline computed from notification by post, follow-up scheduled, events recorded', async () => {
    const result = await mutate(subgraph, hanna, DECIDE, await decideInput(signeCase.id, signeCase.serviceIds.HOME_CARE_PERSONAL!, { hoursPerMonth: 40 }));
    expect(result.__typename).toBe('MutationDecideSuccess');
    const notifiedOn = addDaysTo(today, 2);
    expect(result.data).toMatchObject({
      status: 'DECIDED',
      outcome: 'GRANTED',
      hoursPerMonth: 40,
      notifiedOn,
      appealDeadline: appealDeadline(notifiedOn),
      decidedBy: { id: hanna.staffId },
      proposedBy: null,
      canAppeal: true,
      legalProvision: { code: 'SOL2025_LIVSFORING', citation: '4 kap. 1 § socialtjänstlagen (2025:400)' },
      followUps: [followUpDueOn({ validFrom: today, validTo: null })],
      application: { id: signeCase.id, status: 'COMMUNICATED' },
    });
    decisionIds.homeCare = result.data.id;
    const types = (await subgraph.orm.em.fork().find(ApplicationEvent, { application: signeCase.id })).map((event) => event.type);
    expect(types).toEqual(expect.arrayContaining(['DECIDED', 'FOLLOW_UP_SCHEDULED']));
  });

  it('refuses to decide the same service twice', async () => {
    const result = await mutate(subgraph, hanna, DECIDE, await decideInput(signeCase.id, signeCase.serviceIds.HOME_CARE_PERSONAL!, { hoursPerMonth: 50 }));
    expect(result.issues).toEqual([{ field: 'requestedServiceId', message: 'Insatsen är redan beslutad. Ett fattat beslut ändras genom omprövning.' }]);
  });

  it('refuses Hanna the nursing home, saying a manager decides, and lets her propose it instead', async () => {
    const refused = await mutate(subgraph, hanna, DECIDE, await decideInput(signeCase.id, signeCase.serviceIds.NURSING_HOME!, { outcome: 'DENIED' }));
    expect(refused).toMatchObject({ __typename: 'DelegationError', requiredRole: 'MANAGER' });
    expect(refused.message).toBe(
      'Beslut om vård- och omsorgsboende fattas av enhetschef eller biträdande enhetschef enligt delegationsordningen. Du kan lämna ett förslag till beslut i stället.',
    );
    const proposed = await mutate(subgraph, hanna, PROPOSE, await decideInput(signeCase.id, signeCase.serviceIds.NURSING_HOME!, { outcome: 'DENIED' }));
    expect(proposed.data).toMatchObject({ status: 'PROPOSED', proposedBy: { id: hanna.staffId } });
    decisionIds.nursingHomeProposal = proposed.data.id;
  });

  it.each(['SERVICE_FLAT', 'SHORT_TERM_STAY'] as const)('refuses Hanna %s too, naming the manager', async (serviceType) => {
    const housing = await submittedApplication(subgraph.orm, { services: [serviceType], status: 'IN_INVESTIGATION' });
    const refused = await mutate(subgraph, hanna, DECIDE, await decideInput(housing.id, housing.serviceIds[serviceType]!));
    expect(refused).toMatchObject({ __typename: 'DelegationError', requiredRole: 'MANAGER' });
    expect(refused.message).toContain('fattas av enhetschef eller biträdande enhetschef');
    expect(await versionOf(subgraph.orm, housing.id)).toBe(1);
  });

  it('refuses home care over 99 hours to a caseworker, whatever the service type of home care', async () => {
    const refused = await mutate(subgraph, hanna, DECIDE, await decideInput(bigCase.id, bigCase.serviceIds.HOME_CARE_SERVICE!, { hoursPerMonth: 120 }));
    expect(refused).toMatchObject({ __typename: 'DelegationError', requiredRole: 'MANAGER' });
    expect(refused.message).toMatch(/^Hemtjänst över 99 timmar i månaden beslutas av enhetschef eller biträdande enhetschef/);
  });

  it('shows proposals in the manager’s decision queue only; the manager decides the proposal itself', async () => {
    expect((await subgraph.request(hanna, QUEUE)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await subgraph.request(karl, QUEUE)).data.decisionQueue).toEqual([]);
    const queue = (await subgraph.request(maria, QUEUE)).data.decisionQueue;
    expect(queue).toEqual([{ id: decisionIds.nursingHomeProposal, status: 'PROPOSED', outcome: 'DENIED', proposedBy: { id: hanna.staffId }, application: { id: signeCase.id } }]);
    const decided = await mutate(subgraph, maria, DECIDE, await decideInput(signeCase.id, signeCase.serviceIds.NURSING_HOME!, { outcome: 'DENIED', notifiedOn: today }));
    expect(decided.data).toMatchObject({ id: decisionIds.nursingHomeProposal, status: 'DECIDED', decidedBy: { id: maria.staffId }, proposedBy: { id: hanna.staffId }, followUps: [] });
    expect(decided.data.appealDeadline).toBe(appealDeadline(today));
    decisionIds.nursingHome = decided.data.id;
    expect((await subgraph.request(maria, QUEUE)).data.decisionQueue).toEqual([]);
  });

  it('makes the case DECIDED when every requested service has a decision in force', async () => {
    const alarm = await mutate(subgraph, hanna, DECIDE, await decideInput(signeCase.id, signeCase.serviceIds.SAFETY_ALARM!, { validTo: addDaysTo(today, 180) }));
    expect(alarm.data.application.status).toBe('DECIDED');
    expect(alarm.data.followUps).toEqual([{ dueOn: addDaysTo(today, 180), reason: 'DECISION_ENDS' }]);
    decisionIds.alarm = alarm.data.id;
  });
});

describe('appeals', () => {
  let nursingAppealId: string;
  let alarmAppealId: string;

  it('registers a paper appeal in time, and a late one marked late', async () => {
    const inTime = await mutate(subgraph, hanna, REGISTER, { decisionId: decisionIds.nursingHome, receivedOn: today, text: 'Jag vill flytta till Solbacka.', channel: 'PAPER' });
    expect(inTime.data).toMatchObject({ inTime: true, status: 'RECEIVED', channel: 'PAPER' });
    nursingAppealId = inTime.data.id;
    // The alarm decision was notified long ago (the letter went out before it was registered here).
    const em = subgraph.orm.em.fork();
    const alarm = await em.findOneOrFail(Decision, decisionIds.alarm!);
    alarm.notifiedOn = addDaysTo(today, -30);
    await em.flush();
    const future = await mutate(subgraph, hanna, REGISTER, { decisionId: decisionIds.alarm, receivedOn: addDaysTo(today, 1), text: 'x', channel: 'PAPER' });
    expect(future.issues).toEqual([{ field: 'receivedOn', message: 'Datumet kan inte vara senare än i dag.' }]);
    expect(appealDeadline(addDaysTo(today, -30)) < today).toBe(true);
    const late = await mutate(subgraph, hanna, REGISTER, { decisionId: decisionIds.alarm, receivedOn: today, text: 'Larmet räcker inte.', channel: 'PAPER' });
    expect(late.data).toMatchObject({ inTime: false, status: 'RECEIVED' });
    alarmAppealId = late.data.id;
    const decisions = await subgraph.request(hanna, `query($id: ID!) { application(id: $id) { requestedServices { serviceType decision { canAppeal appeals { id } } } } }`, { id: signeCase.id });
    const nursing = decisions.data.application.requestedServices.find((service: any) => service.serviceType === 'NURSING_HOME');
    expect(nursing.decision).toEqual({ canAppeal: false, appeals: [{ id: nursingAppealId }] });
  });

  it('checks the appeal input, and answers NotFoundError for a decision of another unit', async () => {
    const bad = await mutate(subgraph, hanna, REGISTER, { decisionId: decisionIds.homeCare, receivedOn: '2026-13-01', text: ' ', channel: 'FAX' });
    expect(bad.issues.map((issue: any) => issue.field)).toEqual(['receivedOn', 'text', 'channel']);
    expect(await mutate(subgraph, karl, REGISTER, { decisionId: decisionIds.homeCare, receivedOn: today, text: 'x', channel: 'PAPER' })).toMatchObject({ __typename: 'NotFoundError' });
  });

  it('refuses Hanna a changed nursing-home decision on reconsideration (delegation), and forwards the appeal to court instead', async () => {
    const change = await decideInput(signeCase.id, signeCase.serviceIds.NURSING_HOME!, { outcome: 'GRANTED' });
    expect(await mutate(subgraph, hanna, RECONSIDER, { appealId: nursingAppealId, change })).toMatchObject({ __typename: 'DelegationError', requiredRole: 'MANAGER' });
    expect(await mutate(subgraph, karl, FORWARD, { appealId: nursingAppealId, forwardedOn: today })).toMatchObject({ __typename: 'NotFoundError' });
    const tomorrow = await mutate(subgraph, hanna, FORWARD, { appealId: nursingAppealId, forwardedOn: addDaysTo(today, 1) });
    expect(tomorrow).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'forwardedOn' }] });
    const forwarded = await mutate(subgraph, hanna, FORWARD, { appealId: nursingAppealId, forwardedOn: today });
    expect(forwarded).toMatchObject({ __typename: 'MutationForwardAppealSuccess', data: { status: 'FORWARDED_TO_COURT', forwardedOn: today } });
    const ruled = (await mutate(subgraph, hanna, COURT, { appealId: nursingAppealId, status: 'COURT_UPHELD', decidedOn: today, note: 'Avslaget står fast.' })).data;
    expect(ruled).toMatchObject({ status: 'COURT_UPHELD', courtDecidedOn: today, courtNote: 'Avslaget står fast.' });
    const wrong = await mutate(subgraph, hanna, COURT, { appealId: nursingAppealId, status: 'RECEIVED', decidedOn: today });
    expect(wrong).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'appealId' }] });
  });

  it('reconsiders the safety alarm: the new decision supersedes the appealed one', async () => {
    const change = await decideInput(signeCase.id, signeCase.serviceIds.SAFETY_ALARM!, { validTo: null, motivation: 'Omprövat: larmet beviljas tills vidare.' });
    const otherService = await mutate(subgraph, hanna, RECONSIDER, { appealId: alarmAppealId, change: { ...change, requestedServiceId: signeCase.serviceIds.HOME_CARE_PERSONAL } });
    expect(otherService.issues).toEqual([{ field: 'change.requestedServiceId', message: 'Ändringen måste gälla samma insats som det överklagade beslutet.' }]);
    const result = await mutate(subgraph, hanna, RECONSIDER, { appealId: alarmAppealId, change });
    expect(result.data).toMatchObject({ status: 'CHANGED_ON_RECONSIDERATION', decision: { id: decisionIds.alarm, status: 'SUPERSEDED' } });
    const services = (await subgraph.request(hanna, SERVICES, { id: signeCase.id })).data.application.requestedServices;
    const alarm = services.find((service: any) => service.serviceType === 'SAFETY_ALARM');
    expect(alarm.decision.status).toBe('DECIDED');
    expect(alarm.decision.id).not.toBe(decisionIds.alarm);
    expect(alarm.decisions.map((decision: any) => decision.status)).toEqual(['DECIDED', 'SUPERSEDED']);
    const superseding = await subgraph.orm.em.fork().findOneOrFail(Decision, alarm.decision.id);
    expect(superseding.supersedes?.id).toBe(decisionIds.alarm);
    const again = await mutate(subgraph, hanna, RECONSIDER, { appealId: alarmAppealId, change: await decideInput(signeCase.id, signeCase.serviceIds.SAFETY_ALARM!) });
    expect(again.issues).toEqual([{ field: 'appealId', message: 'Överklagandet är redan avgjort eller skickat till förvaltningsrätten.' }]);
  });
});

describe('orders, delivery and follow-up', () => {
  const PROVIDERS = `query($type: ServiceType) { providers(serviceType: $type) { totalCount nodes { id name inHouse serviceTypes } } }`;
  const ORDER = `mutation($input: OrderServiceInput!) { orderService(input: $input) {
    __typename ... on MutationOrderServiceSuccess { data { id goals startOn orderedOn planDueOn planReceivedOn planOverdue provider { name } } } ${ERRORS} } }`;
  const PLAN = `mutation($input: RecordImplementationPlanInput!) { recordImplementationPlan(input: $input) {
    __typename ... on MutationRecordImplementationPlanSuccess { data { id planReceivedOn planOverdue } } ${ERRORS} } }`;
  const START = `mutation($input: RecordServiceStartInput!) { recordServiceStart(input: $input) {
    __typename ... on MutationRecordServiceStartSuccess { data { id startedOn order { id } } } ${ERRORS} } }`;
  const DUE = `query($before: String) { followUpsDue(before: $before) { totalCount nodes { id dueOn reason application { id } decision { id } } } }`;
  const COMPLETE = `mutation($input: CompleteFollowUpInput!) { completeFollowUp(input: $input) {
    __typename ... on MutationCompleteFollowUpSuccess { data { id completedOn outcome note } } ${ERRORS} } }`;
  let homeCareProvider: string;
  let alarmProvider: string;
  let orderId: string;

  it('shows a provider’s contact e-mail to staff (forwarding feedback fills it in), never to the public', async () => {
    await seedApplications(subgraph.orm);
    const EMAILS = `{ providers(limit: 100) { nodes { name contactEmail } } }`;
    expect((await subgraph.request({ kind: 'anonymous' }, EMAILS)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await subgraph.request({ kind: 'person', personId: crypto.randomUUID(), actingFor: [] }, EMAILS)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const nodes = (await subgraph.request(hanna, EMAILS)).data.providers.nodes as Array<{ contactEmail: string | null }>;
    expect(nodes.some((provider) => provider.contactEmail?.includes('@'))).toBe(true);
  });

  it('lists providers publicly, the city’s own first, by service; seeding again adds nothing', async () => {
    await seedApplications(subgraph.orm);
    const all = (await subgraph.request({ kind: 'anonymous' }, PROVIDERS)).data.providers;
    expect(all.totalCount).toBe(10);
    const homeCare = (await subgraph.request({ kind: 'anonymous' }, PROVIDERS, { type: 'HOME_CARE_PERSONAL' })).data.providers.nodes;
    expect(homeCare[0]).toMatchObject({ name: 'Hemtjänst Hägersten-Älvsjö (egen regi)', inHouse: true });
    expect(homeCare.every((provider: any) => provider.serviceTypes.includes('HOME_CARE_PERSONAL'))).toBe(true);
    // A private provider that serves Hägersten, where the fixture's applicant lives.
    homeCareProvider = homeCare.find((provider: any) => provider.name === 'Omsorgsgruppen Söderljus AB').id;
    alarmProvider = (await subgraph.request(hanna, PROVIDERS, { type: 'SAFETY_ALARM' })).data.providers.nodes[0].id;
  });

  it('orders granted home care from the chosen provider; a provider without the service or a denied decision is refused', async () => {
    const wrongProvider = await mutate(subgraph, hanna, ORDER, { decisionId: decisionIds.homeCare, providerId: alarmProvider, goals: 'Trygg vardag.', startOn: today });
    expect(wrongProvider.issues).toEqual([{ field: 'providerId', message: 'Utföraren utför inte den här insatsen. Välj en annan utförare.' }]);
    const denied = await mutate(subgraph, hanna, ORDER, { decisionId: decisionIds.nursingHome, providerId: homeCareProvider, goals: 'x', startOn: today });
    expect(denied.issues[0].field).toBe('decisionId');
    expect(await mutate(subgraph, karl, ORDER, { decisionId: decisionIds.homeCare, providerId: homeCareProvider, goals: 'x', startOn: today })).toMatchObject({ __typename: 'NotFoundError' });
    const ordered = await mutate(subgraph, hanna, ORDER, { decisionId: decisionIds.homeCare, providerId: homeCareProvider, goals: 'Signe duschar själv med stöd.', startOn: addDaysTo(today, 7) });
    expect(ordered.data).toMatchObject({ orderedOn: today, planDueOn: addDaysTo(today, 14), planReceivedOn: null, planOverdue: false });
    orderId = ordered.data.id;
  });

  it('marks a plan missing after 14 days as overdue, until it arrives', async () => {
    const em = subgraph.orm.em.fork();
    const order = await em.findOneOrFail(ServiceOrder, orderId);
    order.orderedOn = addDaysTo(today, -15);
    await em.flush();
    const decision = await subgraph.request(hanna, `query($id: ID!) { application(id: $id) { requestedServices { decision { order { planOverdue } } } } }`, { id: signeCase.id });
    expect(decision.data.application.requestedServices[0].decision.order.planOverdue).toBe(true);
    expect(await mutate(subgraph, karl, PLAN, { orderId, receivedOn: today })).toMatchObject({ __typename: 'NotFoundError' });
    const early = await mutate(subgraph, hanna, PLAN, { orderId, receivedOn: addDaysTo(today, -16) });
    expect(early).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'receivedOn' }] });
    const received = (await mutate(subgraph, hanna, PLAN, { orderId, receivedOn: today })).data;
    expect(received).toEqual({ id: orderId, planReceivedOn: today, planOverdue: false });
  });

  it('records the start of delivery', async () => {
    expect(await mutate(subgraph, karl, START, { decisionId: decisionIds.homeCare, startedOn: today })).toMatchObject({ __typename: 'NotFoundError' });
    const future = await mutate(subgraph, hanna, START, { decisionId: decisionIds.homeCare, startedOn: addDaysTo(today, 1) });
    expect(future).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'startedOn' }] });
    const started = (await mutate(subgraph, hanna, START, { decisionId: decisionIds.homeCare, startedOn: today })).data;
    expect(started).toEqual({ id: decisionIds.homeCare, startedOn: today, order: { id: orderId } });
  });

  it('lists follow-ups falling due, and CONTINUE schedules the next one', async () => {
    expect((await subgraph.request(hanna, DUE)).data.followUpsDue.totalCount).toBe(0);
    const due = (await subgraph.request(hanna, DUE, { before: addDaysTo(today, 400) })).data.followUpsDue;
    const homeCare = due.nodes.find((node: any) => node.decision.id === decisionIds.homeCare);
    expect(homeCare).toMatchObject({ reason: 'YEARLY', application: { id: signeCase.id } });
    expect((await subgraph.request(karl, DUE, { before: addDaysTo(today, 400) })).data.followUpsDue.totalCount).toBe(0);
    expect(await mutate(subgraph, karl, COMPLETE, { followUpId: homeCare.id, outcome: 'END', note: 'x' })).toMatchObject({ __typename: 'NotFoundError' });
    const done = (await mutate(subgraph, hanna, COMPLETE, { followUpId: homeCare.id, outcome: 'CONTINUE', note: 'Fungerar bra.' })).data;
    expect(done).toMatchObject({ completedOn: today, outcome: 'CONTINUE', note: 'Fungerar bra.' });
    const next = await subgraph.orm.em.fork().find(FollowUp, { decision: decisionIds.homeCare, completedOn: null });
    expect(next.map((followUp) => followUp.dueOn)).toEqual([followUpDueOn({ validFrom: today, validTo: null }).dueOn]);
    const twice = await mutate(subgraph, hanna, COMPLETE, { followUpId: homeCare.id, outcome: 'END', note: 'x' });
    expect(twice).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'followUpId', message: 'Uppföljningen är redan gjord.' }] });
  });
});

describe('reports and statistics', () => {
  const NOT_STARTED = `query($quarter: String!) { notStartedReport(quarter: $quarter) { decidedOn daysWaiting application { id } decision { id } } }`;
  const STATISTICS = `query($from: String!, $to: String!) { statistics(from: $from, to: $to) {
    decisionsPerMonth { month serviceType gender granted denied }
    daysToDecision { all { count median p90 } women { count median p90 } men { count median p90 } }
    callbacksWithin48h { all women men count }
    investigationsDescribingAll { all women men count } } }`;
  const quarterOf = (day: string) => `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;

  it('reports a granted decision not started within three months to IVO, also as CSV', async () => {
    const waiting = await submittedApplication(subgraph.orm, { services: ['SAFETY_ALARM'], status: 'DECIDED', applicantLegalGender: 'MALE' });
    const em = subgraph.orm.em.fork();
    const decidedAt = new Date(Date.now() - 120 * 86_400_000);
    em.create(Decision, { requestedService: waiting.serviceIds.SAFETY_ALARM!, status: 'DECIDED', outcome: 'GRANTED', motivation: 'Beviljas.', decidedAt, decidedById: hanna.staffId, validFrom: today });
    await em.flush();
    const items = (await subgraph.request(hanna, NOT_STARTED, { quarter: quarterOf(today) })).data.notStartedReport;
    expect(items).toEqual([expect.objectContaining({ application: { id: waiting.id }, daysWaiting: expect.any(Number) })]);
    expect(items[0].daysWaiting).toBeGreaterThanOrEqual(119);
    expect((await subgraph.request(karl, NOT_STARTED, { quarter: quarterOf(today) })).data.notStartedReport).toEqual([]);
    const csv = (await subgraph.request(hanna, `query($quarter: String!) { notStartedReportCsv(quarter: $quarter) }`, { quarter: quarterOf(today) })).data.notStartedReportCsv;
    const [header, row] = csv.split('\r\n');
    expect(header).toBe('Ärendenummer;Insats;Beslut;Beslutsdatum;Verkställd;Dagar i väntan;Kön');
    expect(row).toContain(';trygghetslarm;Bifall;');
    expect(row).toMatch(/;Man$/);
    const bad = await subgraph.request(hanna, NOT_STARTED, { quarter: '2026-4' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('gives managers and the quality council statistics split by gender, and refuses caseworkers', async () => {
    const from = addDaysTo(today, -30);
    // Callbacks three days ago: one done in time, one done late, one never done; all about Signe.
    const em = subgraph.orm.em.fork();
    const requestedAt = new Date(Date.now() - 3 * 86_400_000);
    const dueAt = new Date(requestedAt.getTime() + 48 * 3_600_000);
    const signe = (await em.findOneOrFail(Application, signeCase.id)).applicantId;
    em.create(CallbackRequest, { personId: signe, unit: UNIT, phone: '070-1', requestedAt, dueAt, completedAt: new Date(requestedAt.getTime() + 3_600_000) });
    em.create(CallbackRequest, { personId: signe, unit: UNIT, phone: '070-1', requestedAt, dueAt, completedAt: new Date(dueAt.getTime() + 3_600_000) });
    em.create(CallbackRequest, { personId: crypto.randomUUID(), unit: UNIT, phone: '070-1', requestedAt, dueAt });
    // Signe's investigation, communicated eight days ago (beforeAll), describes all three services; Bo's describes one of two.
    em.create(Investigation, { application: bigCase.id, lifeAreas: {}, serviceDescriptions: { [bigCase.serviceIds.HOME_CARE_SERVICE!]: 'Städning.' }, communicatedAt: new Date() });
    await em.flush();

    const result = (await subgraph.request(maria, STATISTICS, { from, to: today })).data.statistics;
    const month = today.slice(0, 7);
    expect(result.decisionsPerMonth).toEqual(
      expect.arrayContaining([
        { month, serviceType: 'HOME_CARE_PERSONAL', gender: 'FEMALE', granted: 1, denied: 0 },
        { month, serviceType: 'NURSING_HOME', gender: 'FEMALE', granted: 0, denied: 1 },
        { month, serviceType: 'SAFETY_ALARM', gender: 'FEMALE', granted: 2, denied: 0 },
      ]),
    );
    expect(result.daysToDecision.women).toEqual({ count: 1, median: 10, p90: 10 });
    expect(result.daysToDecision.men.count).toBe(0);
    expect(result.callbacksWithin48h).toEqual({ all: 33.3, women: 50, men: null, count: 3 });
    expect(result.investigationsDescribingAll).toEqual({ all: 50, women: 100, men: 0, count: 2 });
    expect((await subgraph.request(council, STATISTICS, { from, to: today })).data.statistics.daysToDecision.all.count).toBe(1);
    expect((await subgraph.request(hanna, STATISTICS, { from, to: today })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await subgraph.request(outreach, STATISTICS, { from, to: today })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const backwards = await subgraph.request(maria, STATISTICS, { from: today, to: from });
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ field: 'to', message: 'Startdatum kan inte vara efter slutdatum.' }] });
  });

  it('exports the statistics as CSV with a Swedish header and ;', async () => {
    const csv = (await subgraph.request(maria, `query($from: String!, $to: String!) { statisticsCsv(from: $from, to: $to) }`, { from: addDaysTo(today, -30), to: today })).data.statisticsCsv;
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('Indikator;Period;Insats;Kön;Beviljade;Avslag;Antal;Median (dagar);90:e percentil (dagar);Andel (%)');
    expect(lines).toContain(`Beslut per månad;${today.slice(0, 7)};Vård- och omsorgsboende;Kvinna;0;1;1;;;`);
    expect(lines.some((line: string) => line.startsWith('Dagar från ansökan till första beslut;') && line.includes(';Kvinnor;;;1;10;10;'))).toBe(true);
  });
});
