import { AccessLogEntry, type Actor } from '@omsorg/platform';
import { startTestSubgraph, type TestSubgraph } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyAnswers } from './domain/answers.ts';
import { appealDeadline } from './domain/appeal-deadline.ts';
import { addDaysTo } from './domain/calendar.ts';
import { callbackDueAt } from './domain/callbacks.ts';
import { todayInStockholm } from './domain/stockholm-time.ts';
import { Appeal } from './entities/appeal.ts';
import { ApplicationEvent } from './entities/application-event.ts';
import { Application } from './entities/application.ts';
import { CallbackRequest } from './entities/callback-request.ts';
import { Decision } from './entities/decision.ts';
import { Investigation } from './entities/investigation.ts';
import { LegalProvision } from './entities/legal-provision.ts';
import { RequestedService } from './entities/requested-service.ts';
import { letterTemplate } from './letters/templates.ts';
import { recordEvent } from './queries/events.ts';
import { applicationsService } from './service.ts';
import { pdfText } from './testing/pdf-text.ts';

const UNIT = 'Beställarenheten äldre, Hägersten-Älvsjö';
const signeId = crypto.randomUUID();
const erikId = crypto.randomUUID();
const karlId = crypto.randomUUID();
const signe: Actor = { kind: 'person', personId: signeId, actingFor: [] };
const erik: Actor = { kind: 'person', personId: erikId, actingFor: [signeId] };
const karl: Actor = { kind: 'person', personId: karlId, actingFor: [] };
const hanna: Actor = { kind: 'staff', staffId: crypto.randomUUID(), roles: ['CASEWORKER'], unit: UNIT };
const today = todayInStockholm();

let subgraph: TestSubgraph;

type Case = { application: Application; services: Record<'home' | 'alarm' | 'nursing', RequestedService>; decisions: Record<'home' | 'alarm' | 'nursing', Decision> };

/**
 * A sent case of Signe's as the staff side leaves it: investigated and communicated, home care
 * granted, the safety alarm denied, the nursing home only proposed.
 */
async function seedCase(options: { responseDueOn?: string; communicated?: boolean; notifiedOn?: string; reference: string }): Promise<Case> {
  const em = subgraph.orm.em.fork();
  const staff = hanna as Extract<Actor, { kind: 'staff' }>;
  const provision =
    (await em.findOne(LegalProvision, { code: 'SOL-4-1' })) ??
    em.create(LegalProvision, { code: 'SOL-4-1', law: 'SOL', citation: '4 kap. 1 § socialtjänstlagen (2001:453)', title: 'Bistånd', validFrom: '2002-01-01' });
  const application = em.create(Application, {
    reference: options.reference,
    applicantId: signeId,
    submittedById: erikId,
    unit: UNIT,
    status: 'DECIDED',
    answers: emptyAnswers(),
    submittedAt: new Date(),
  });
  const services = {
    home: em.create(RequestedService, { application, serviceType: 'HOME_CARE_PERSONAL', needs: 'Hjälp att duscha.' }),
    alarm: em.create(RequestedService, { application, serviceType: 'SAFETY_ALARM', needs: 'Jag faller.' }),
    nursing: em.create(RequestedService, { application, serviceType: 'NURSING_HOME', needs: 'Jag klarar mig inte hemma.' }),
  };
  const communicated = options.communicated ?? true;
  em.create(Investigation, {
    application,
    lifeAreas: {
      PERSONAL_CARE: { needs: 'Behöver hjälp med dusch.', wishes: 'Vill duscha på morgonen.', resources: 'Klarar av- och påklädning.' },
      SAFETY: { needs: 'Har fallit två gånger.', wishes: 'Vill känna sig trygg.', resources: 'Sonen ringer varje dag.' },
    },
    serviceDescriptions: { [services.home.id]: 'Signe söker hjälp med personlig omvårdnad.', [services.nursing.id]: 'Signe söker vård- och omsorgsboende.' },
    assessment: 'BEDÖMNING-HEMLIG: handläggarens bedömning',
    violenceScreening: { askedOn: today, method: 'FREDA', answers: { q1: 'VÅLD-HEMLIGT svar' }, notes: 'VÅLD-HEMLIG anteckning' },
    communicatedAt: communicated ? new Date() : null,
    responseDueOn: communicated ? (options.responseDueOn ?? addDaysTo(today, 7)) : null,
  });
  const decided = { status: 'DECIDED' as const, decidedAt: new Date('2026-10-30T10:00:00Z'), decidedById: staff.staffId, notifiedOn: options.notifiedOn ?? today, legalProvision: provision };
  const decisions = {
    home: em.create(Decision, { ...decided, requestedService: services.home, outcome: 'GRANTED', hoursPerMonth: 40, validFrom: '2026-11-02', motivation: 'Du behöver hjälp morgon och kväll.' }),
    alarm: em.create(Decision, { ...decided, requestedService: services.alarm, outcome: 'DENIED', motivation: 'Du har redan ett larm från regionen.' }),
    nursing: em.create(Decision, { requestedService: services.nursing, status: 'PROPOSED', outcome: 'DENIED', motivation: 'Förslag.', proposedById: staff.staffId }),
  };
  const history = [
    recordEvent(em, application, erik, 'SUBMITTED', { reference: options.reference }),
    recordEvent(em, application, hanna, 'TAKEN'),
    recordEvent(em, application, hanna, 'VIOLENCE_SCREENING_SAVED'),
    recordEvent(em, application, hanna, 'COMMUNICATED'),
    recordEvent(em, application, hanna, 'DECISION_PROPOSED', { decisionId: decisions.nursing.id }),
  ];
  history.forEach((event, day) => (event.at = new Date(Date.UTC(2026, 9, 20 + day, 9))));
  await em.flush();
  return { application, services, decisions };
}

const CASE = `query($id: ID!) { application(id: $id) { id timeline { type actor { id } data }
  communicatedInvestigation { communicatedAt responseDueOn lifeAreas { area needs wishes resources } serviceDescriptions { requestedServiceId serviceType text } response respondedAt canRespond } } }`;
const RESPOND = `mutation($input: RespondToInvestigationInput!) { respondToInvestigation(input: $input) { __typename
  ... on MutationRespondToInvestigationSuccess { data { id version communicatedInvestigation { response respondedAt canRespond } } }
  ... on ValidationError { message issues { field message } } ... on NotFoundError { message } } }`;
const APPEAL = `mutation($input: AppealDecisionInput!) { appealDecision(input: $input) { __typename
  ... on MutationAppealDecisionSuccess { data { id receivedOn channel text inTime status } }
  ... on ValidationError { message issues { field message } } ... on NotFoundError { message } } }`;
const LETTER = `query($id: ID!, $name: String) { application(id: $id) { decisionLetter(recipientName: $name) { fileName contentBase64 } } }`;

const respond = async (actor: Actor, applicationId: string, response: string) =>
  (await subgraph.request(actor, RESPOND, { input: { applicationId, response } })).data?.respondToInvestigation;
const appeal = async (actor: Actor, decisionId: string, text = 'Jag behöver mer hjälp än så.') => {
  const result = await subgraph.request(actor, APPEAL, { input: { decisionId, text } });
  if (result.errors) console.log(JSON.stringify(result.errors));
  return result.data?.appealDecision;
};

let signesCase: Case;

beforeAll(async () => {
  subgraph = await startTestSubgraph(applicationsService);
  signesCase = await seedCase({ reference: 'ANS-2026-000101' });
});

afterAll(() => subgraph?.close());

describe('the timeline', () => {
  it('shows the applicant only what concerns her, and staff everything', async () => {
    const citizenView = (await subgraph.request(signe, CASE, { id: signesCase.application.id })).data.application;
    expect(citizenView.timeline.map((event: { type: string }) => event.type)).toEqual(['SUBMITTED', 'TAKEN', 'COMMUNICATED']);
    expect(JSON.parse(citizenView.timeline[0].data)).toEqual({ reference: 'ANS-2026-000101' });
    expect(citizenView.timeline[0].actor).toBeNull();
    const staffView = (await subgraph.request(hanna, CASE, { id: signesCase.application.id })).data.application;
    expect(staffView.timeline.map((event: { type: string }) => event.type)).toEqual(['SUBMITTED', 'TAKEN', 'VIOLENCE_SCREENING_SAVED', 'COMMUNICATED', 'DECISION_PROPOSED']);
  });
});

describe('the communicated investigation', () => {
  it('shows life areas and service descriptions, never the assessment or the violence screening', async () => {
    const result = await subgraph.request(erik, CASE, { id: signesCase.application.id });
    const investigation = result.data.application.communicatedInvestigation;
    expect(investigation).toMatchObject({ responseDueOn: addDaysTo(today, 7), response: null, respondedAt: null, canRespond: true });
    expect(investigation.lifeAreas).toEqual([
      { area: 'PERSONAL_CARE', needs: 'Behöver hjälp med dusch.', wishes: 'Vill duscha på morgonen.', resources: 'Klarar av- och påklädning.' },
      { area: 'SAFETY', needs: 'Har fallit två gånger.', wishes: 'Vill känna sig trygg.', resources: 'Sonen ringer varje dag.' },
    ]);
    expect(investigation.serviceDescriptions).toEqual([
      { requestedServiceId: signesCase.services.home.id, serviceType: 'HOME_CARE_PERSONAL', text: 'Signe söker hjälp med personlig omvårdnad.' },
      { requestedServiceId: signesCase.services.nursing.id, serviceType: 'NURSING_HOME', text: 'Signe söker vård- och omsorgsboende.' },
    ].sort((a, b) => a.requestedServiceId.localeCompare(b.requestedServiceId)));
    const everything = JSON.stringify(result);
    expect(everything).not.toContain('HEMLIG');
    expect(everything).not.toContain('FREDA');
  });

  it('comes as a PDF letter for the post, without the assessment or the screening, and not for Karl', async () => {
    const query = `query($id: ID!) { application(id: $id) { investigationLetter { fileName contentBase64 } } }`;
    const letter = (await subgraph.request(erik, query, { id: signesCase.application.id })).data.application.investigationLetter;
    expect(letter.fileName).toBe('utredning-ANS-2026-000101.pdf');
    const text = pdfText(Buffer.from(letter.contentBase64, 'base64'));
    expect(text).toContain('Utredning inför beslut');
    expect(text).toContain('Signe söker hjälp med personlig omvårdnad.');
    expect(text).not.toContain('HEMLIG');
    expect(text).not.toContain('FREDA');
    expect((await subgraph.request(karl, query, { id: signesCase.application.id })).data.application).toBeNull();
  });

  it('has no field for the assessment or the screening at all', async () => {
    const result = await subgraph.request(signe, `query($id: ID!) { application(id: $id) { communicatedInvestigation { assessment } } }`, { id: signesCase.application.id });
    expect(result.errors?.[0]?.message).toMatch(/Cannot query field "assessment"/);
    const staffOnly = await subgraph.request(signe, `query($id: ID!) { application(id: $id) { investigation { assessment } } }`, { id: signesCase.application.id });
    expect(staffOnly.data?.application?.investigation ?? null).toBeNull();
    expect(JSON.stringify(staffOnly)).not.toContain('HEMLIG');
  });

  it('is null until it is communicated', async () => {
    const { application } = await seedCase({ reference: 'ANS-2026-000102', communicated: false });
    const result = await subgraph.request(signe, CASE, { id: application.id });
    expect(result.data.application.communicatedInvestigation).toBeNull();
    expect(await respond(signe, application.id, 'Jag vill säga något.')).toMatchObject({
      __typename: 'ValidationError',
      message: 'Det finns ingen utredning att svara på ännu.',
    });
  });
});

describe('responding to the investigation', () => {
  it('does not let Karl respond to Signe’s investigation', async () => {
    expect(await respond(karl, signesCase.application.id, 'Karl tycker till.')).toMatchObject({ __typename: 'NotFoundError' });
    expect((await subgraph.orm.em.fork().findOneOrFail(Investigation, { application: signesCase.application.id })).response).toBeNull();
  });

  it('refuses an empty response', async () => {
    const result = await respond(signe, signesCase.application.id, '   ');
    expect(result).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'response', message: 'Fyll i det här fältet.' }] });
  });

  it('records Erik’s response for Signe once, as an event, and closes the window', async () => {
    const before = await subgraph.orm.em.fork().findOneOrFail(Application, signesCase.application.id);
    const result = await respond(erik, signesCase.application.id, 'Signe vill helst ha hjälp före klockan nio.');
    expect(result.__typename).toBe('MutationRespondToInvestigationSuccess');
    expect(result.data.communicatedInvestigation).toMatchObject({ response: 'Signe vill helst ha hjälp före klockan nio.', canRespond: false });
    expect(Date.parse(result.data.communicatedInvestigation.respondedAt)).not.toBeNaN();
    expect(result.data.version).toBeGreaterThan(before.version);
    const events = await subgraph.orm.em.fork().find(ApplicationEvent, { application: signesCase.application.id, type: 'RESPONDED' });
    expect(events.map((event) => [event.actorKind, event.actorId, event.visibleToApplicant])).toEqual([['person', erikId, true]]);

    const again = await respond(signe, signesCase.application.id, 'En sak till.');
    expect(again).toMatchObject({ __typename: 'ValidationError', message: expect.stringContaining('redan svarat') });
  });

  it('refuses a response after the last day, saying which day it was', async () => {
    const { application } = await seedCase({ reference: 'ANS-2026-000103', responseDueOn: addDaysTo(today, -1) });
    const result = await respond(signe, application.id, 'För sent?');
    expect(result.__typename).toBe('ValidationError');
    expect(result.message).toBe(`Sista dagen att svara var ${letterTemplate('sv').formatDate(addDaysTo(today, -1))}. Kontakta din handläggare om du vill lägga till något.`);
    expect((await subgraph.request(signe, CASE, { id: application.id })).data.application.communicatedInvestigation.canRespond).toBe(false);
  });

  it('accepts a response on the last day', async () => {
    const { application } = await seedCase({ reference: 'ANS-2026-000104', responseDueOn: today });
    expect((await respond(signe, application.id, 'I sista stund.')).__typename).toBe('MutationRespondToInvestigationSuccess');
  });
});

describe('the decision letter', () => {
  it('is a PDF showing each decided service, the computed appeal deadline and how to appeal', async () => {
    const result = await subgraph.request(signe, LETTER, { id: signesCase.application.id, name: 'Signe Andersson' });
    const letter = result.data.application.decisionLetter;
    expect(letter.fileName).toBe('beslut-ANS-2026-000101.pdf');
    const pdf = Buffer.from(letter.contentBase64, 'base64');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf);
    const deadline = letterTemplate('sv').formatDate(appealDeadline(today));
    for (const expected of [
      'Beslut om bistånd',
      'Signe Andersson',
      UNIT,
      'ANS-2026-000101',
      'Hemtjänst, personlig omvårdnad',
      'Beslut: Beviljas',
      'Omfattning: 40 timmar per månad',
      'Trygghetslarm',
      'Beslut: Avslås',
      '4 kap. 1 § socialtjänstlagen (2001:453)',
      'Du har redan ett larm från regionen.',
      `Sista dag att överklaga: ${deadline}`,
      'Så överklagar du',
      `senast den ${deadline}`,
      'Vård- och omsorgsboende',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('is addressed by the reference number when no name is given', async () => {
    const letter = (await subgraph.request(erik, LETTER, { id: signesCase.application.id })).data.application.decisionLetter;
    const text = pdfText(Buffer.from(letter.contentBase64, 'base64'));
    expect(text).not.toContain('Signe Andersson');
    expect(text).toContain('Ärendenummer: ANS-2026-000101');
  });

  it('is null before any decision, and not Karl’s to read', async () => {
    const em = subgraph.orm.em.fork();
    const undecided = em.create(Application, { reference: 'ANS-2026-000199', applicantId: signeId, unit: UNIT, status: 'SUBMITTED', answers: emptyAnswers() });
    em.create(RequestedService, { application: undecided, serviceType: 'ESCORT' });
    await em.flush();
    expect((await subgraph.request(signe, LETTER, { id: undecided.id })).data.application.decisionLetter).toBeNull();
    expect((await subgraph.request(karl, LETTER, { id: signesCase.application.id })).data.application).toBeNull();
  });
});

describe('appealing a decision', () => {
  it('does not let Karl appeal Signe’s decision, nor anyone appeal a mere proposal', async () => {
    expect(await appeal(karl, signesCase.decisions.home.id)).toMatchObject({ __typename: 'NotFoundError' });
    expect(await appeal(signe, signesCase.decisions.nursing.id)).toMatchObject({ __typename: 'NotFoundError' });
    expect(await appeal(signe, 'not-a-uuid')).toMatchObject({ __typename: 'NotFoundError' });
    expect(await subgraph.orm.em.fork().count(Appeal, {})).toBe(0);
  });

  it('registers Erik’s appeal for Signe in time, as an event, and refuses a second while it is open', async () => {
    const result = await appeal(erik, signesCase.decisions.alarm.id, 'Larmet från regionen fungerar inte i badrummet.');
    expect(result.__typename).toBe('MutationAppealDecisionSuccess');
    expect(result.data).toMatchObject({ receivedOn: today, channel: 'WEB', inTime: true, status: 'RECEIVED', text: 'Larmet från regionen fungerar inte i badrummet.' });
    const stored = await subgraph.orm.em.fork().findOneOrFail(Appeal, result.data.id);
    expect(stored.submittedById).toBe(erikId);
    const events = await subgraph.orm.em.fork().find(ApplicationEvent, { application: signesCase.application.id, type: 'APPEALED' });
    expect(events).toHaveLength(1);
    expect(events[0]!.data).toMatchObject({ decisionId: signesCase.decisions.alarm.id, appealId: result.data.id, inTime: true });

    const again = await appeal(signe, signesCase.decisions.alarm.id);
    expect(again).toMatchObject({ __typename: 'ValidationError', message: 'Du har redan överklagat beslutet. Vi hör av oss när överklagandet är prövat.' });
  });

  it('accepts a late appeal, marked late', async () => {
    const late = await seedCase({ reference: 'ANS-2026-000105', notifiedOn: addDaysTo(today, -60) });
    const result = await appeal(signe, late.decisions.home.id);
    expect(result).toMatchObject({ __typename: 'MutationAppealDecisionSuccess', data: { inTime: false, status: 'RECEIVED' } });
  });

  it('refuses an appeal of a superseded decision', async () => {
    const changed = await seedCase({ reference: 'ANS-2026-000106' });
    const em = subgraph.orm.em.fork();
    const old = await em.findOneOrFail(Decision, changed.decisions.home.id);
    old.status = 'SUPERSEDED';
    await em.flush();
    expect(await appeal(signe, old.id)).toMatchObject({ __typename: 'ValidationError', message: expect.stringContaining('ersatts') });
  });

  it('refuses an empty appeal', async () => {
    expect(await appeal(signe, signesCase.decisions.home.id, ' ')).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'text' }] });
  });
});

describe('asking to be called back', () => {
  const REQUEST = `mutation($input: RequestCallbackInput!) { requestCallback(input: $input) { __typename
    ... on MutationRequestCallbackSuccess { data { id person { id } requestedByYou application { id reference } outcome note phone message requestedAt dueAt completedAt overdue } }
    ... on ValidationError { issues { field message } } } }`;
  const MINE = `{ myCallbackRequests { id person { id } requestedByYou application { id } } }`;

  it('is due within two working days of office hours, and Erik may ask on Signe’s behalf', async () => {
    const { application } = await seedCase({ reference: 'ANS-2026-000131' });
    const result = (await subgraph.request(erik, REQUEST, { input: { personId: signeId, phone: '070-123 45 67', message: 'Om hemtjänsten' } })).data.requestCallback;
    expect(result.__typename).toBe('MutationRequestCallbackSuccess');
    const callback = result.data;
    expect(callback).toMatchObject({ person: { id: signeId }, phone: '070-123 45 67', message: 'Om hemtjänsten', completedAt: null, overdue: false });
    expect(callback.dueAt).toBe(callbackDueAt(new Date(callback.requestedAt)).toISOString());
    // Erik asked, about Signe's latest case; the staff's note and outcome are not shown to citizens.
    expect(callback).toMatchObject({ requestedByYou: true, application: { id: application.id, reference: 'ANS-2026-000131' }, outcome: null, note: null });
    const stored = await subgraph.orm.em.fork().findOneOrFail(CallbackRequest, callback.id);
    expect([stored.requestedById, stored.unit, stored.applicationId]).toEqual([erikId, UNIT, application.id]);
    const signes = (await subgraph.request(signe, MINE)).data.myCallbackRequests.find((entry: { id: string }) => entry.id === callback.id);
    expect(signes).toMatchObject({ requestedByYou: false, application: { id: application.id } });
    // Once Erik no longer represents Signe, her case is not linked for him (nor listed).
    expect((await subgraph.request({ kind: 'person', personId: erikId, actingFor: [] }, MINE)).data.myCallbackRequests).toEqual([]);
  });

  it('refuses a malformed phone number', async () => {
    const result = (await subgraph.request(signe, REQUEST, { input: { personId: signeId, phone: 'ring mig' } })).data.requestCallback;
    expect(result).toEqual({ __typename: 'ValidationError', issues: [{ field: 'phone', message: 'Skriv ett telefonnummer med siffror, till exempel 070-123 45 67.' }] });
  });

  it('does not let Karl ask on Signe’s behalf, nor see her requests', async () => {
    const result = await subgraph.request(karl, REQUEST, { input: { personId: signeId, phone: '070-123 45 67' } });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await subgraph.request(karl, MINE)).data.myCallbackRequests).toEqual([]);
    expect((await subgraph.request({ kind: 'anonymous' }, MINE)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('who opened the case', () => {
  it('lists each opening once, newest first, a page at a time; a case read in a list counts too', async () => {
    const { application } = await seedCase({ reference: 'ANS-2026-000107' });
    const hannaId = (hanna as { staffId: string }).staffId;
    const jonasId = crypto.randomUUID();
    const em = subgraph.orm.em.fork();
    const read = (staffId: string, resource: string, minute: number) =>
      em.create(AccessLogEntry, { staffId, personId: signeId, resource, resourceId: application.id, at: new Date(Date.UTC(2026, 10, 2, 9, minute)) });
    read(hannaId, 'Application', 0);
    read(hannaId, 'Investigation', 0);
    read(hannaId, 'Application', 3);
    read(jonasId, 'Application', 1);
    read(hannaId, 'Application', 30);
    read(jonasId, 'Inbox', 45);
    await em.flush();

    const OPENED = `query($id: ID!, $offset: Int!) { application(id: $id) { openedBy(offset: $offset, limit: 2) { totalCount hasNextPage nodes { at staff { id } } } } }`;
    const first = (await subgraph.request(signe, OPENED, { id: application.id, offset: 0 })).data.application.openedBy;
    expect(first).toEqual({
      totalCount: 4,
      hasNextPage: true,
      nodes: [
        { at: '2026-11-02T09:45:00.000Z', staff: { id: jonasId } },
        { at: '2026-11-02T09:30:00.000Z', staff: { id: hannaId } },
      ],
    });
    const second = (await subgraph.request(signe, OPENED, { id: application.id, offset: 2 })).data.application.openedBy;
    expect(second).toEqual({
      totalCount: 4,
      hasNextPage: false,
      nodes: [
        { at: '2026-11-02T09:01:00.000Z', staff: { id: jonasId } },
        { at: '2026-11-02T09:00:00.000Z', staff: { id: hannaId } },
      ],
    });
  });
});
