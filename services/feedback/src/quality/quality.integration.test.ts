import { clientFingerprint, internalTokenKey, signInternalToken, type Actor, type StaffRole } from '@omsorg/platform';
import { startTestSubgraph, TEST_INTERNAL_SECRET, type TestSubgraph } from '@omsorg/platform/testing';
import { pdfText } from '@omsorg/letters/testing';
import { DEVIATION_RAISED_QUEUE } from '@omsorg/rules/feedback';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Deviation } from '../entities/deviation.ts';
import { FeedbackEvent } from '../entities/feedback-event.ts';
import { Feedback } from '../entities/feedback.ts';
import { handleDeviationRaised } from '../jobs/deviation-raised.ts';
import { feedbackService } from '../service.ts';
import { todayInStockholm } from './shared.ts';

const UNIT = 'Beställarenheten äldre, Hägersten-Älvsjö';
const OTHER_UNIT = 'Beställarenheten äldre, Skärholmen';
const staff = (role: StaffRole, unit = UNIT): Actor => ({ kind: 'staff', staffId: crypto.randomUUID(), roles: [role], unit });
const lena = staff('QUALITY_COUNCIL');
const maria = staff('MANAGER');
const outsiders: Array<[string, Actor, string]> = [
  ['a caseworker', staff('CASEWORKER'), 'FORBIDDEN'],
  ['an outreach worker', staff('OUTREACH'), 'FORBIDDEN'],
  ['a citizen', { kind: 'person', personId: crypto.randomUUID(), actingFor: [] }, 'FORBIDDEN'],
  ['a visitor', { kind: 'anonymous' }, 'UNAUTHENTICATED'],
];
const otherUnit = [staff('QUALITY_COUNCIL', OTHER_UNIT), staff('MANAGER', OTHER_UNIT)];
const today = todayInStockholm();
const key = internalTokenKey(TEST_INTERNAL_SECRET);

const ERR = `__typename ... on Error { message } ... on ValidationError { issues { field message } } ... on ConflictError { currentVersion }`;
const REPORT = `id referenceNumber version status source feedbackId deviationId investigationDue investigationOverdue ivoDue ivoOverdue findings decision ivoSentOn pdfUrl`;
const ESCALATE = `mutation($input: EscalateToLexSarahInput!) { escalateToLexSarah(input: $input) { ${ERR} ... on MutationEscalateToLexSarahSuccess { data { ${REPORT} } } } }`;
const INVESTIGATE = `mutation($input: RecordLexSarahInvestigationInput!) { recordLexSarahInvestigation(input: $input) { ${ERR} ... on MutationRecordLexSarahInvestigationSuccess { data { ${REPORT} } } } }`;
const DECIDE = `mutation($input: DecideLexSarahInput!) { decideLexSarah(input: $input) { ${ERR} ... on MutationDecideLexSarahSuccess { data { ${REPORT} } } } }`;
const REPORTS = `{ lexSarahReports(limit: 50) { totalCount nodes { id referenceNumber unit } } }`;
const REPORT_ONE = `query($id: ID!) { lexSarahReport(id: $id) { id } }`;
const REGISTER = `mutation($input: RegisterDeviationInput!) { registerDeviation(input: $input) { ${ERR} ... on MutationRegisterDeviationSuccess { data { id kind status target providerName } } } }`;
const CLOSE = `mutation($id: ID!, $note: String!) { closeDeviation(id: $id, note: $note) { ${ERR} ... on MutationCloseDeviationSuccess { data { id status closingNote } } } }`;
const DEVIATIONS = `query($status: DeviationStatus, $target: DeviationTarget, $kind: DeviationKind) { deviations(limit: 50, status: $status, target: $target, kind: $kind) { totalCount nodes { id kind status target unit } } }`;
const CREATE_MEETING = `mutation($on: String!) { createCouncilMeeting(meetingOn: $on) { ${ERR} ... on MutationCreateCouncilMeetingSuccess { data { id month status } } } }`;
const MEETING = `query($id: ID!) { councilMeeting(id: $id) { id month agenda { periodStart incomingFeedbackByType { key count } incomingDeviations openDeviations lexSarahInvestigating actionsNotDone openFeedback } agendaItems { kind reference summary } decisions { text agendaItemId } actions { what overdue done } } }`;
const MEETINGS = `{ councilMeetings(limit: 20) { totalCount nodes { id } } }`;
const ADD_AGENDA = `mutation($input: AddToCouncilAgendaInput!) { addToCouncilAgenda(input: $input) { ${ERR} ... on MutationAddToCouncilAgendaSuccess { data { agendaItems { id kind reference } } } } }`;
const DECISION = `mutation($m: ID!, $a: ID, $text: String!) { recordCouncilDecision(meetingId: $m, agendaItemId: $a, text: $text) { ${ERR} ... on MutationRecordCouncilDecisionSuccess { data { decisions { text } } } } }`;
const ACTION = `mutation($input: CouncilActionInput!) { addCouncilAction(input: $input) { ${ERR} ... on MutationAddCouncilActionSuccess { data { id overdue done } } } }`;
const COMPLETE = `mutation($id: ID!, $note: String!) { completeCouncilAction(id: $id, note: $note) { ${ERR} ... on MutationCompleteCouncilActionSuccess { data { id done doneNote overdue } } } }`;
const ACTIONS = `query($all: Boolean) { councilActions(limit: 50, includeDone: $all) { totalCount nodes { id what overdue } } }`;

let subgraph: TestSubgraph;

async function feedbackItem(unit: string | null = UNIT): Promise<Feedback> {
  const em = subgraph.orm.em.fork();
  const item = em.create(Feedback, {
    referenceNumber: `SYN-2026-${String(Math.floor(Math.random() * 900000) + 100000)}`,
    type: 'COMPLAINT',
    subject: 'MISSED_OR_DELAYED_SERVICE',
    target: 'HOME_CARE_PROVIDER',
    text: 'Hemtjänsten kom inte på tisdagen.',
    channel: 'WEB',
    unit,
    receivedAt: new Date(),
  });
  await em.flush();
  return item;
}

const escalation = (extra: Record<string, unknown> = {}) => ({ whatHappened: 'Brukaren fick ingen hjälp med insulinet.', place: 'Hemma hos brukaren', reportedBy: 'Undersköterska i hemtjänsten', ...extra });

async function download(actor: Actor, id: string) {
  const token = await signInternalToken({ actor, locale: 'sv', client: clientFingerprint('127.0.0.1', key) }, key);
  return fetch(`${subgraph.url}/lex-sarah-reports/${id}/pdf`, { headers: { authorization: `Bearer ${token}` } });
}

beforeAll(async () => {
  subgraph = await startTestSubgraph(feedbackService);
});
afterAll(() => subgraph?.close());

describe('lex Sarah', () => {
  it('escalates a feedback item: a report with its own number, the item’s event, lexSarahAt and a bumped version', async () => {
    const item = await feedbackItem();
    const result = await subgraph.request(lena, ESCALATE, { input: escalation({ feedbackId: item.id, feedbackVersion: item.version }) });
    const report = result.data.escalateToLexSarah.data;
    expect(report).toMatchObject({ status: 'INVESTIGATING', source: 'FEEDBACK', feedbackId: item.id, investigationOverdue: false, ivoDue: null, pdfUrl: `/lex-sarah-reports/${report.id}/pdf` });
    expect(report.referenceNumber).toMatch(/^LS-\d{4}-\d{4}$/);
    const em = subgraph.orm.em.fork();
    const stored = await em.findOneOrFail(Feedback, item.id);
    expect(stored.version).toBe(item.version + 1);
    expect(stored.lexSarahAt).toBeInstanceOf(Date);
    const events = await em.find(FeedbackEvent, { feedback: item.id, kind: 'ESCALATED_LEX_SARAH' });
    expect(events).toHaveLength(1);
    expect(events[0]!.data).toMatchObject({ lexSarahReportId: report.id });

    const again = await subgraph.request(lena, ESCALATE, { input: escalation({ feedbackId: item.id, feedbackVersion: stored.version }) });
    expect(again.data.escalateToLexSarah.__typename).toBe('ValidationError');
  });

  it('answers ConflictError for a stale version and changes nothing', async () => {
    const item = await feedbackItem();
    const result = await subgraph.request(lena, ESCALATE, { input: escalation({ feedbackId: item.id, feedbackVersion: item.version + 5 }) });
    expect(result.data.escalateToLexSarah).toMatchObject({ __typename: 'ConflictError', currentVersion: item.version });
    const em = subgraph.orm.em.fork();
    expect((await em.findOneOrFail(Feedback, item.id)).lexSarahAt).toBeNull();
    expect(await em.count(FeedbackEvent, { feedback: item.id })).toBe(0);
  });

  it('investigates, refuses a decision to IVO without its day, and closes with a decision; the PDF says so', async () => {
    const created = (await subgraph.request(maria, ESCALATE, { input: escalation() })).data.escalateToLexSarah.data;
    expect(created.source).toBe('DIRECT');
    const early = await subgraph.request(maria, DECIDE, { input: { id: created.id, version: created.version, decision: 'NOT_MISCONDUCT', reasons: 'Ingen brist.' } });
    expect(early.data.decideLexSarah.issues[0].field).toBe('decision');

    const investigated = (await subgraph.request(lena, INVESTIGATE, { input: { id: created.id, version: created.version, findings: 'Rutinen följdes inte.', causes: 'Ny personal.', actions: 'Introduktion ses över.', serious: true } })).data.recordLexSarahInvestigation.data;
    expect(investigated).toMatchObject({ findings: 'Rutinen följdes inte.', ivoOverdue: false });
    expect(investigated.ivoDue).toBeTruthy();
    const stale = await subgraph.request(lena, INVESTIGATE, { input: { id: created.id, version: created.version, findings: 'x', causes: 'x', actions: 'x', serious: false } });
    expect(stale.data.recordLexSarahInvestigation.__typename).toBe('ConflictError');

    const noDay = await subgraph.request(lena, DECIDE, { input: { id: created.id, version: investigated.version, decision: 'REPORT_TO_IVO', reasons: 'Allvarligt.' } });
    expect(noDay.data.decideLexSarah.issues).toEqual([{ field: 'ivoSentOn', message: 'Skriv vilken dag rapporten skickades till IVO.' }]);
    const decided = (await subgraph.request(lena, DECIDE, { input: { id: created.id, version: investigated.version, decision: 'REPORT_TO_IVO', reasons: 'Allvarligt missförhållande.', ivoSentOn: today } })).data.decideLexSarah.data;
    expect(decided).toMatchObject({ status: 'REPORTED_TO_IVO', decision: 'REPORT_TO_IVO', ivoSentOn: today });
    const after = await subgraph.request(lena, DECIDE, { input: { id: created.id, version: decided.version, decision: 'WRITTEN_OFF', reasons: 'x' } });
    expect(after.data.decideLexSarah.__typename).toBe('ValidationError');

    const answer = await download(maria, created.id);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/pdf');
    const text = await pdfText(Buffer.from(await answer.arrayBuffer()));
    expect(text).toContain(created.referenceNumber);
    expect(text).toContain('Rutinen följdes inte.');
    expect(text).toContain('anmäls till IVO');
  });

  it('escalates a deviation of the unit', async () => {
    const deviation = (await subgraph.request(lena, REGISTER, { input: { target: 'TRANSPORT', description: 'Resan kom en vecka för tidigt.' } })).data.registerDeviation.data;
    const report = (await subgraph.request(lena, ESCALATE, { input: escalation({ deviationId: deviation.id }) })).data.escalateToLexSarah.data;
    expect(report).toMatchObject({ source: 'DEVIATION', deviationId: deviation.id });
  });

  it('makes one report when the same deviation is escalated twice at once', async () => {
    const deviation = (await subgraph.request(lena, REGISTER, { input: { target: 'UNIT', description: 'Beslut skickades till fel adress.' } })).data.registerDeviation.data;
    const answers = await Promise.all([lena, maria].map((actor) => subgraph.request(actor, ESCALATE, { input: escalation({ deviationId: deviation.id }) })));
    const kinds = answers.map((answer) => answer.data.escalateToLexSarah.__typename).sort();
    expect(kinds).toEqual(['MutationEscalateToLexSarahSuccess', 'ValidationError']);
    const refused = answers.find((answer) => answer.data.escalateToLexSarah.__typename === 'ValidationError')!.data.escalateToLexSarah;
    const made = answers.find((answer) => answer.data.escalateToLexSarah.__typename !== 'ValidationError')!.data.escalateToLexSarah.data;
    expect(refused.issues).toEqual([{ field: 'deviationId', message: `Det här är redan en lex Sarah-rapport: ${made.referenceNumber}.` }]);
  });

  it('refuses everyone else on every path: lists, report, mutations and the PDF', async () => {
    const report = (await subgraph.request(lena, ESCALATE, { input: escalation() })).data.escalateToLexSarah.data;
    const item = await feedbackItem();
    for (const [, actor, code] of outsiders) {
      expect((await subgraph.request(actor, REPORTS)).errors?.[0]?.extensions?.code).toBe(code);
      expect((await subgraph.request(actor, REPORT_ONE, { id: report.id })).errors?.[0]?.extensions?.code).toBe(code);
      expect((await subgraph.request(actor, ESCALATE, { input: escalation({ feedbackId: item.id, feedbackVersion: item.version }) })).errors?.[0]?.extensions?.code).toBe(code);
      expect((await subgraph.request(actor, INVESTIGATE, { input: { id: report.id, version: report.version, findings: 'x', causes: 'x', actions: 'x', serious: false } })).errors?.[0]?.extensions?.code).toBe(code);
      expect((await subgraph.request(actor, DECIDE, { input: { id: report.id, version: report.version, decision: 'WRITTEN_OFF', reasons: 'x' } })).errors?.[0]?.extensions?.code).toBe(code);
      expect((await download(actor, report.id)).status).toBe(code === 'UNAUTHENTICATED' ? 401 : 403);
    }
    for (const actor of otherUnit) {
      expect((await subgraph.request(actor, REPORTS)).data.lexSarahReports.nodes.map((n: { id: string }) => n.id)).not.toContain(report.id);
      expect((await subgraph.request(actor, REPORT_ONE, { id: report.id })).data.lexSarahReport).toBeNull();
      expect((await subgraph.request(actor, ESCALATE, { input: escalation({ feedbackId: item.id, feedbackVersion: item.version }) })).data.escalateToLexSarah.__typename).toBe('NotFoundError');
      expect((await subgraph.request(actor, INVESTIGATE, { input: { id: report.id, version: report.version, findings: 'x', causes: 'x', actions: 'x', serious: false } })).data.recordLexSarahInvestigation.__typename).toBe('NotFoundError');
      expect((await subgraph.request(actor, DECIDE, { input: { id: report.id, version: report.version, decision: 'WRITTEN_OFF', reasons: 'x' } })).data.decideLexSarah.__typename).toBe('NotFoundError');
      expect((await download(actor, report.id)).status).toBe(404);
    }
    expect((await subgraph.orm.em.fork().findOneOrFail(Feedback, item.id)).lexSarahAt).toBeNull();
  });
});

describe('deviations', () => {
  const raised = (sourceKey: string) => ({ sourceKey, kind: 'IMPLEMENTATION_PLAN_MISSING', unit: UNIT, target: 'HOME_CARE_PROVIDER', providerName: 'Omsorg i Söder AB', applicationId: crypto.randomUUID(), raisedOn: today });

  it('registers a raised deviation once, however often the event arrives (the job on the queue)', async () => {
    const key = `order:${crypto.randomUUID()}`;
    await subgraph.jobs!.boss.send(DEVIATION_RAISED_QUEUE, raised(key));
    await subgraph.jobs!.boss.send(DEVIATION_RAISED_QUEUE, raised(key));
    await subgraph.settleJobs();
    expect(await handleDeviationRaised(subgraph.orm.em.fork(), raised(key))).toBe(false);
    const stored = await subgraph.orm.em.fork().find(Deviation, { sourceKey: key });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ kind: 'IMPLEMENTATION_PLAN_MISSING', unit: UNIT, providerName: 'Omsorg i Söder AB', status: 'OPEN' });
  });

  it('refuses malformed event data', async () => {
    await expect(handleDeviationRaised(subgraph.orm.em.fork(), { ...raised('x'), target: 'MARS' })).rejects.toThrow();
  });

  it('registers by hand, filters, and closes once with a note', async () => {
    const missing = await subgraph.request(lena, REGISTER, { input: { target: 'NURSING_HOME', description: 'Fel läkemedel.' } });
    expect(missing.data.registerDeviation.issues[0].field).toBe('providerName');
    const future = await subgraph.request(lena, REGISTER, { input: { target: 'UNIT', description: 'x', raisedOn: '2999-01-01' } });
    expect(future.data.registerDeviation.issues[0].field).toBe('raisedOn');
    const created = (await subgraph.request(lena, REGISTER, { input: { target: 'REGION', description: 'LUS-processen drog ut på tiden.' } })).data.registerDeviation.data;
    expect(created).toMatchObject({ kind: 'OTHER', status: 'OPEN', target: 'REGION' });

    const region = (await subgraph.request(maria, DEVIATIONS, { target: 'REGION', status: 'OPEN' })).data.deviations;
    expect(region.nodes.map((n: { id: string }) => n.id)).toContain(created.id);
    expect(region.nodes.every((n: { target: string; unit: string }) => n.target === 'REGION' && n.unit === UNIT)).toBe(true);
    const planned = (await subgraph.request(maria, DEVIATIONS, { kind: 'IMPLEMENTATION_PLAN_MISSING' })).data.deviations;
    expect(planned.nodes.every((n: { kind: string }) => n.kind === 'IMPLEMENTATION_PLAN_MISSING')).toBe(true);

    const closed = (await subgraph.request(maria, CLOSE, { id: created.id, note: 'Regionen har ändrat rutinen.' })).data.closeDeviation.data;
    expect(closed).toMatchObject({ status: 'CLOSED', closingNote: 'Regionen har ändrat rutinen.' });
    expect((await subgraph.request(maria, CLOSE, { id: created.id, note: 'Igen.' })).data.closeDeviation.__typename).toBe('ValidationError');
  });

  it('refuses everyone else on every path', async () => {
    const created = (await subgraph.request(lena, REGISTER, { input: { target: 'UNIT', description: 'Fel e-postadress i brev.' } })).data.registerDeviation.data;
    for (const [, actor, code] of outsiders) {
      expect((await subgraph.request(actor, DEVIATIONS, {})).errors?.[0]?.extensions?.code).toBe(code);
      expect((await subgraph.request(actor, REGISTER, { input: { target: 'UNIT', description: 'x' } })).errors?.[0]?.extensions?.code).toBe(code);
      expect((await subgraph.request(actor, CLOSE, { id: created.id, note: 'x' })).errors?.[0]?.extensions?.code).toBe(code);
    }
    for (const actor of otherUnit) {
      expect((await subgraph.request(actor, DEVIATIONS, {})).data.deviations.nodes.map((n: { id: string }) => n.id)).not.toContain(created.id);
      expect((await subgraph.request(actor, CLOSE, { id: created.id, note: 'x' })).data.closeDeviation.__typename).toBe('NotFoundError');
      expect((await subgraph.request(actor, ESCALATE, { input: escalation({ deviationId: created.id }) })).data.escalateToLexSarah.__typename).toBe('NotFoundError');
    }
  });
});

describe('the quality council', () => {
  let meetingId: string;

  it('creates one meeting per unit and month', async () => {
    const created = (await subgraph.request(lena, CREATE_MEETING, { on: today })).data.createCouncilMeeting.data;
    expect(created).toMatchObject({ month: today.slice(0, 7), status: 'PLANNED' });
    meetingId = created.id;
    const twice = await subgraph.request(maria, CREATE_MEETING, { on: today });
    expect(twice.data.createCouncilMeeting.issues[0]).toEqual({ field: 'meetingOn', message: 'Det finns redan ett kvalitetsråd för den månaden.' });
    const other = await subgraph.request(otherUnit[0]!, CREATE_MEETING, { on: today });
    expect(other.data.createCouncilMeeting.__typename).toBe('MutationCreateCouncilMeetingSuccess');
  });

  it('builds the agenda from the data and puts a feedback item on it with its event and version', async () => {
    const item = await feedbackItem();
    const agenda = (await subgraph.request(lena, MEETING, { id: meetingId })).data.councilMeeting.agenda;
    expect(agenda.incomingFeedbackByType.find((c: { key: string }) => c.key === 'COMPLAINT').count).toBeGreaterThan(0);
    expect(agenda.openDeviations).toBeGreaterThan(0);
    expect(agenda.incomingDeviations).toBeGreaterThan(0);
    expect(agenda.lexSarahInvestigating).toBeGreaterThan(0);

    const added = await subgraph.request(lena, ADD_AGENDA, { input: { meetingId, kind: 'FEEDBACK', refId: item.id, feedbackVersion: item.version } });
    expect(added.data.addToCouncilAgenda.data.agendaItems).toEqual([expect.objectContaining({ kind: 'FEEDBACK', reference: item.referenceNumber })]);
    const em = subgraph.orm.em.fork();
    expect((await em.findOneOrFail(Feedback, item.id)).version).toBe(item.version + 1);
    expect(await em.count(FeedbackEvent, { feedback: item.id, kind: 'ON_COUNCIL_AGENDA' })).toBe(1);
    const stale = await subgraph.request(lena, ADD_AGENDA, { input: { meetingId, kind: 'FEEDBACK', refId: item.id, feedbackVersion: item.version } });
    expect(stale.data.addToCouncilAgenda.__typename).toBe('ValidationError');

    const deviation = (await subgraph.request(lena, REGISTER, { input: { target: 'UNIT', description: 'Kallelse skickades inte.' } })).data.registerDeviation.data;
    const withDeviation = await subgraph.request(lena, ADD_AGENDA, { input: { meetingId, kind: 'DEVIATION', refId: deviation.id } });
    expect(withDeviation.data.addToCouncilAgenda.data.agendaItems).toHaveLength(2);

    const otherItem = await feedbackItem();
    const conflict = await subgraph.request(lena, ADD_AGENDA, { input: { meetingId, kind: 'FEEDBACK', refId: otherItem.id, feedbackVersion: otherItem.version + 1 } });
    expect(conflict.data.addToCouncilAgenda.__typename).toBe('ConflictError');
  });

  it('records decisions and actions, followed up until done, overdue visible', async () => {
    const meeting = (await subgraph.request(lena, MEETING, { id: meetingId })).data.councilMeeting;
    const itemId = (await subgraph.request(lena, ADD_AGENDA, { input: { meetingId, kind: 'LEX_SARAH', refId: (await subgraph.request(lena, ESCALATE, { input: escalation() })).data.escalateToLexSarah.data.id } })).data.addToCouncilAgenda.data.agendaItems.at(-1).id;
    expect(meeting.decisions).toEqual([]);
    const decided = await subgraph.request(lena, DECISION, { m: meetingId, a: itemId, text: 'Rutinen för insulin ses över.' });
    expect(decided.data.recordCouncilDecision.data.decisions).toEqual([{ text: 'Rutinen för insulin ses över.' }]);
    const late = (await subgraph.request(lena, ACTION, { input: { meetingId, what: 'Uppdatera rutinen.', responsible: 'Maria Berg', dueOn: '2026-01-01' } })).data.addCouncilAction.data;
    expect(late).toMatchObject({ overdue: true, done: false });
    const open = (await subgraph.request(maria, ACTIONS, {})).data.councilActions;
    expect(open.nodes.map((n: { id: string }) => n.id)).toContain(late.id);
    const done = (await subgraph.request(maria, COMPLETE, { id: late.id, note: 'Klar och utskickad.' })).data.completeCouncilAction.data;
    expect(done).toMatchObject({ done: true, overdue: false, doneNote: 'Klar och utskickad.' });
    expect((await subgraph.request(maria, ACTIONS, {})).data.councilActions.nodes.map((n: { id: string }) => n.id)).not.toContain(late.id);
    expect((await subgraph.request(maria, ACTIONS, { all: true })).data.councilActions.nodes.map((n: { id: string }) => n.id)).toContain(late.id);
    expect((await subgraph.request(maria, COMPLETE, { id: late.id, note: 'Igen.' })).data.completeCouncilAction.__typename).toBe('ValidationError');
  });

  it('refuses everyone else on every path', async () => {
    const action = (await subgraph.request(lena, ACTION, { input: { meetingId, what: 'Följ upp.', responsible: 'Lena Holm', dueOn: '2027-01-31' } })).data.addCouncilAction.data;
    const item = await feedbackItem();
    const calls = (actor: Actor) => [
      subgraph.request(actor, MEETINGS),
      subgraph.request(actor, MEETING, { id: meetingId }),
      subgraph.request(actor, ACTIONS, {}),
      subgraph.request(actor, CREATE_MEETING, { on: '2027-01-14' }),
      subgraph.request(actor, ADD_AGENDA, { input: { meetingId, kind: 'FEEDBACK', refId: item.id, feedbackVersion: item.version } }),
      subgraph.request(actor, DECISION, { m: meetingId, text: 'x' }),
      subgraph.request(actor, ACTION, { input: { meetingId, what: 'x', responsible: 'x', dueOn: today } }),
      subgraph.request(actor, COMPLETE, { id: action.id, note: 'x' }),
    ];
    for (const [, actor, code] of outsiders) {
      for (const result of await Promise.all(calls(actor))) expect(result.errors?.[0]?.extensions?.code).toBe(code);
    }
    for (const actor of otherUnit) {
      const [meetings, meeting, actions, , agenda, decision, newAction, complete] = await Promise.all(calls(actor));
      expect(meetings!.data.councilMeetings.nodes.map((n: { id: string }) => n.id)).not.toContain(meetingId);
      expect(meeting!.data.councilMeeting).toBeNull();
      expect(actions!.data.councilActions.nodes.map((n: { id: string }) => n.id)).not.toContain(action.id);
      expect(agenda!.data.addToCouncilAgenda.__typename).toBe('NotFoundError');
      expect(decision!.data.recordCouncilDecision.__typename).toBe('NotFoundError');
      expect(newAction!.data.addCouncilAction.__typename).toBe('NotFoundError');
      expect(complete!.data.completeCouncilAction.__typename).toBe('NotFoundError');
    }
    expect(await subgraph.orm.em.fork().count(FeedbackEvent, { feedback: item.id })).toBe(0);
  });
});
