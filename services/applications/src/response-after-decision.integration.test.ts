import { startTestSubgraph, type TestSubgraph } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDaysTo } from './domain/calendar.ts';
import { todayInStockholm } from './domain/stockholm-time.ts';
import { ApplicationEvent } from './entities/application-event.ts';
import { Application } from './entities/application.ts';
import { Investigation } from './entities/investigation.ts';
import { seedApplications } from './seed/seed.ts';
import { applicationsService } from './service.ts';
import { citizen, ERRORS, mutate, provisionId, staff, submittedApplication, versionOf } from './testing/casework-fixtures.ts';

// A response to the communicated investigation is for the decision still to be made: once
// everything is decided, neither the applicant nor staff can put one into the case.
let subgraph: TestSubgraph;
const hanna = staff(['CASEWORKER']);
const signeId = crypto.randomUUID();
const signe = citizen(signeId);
const today = todayInStockholm();
let sol: string;

const RESPOND = `mutation($input: RespondToInvestigationInput!) { respondToInvestigation(input: $input) {
  __typename ... on MutationRespondToInvestigationSuccess { data { id communicatedInvestigation { response canRespond } } } ${ERRORS} } }`;
const RECORD = `mutation($input: RecordInvestigationResponseInput!) { recordInvestigationResponse(input: $input) {
  __typename ... on MutationRecordInvestigationResponseSuccess { data { id } } ${ERRORS} } }`;
const DECIDE = `mutation($input: DecideInput!) { decide(input: $input) { __typename ... on MutationDecideSuccess { data { id } } ${ERRORS} } }`;
const CAN_RESPOND = `query($id: ID!) { application(id: $id) { status communicatedInvestigation { canRespond } } }`;

/** A case whose investigation went out an hour ago, with a week left to respond. */
async function communicatedCase(services: Array<'SAFETY_ALARM' | 'MEAL_DELIVERY'>) {
  const sent = await submittedApplication(subgraph.orm, { applicantId: signeId, services, status: 'COMMUNICATED', assigneeId: hanna.staffId });
  const em = subgraph.orm.em.fork();
  em.create(Investigation, { application: sent.id, lifeAreas: {}, serviceDescriptions: {}, communicatedAt: new Date(Date.now() - 3_600_000), responseDueOn: addDaysTo(today, 7) });
  await em.flush();
  return sent;
}

async function grant(caseId: string, serviceId: string) {
  const result = await mutate(subgraph, hanna, DECIDE, {
    requestedServiceId: serviceId,
    applicationVersion: await versionOf(subgraph.orm, caseId),
    outcome: 'GRANTED',
    validFrom: today,
    legalProvisionId: sol,
    motivation: 'Behovet är utrett.',
  });
  expect(result.__typename).toBe('MutationDecideSuccess');
}

async function stored(caseId: string) {
  const em = subgraph.orm.em.fork();
  const investigation = await em.findOneOrFail(Investigation, { application: caseId });
  return {
    response: investigation.response ?? null,
    respondedAt: investigation.respondedAt ?? null,
    responseEvents: await em.count(ApplicationEvent, { application: caseId, type: 'RESPONDED' }),
    version: (await em.findOneOrFail(Application, caseId)).version,
  };
}

beforeAll(async () => {
  subgraph = await startTestSubgraph(applicationsService);
  await seedApplications(subgraph.orm);
  sol = await provisionId(subgraph.orm, 'SOL2025_LIVSFORING');
});

afterAll(() => subgraph?.close());

describe('a response after everything is decided', () => {
  it('is refused to the applicant in Swedish, though the window is open, and nothing is stored', async () => {
    const alarm = await communicatedCase(['SAFETY_ALARM']);
    await grant(alarm.id, alarm.serviceIds.SAFETY_ALARM!);
    expect((await subgraph.request(signe, CAN_RESPOND, { id: alarm.id })).data.application).toEqual({ status: 'DECIDED', communicatedInvestigation: { canRespond: false } });
    const before = await stored(alarm.id);

    const refused = await mutate(subgraph, signe, RESPOND, { applicationId: alarm.id, response: 'Jag vill hellre ha hjälp på morgonen.' });
    expect(refused.__typename).toBe('ValidationError');
    expect(refused.message).toMatch(/^Allt du har ansökt om är redan beslutat, så ett svar på utredningen kan inte längre läggas till\./);
    expect(refused.issues).toEqual([{ field: 'response', message: refused.message }]);
    expect(await stored(alarm.id)).toEqual({ ...before, response: null, respondedAt: null, responseEvents: 0 });
  });

  it('is refused in the user’s language (Finnish)', async () => {
    const alarm = await communicatedCase(['SAFETY_ALARM']);
    await grant(alarm.id, alarm.serviceIds.SAFETY_ALARM!);
    const result = await subgraph.request(signe, RESPOND, { input: { applicationId: alarm.id, response: 'Haluan apua aamulla.' } }, 'fi');
    expect(result.data.respondToInvestigation.message).toMatch(/^Kaikesta, mitä haet, on jo tehty päätös/);
    expect((await stored(alarm.id)).response).toBeNull();
  });

  it('is refused when staff record a letter that came in, and nothing is stored', async () => {
    const alarm = await communicatedCase(['SAFETY_ALARM']);
    await grant(alarm.id, alarm.serviceIds.SAFETY_ALARM!);
    const before = await stored(alarm.id);
    const refused = await mutate(subgraph, hanna, RECORD, { applicationId: alarm.id, version: before.version, response: 'Brev från Signe.', receivedOn: today });
    expect(refused.__typename).toBe('ValidationError');
    expect(refused.issues).toEqual([{ field: 'applicationId', message: expect.stringMatching(/^Allt i ärendet är redan beslutat/) }]);
    expect(await stored(alarm.id)).toEqual(before);
  });

  it('is still taken while one of two services waits for its decision, and then not again', async () => {
    const both = await communicatedCase(['SAFETY_ALARM', 'MEAL_DELIVERY']);
    await grant(both.id, both.serviceIds.SAFETY_ALARM!);
    const answered = await mutate(subgraph, signe, RESPOND, { applicationId: both.id, response: 'Maten vill jag ha utan fisk.' });
    expect(answered.__typename).toBe('MutationRespondToInvestigationSuccess');
    expect(answered.data.communicatedInvestigation).toEqual({ response: 'Maten vill jag ha utan fisk.', canRespond: false });
    expect((await stored(both.id)).responseEvents).toBe(1);
  });
});
