import { startTestSubgraph, type TestSubgraph } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDaysTo } from './domain/calendar.ts';
import { todayInStockholm } from './domain/stockholm-time.ts';
import { Appeal } from './entities/appeal.ts';
import { ApplicationEvent } from './entities/application-event.ts';
import { Decision } from './entities/decision.ts';
import { Investigation } from './entities/investigation.ts';
import { seedApplications } from './seed/seed.ts';
import { applicationsService } from './service.ts';
import { citizen, ERRORS, mutate, OTHER_UNIT, provisionId, staff, submittedApplication, versionOf } from './testing/casework-fixtures.ts';

// Förvaltningslagen 25 §: a decision against the applicant waits for communication, or records an exception.
let subgraph: TestSubgraph;
const hanna = staff(['CASEWORKER']);
const maria = staff(['MANAGER']);
const today = todayInStockholm();
let sol: string;

const DECIDE = `mutation($input: DecideInput!) { decide(input: $input) {
  __typename ... on MutationDecideSuccess { data { id status outcome communicationException communicationExceptionNote } } ${ERRORS} } }`;
const PROPOSE = `mutation($input: DecideInput!) { proposeDecision(input: $input) {
  __typename ... on MutationProposeDecisionSuccess { data { id status communicationException communicationExceptionNote } } ${ERRORS} } }`;
const RECONSIDER = `mutation($input: ReconsiderAppealInput!) { reconsiderAppeal(input: $input) {
  __typename ... on MutationReconsiderAppealSuccess { data { id status } } ${ERRORS} } }`;
const STATUS = `query($id: ID!) { application(id: $id) { communicationBeforeDecision { state responseDueOn adverseDecisionAllowed } } }`;

async function newCase(services: Array<'SAFETY_ALARM' | 'HOME_CARE_SERVICE' | 'NURSING_HOME'> = ['SAFETY_ALARM']) {
  return submittedApplication(subgraph.orm, { services, status: 'IN_INVESTIGATION', assigneeId: hanna.staffId });
}

async function communicate(caseId: string, responseDueOn: string, respondedAt: Date | null = null) {
  const em = subgraph.orm.em.fork();
  em.create(Investigation, { application: caseId, lifeAreas: {}, serviceDescriptions: {}, communicatedAt: new Date(Date.now() - 3_600_000), responseDueOn, respondedAt, response: respondedAt ? 'Synpunkter.' : null });
  await em.flush();
}

async function input(caseId: string, serviceId: string, overrides: Record<string, unknown> = {}) {
  return {
    requestedServiceId: serviceId,
    applicationVersion: await versionOf(subgraph.orm, caseId),
    outcome: 'DENIED',
    validFrom: today,
    legalProvisionId: sol,
    motivation: 'Behovet tillgodoses på annat sätt.',
    ...overrides,
  };
}

beforeAll(async () => {
  subgraph = await startTestSubgraph(applicationsService);
  await seedApplications(subgraph.orm);
  sol = await provisionId(subgraph.orm, 'SOL2025_LIVSFORING');
});

afterAll(() => subgraph?.close());

describe('a decision against the applicant before communication', () => {
  it('is refused in Swedish when nothing was communicated, nothing saved; a grant as asked is not', async () => {
    const alarm = await newCase(['SAFETY_ALARM', 'HOME_CARE_SERVICE']);
    expect(await subgraph.request(hanna, STATUS, { id: alarm.id })).toMatchObject({
      data: { application: { communicationBeforeDecision: { state: 'NOT_COMMUNICATED', responseDueOn: null, adverseDecisionAllowed: false } } },
    });
    for (const outcome of ['DENIED', 'PARTLY_GRANTED']) {
      const refused = await mutate(subgraph, hanna, DECIDE, await input(alarm.id, alarm.serviceIds.SAFETY_ALARM!, { outcome }));
      expect(refused.__typename).toBe('ValidationError');
      expect(refused.message).toMatch(/^Utredningen är inte kommunicerad\. Ett avslag eller delvis bifall får fattas först/);
      expect(refused.issues).toEqual([{ field: 'communicationException', message: refused.message }]);
    }
    expect(await versionOf(subgraph.orm, alarm.id)).toBe(1);
    expect(await subgraph.orm.em.fork().count(Decision, { requestedService: alarm.serviceIds.SAFETY_ALARM })).toBe(0);
    const granted = await mutate(subgraph, hanna, DECIDE, await input(alarm.id, alarm.serviceIds.SAFETY_ALARM!, { outcome: 'GRANTED' }));
    expect(granted.data).toMatchObject({ status: 'DECIDED', communicationException: null, communicationExceptionNote: null });
  });

  it('is refused while the response window is open, saying until which day (Stockholm), in the user’s language', async () => {
    const alarm = await newCase();
    const lastDay = addDaysTo(today, 7);
    await communicate(alarm.id, lastDay);
    expect((await subgraph.request(hanna, STATUS, { id: alarm.id })).data.application.communicationBeforeDecision).toEqual({
      state: 'WINDOW_OPEN',
      responseDueOn: lastDay,
      adverseDecisionAllowed: false,
    });
    const written = new Intl.DateTimeFormat('sv-SE', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${lastDay}T00:00:00Z`));
    const refused = await mutate(subgraph, hanna, DECIDE, await input(alarm.id, alarm.serviceIds.SAFETY_ALARM!));
    expect(refused.message).toBe(
      `Personen får svara på utredningen till och med ${written}. Ett avslag eller delvis bifall får fattas först efter det eller när svaret har kommit in, om du inte väljer ett undantag enligt 25 § förvaltningslagen och skriver varför det gäller.`,
    );
    const english = await subgraph.request(hanna, DECIDE, { input: await input(alarm.id, alarm.serviceIds.SAFETY_ALARM!) }, 'en');
    const writtenInEnglish = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${lastDay}T00:00:00Z`));
    expect(english.data.decide.message).toMatch(new RegExp(`^The person may respond to the investigation until and including ${writtenInEnglish}\\.`));
  });

  it('is allowed once the applicant responded, or once the last day passed', async () => {
    const responded = await newCase();
    await communicate(responded.id, addDaysTo(today, 7), new Date());
    expect((await mutate(subgraph, hanna, DECIDE, await input(responded.id, responded.serviceIds.SAFETY_ALARM!))).data).toMatchObject({ status: 'DECIDED', communicationException: null });
    const passed = await newCase();
    await communicate(passed.id, addDaysTo(today, -1));
    expect((await subgraph.request(hanna, STATUS, { id: passed.id })).data.application.communicationBeforeDecision.state).toBe('WINDOW_PASSED');
    expect((await mutate(subgraph, hanna, DECIDE, await input(passed.id, passed.serviceIds.SAFETY_ALARM!, { outcome: 'PARTLY_GRANTED' }))).data.status).toBe('DECIDED');
  });

  it('is allowed under an exception of 25 § only with a note, recorded with the decision and its event', async () => {
    const urgent = await newCase();
    const noNote = await mutate(subgraph, hanna, DECIDE, await input(urgent.id, urgent.serviceIds.SAFETY_ALARM!, { communicationException: 'CANNOT_BE_DEFERRED', communicationExceptionNote: '  ' }));
    expect(noNote.issues).toEqual([{ field: 'communicationExceptionNote', message: 'Skriv varför undantaget från kommunicering gäller i det här ärendet.' }]);
    const tooLong = await subgraph.request(hanna, DECIDE, { input: await input(urgent.id, urgent.serviceIds.SAFETY_ALARM!, { communicationException: 'CANNOT_BE_DEFERRED', communicationExceptionNote: 'x'.repeat(2001) }) });
    expect(JSON.stringify(tooLong)).not.toContain('MutationDecideSuccess');
    const decided = await mutate(
      subgraph,
      hanna,
      DECIDE,
      await input(urgent.id, urgent.serviceIds.SAFETY_ALARM!, { communicationException: 'CANNOT_BE_DEFERRED', communicationExceptionNote: ' Utskrivning från sjukhus i dag. ' }),
    );
    expect(decided.data).toMatchObject({ status: 'DECIDED', communicationException: 'CANNOT_BE_DEFERRED', communicationExceptionNote: 'Utskrivning från sjukhus i dag.' });
    const event = await subgraph.orm.em.fork().findOneOrFail(ApplicationEvent, { application: urgent.id, type: 'DECIDED' });
    expect(event.data).toMatchObject({ communicationException: 'CANNOT_BE_DEFERRED' });
  });

  it('checks the manager deciding a caseworker’s proposal too; the proposal keeps the exception chosen', async () => {
    const nursing = await newCase(['NURSING_HOME']);
    const proposed = await mutate(subgraph, hanna, PROPOSE, await input(nursing.id, nursing.serviceIds.NURSING_HOME!, { communicationException: 'OBVIOUSLY_UNNECESSARY', communicationExceptionNote: 'Har redan yttrat sig.' }));
    expect(proposed.data).toMatchObject({ status: 'PROPOSED', communicationException: 'OBVIOUSLY_UNNECESSARY', communicationExceptionNote: 'Har redan yttrat sig.' });
    const refused = await mutate(subgraph, maria, DECIDE, await input(nursing.id, nursing.serviceIds.NURSING_HOME!));
    expect(refused.issues).toEqual([{ field: 'communicationException', message: expect.stringMatching(/^Utredningen är inte kommunicerad/) }]);
    const decided = await mutate(subgraph, maria, DECIDE, await input(nursing.id, nursing.serviceIds.NURSING_HOME!, { communicationException: 'OBVIOUSLY_UNNECESSARY', communicationExceptionNote: 'Har redan yttrat sig.' }));
    expect(decided.data).toMatchObject({ id: proposed.data.id, status: 'DECIDED', communicationException: 'OBVIOUSLY_UNNECESSARY' });
  });

  it('does not record an exception a decision did not need', async () => {
    const responded = await newCase();
    await communicate(responded.id, addDaysTo(today, 7), new Date());
    const decided = await mutate(subgraph, hanna, DECIDE, await input(responded.id, responded.serviceIds.SAFETY_ALARM!, { communicationException: 'CANNOT_BE_DEFERRED', communicationExceptionNote: 'Onödigt.' }));
    expect(decided.data).toMatchObject({ status: 'DECIDED', communicationException: null, communicationExceptionNote: null });
  });

  it('checks a changed decision on reconsideration of an appeal too', async () => {
    const alarm = await newCase();
    const em = subgraph.orm.em.fork();
    // A denial made before this rule, without communication, now appealed.
    const denied = em.create(Decision, {
      requestedService: alarm.serviceIds.SAFETY_ALARM!,
      status: 'DECIDED',
      outcome: 'DENIED',
      motivation: 'Avslås.',
      decidedAt: new Date(),
      validFrom: today,
      notifiedOn: today,
      appealDeadline: addDaysTo(today, 21),
    });
    const appeal = em.create(Appeal, { decision: denied, receivedOn: today, channel: 'PAPER', text: 'Jag behöver larmet.', inTime: true });
    await em.flush();
    const change = await input(alarm.id, alarm.serviceIds.SAFETY_ALARM!, { outcome: 'PARTLY_GRANTED' });
    const refused = await mutate(subgraph, hanna, RECONSIDER, { appealId: appeal.id, change });
    expect(refused.issues).toEqual([{ field: 'change.communicationException', message: expect.stringMatching(/^Utredningen är inte kommunicerad/) }]);
    const granted = await mutate(subgraph, hanna, RECONSIDER, { appealId: appeal.id, change: { ...change, outcome: 'GRANTED' } });
    expect(granted.data).toMatchObject({ status: 'CHANGED_ON_RECONSIDERATION' });
  });
});

describe('where communication stands', () => {
  it('is not for the applicant, outreach staff or another unit', async () => {
    const alarm = await newCase();
    await communicate(alarm.id, addDaysTo(today, 7));
    const applicant = await subgraph.request(citizen(alarm.applicantId), STATUS, { id: alarm.id });
    expect(applicant.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(applicant.data?.application?.communicationBeforeDecision ?? null).toBeNull();
    const outreach = await subgraph.request(staff(['OUTREACH']), STATUS, { id: alarm.id });
    expect(outreach.data?.application?.communicationBeforeDecision ?? null).toBeNull();
    const otherUnit = await subgraph.request(staff(['CASEWORKER'], OTHER_UNIT), STATUS, { id: alarm.id });
    expect(otherUnit.data?.application ?? null).toBeNull();
  });
});
