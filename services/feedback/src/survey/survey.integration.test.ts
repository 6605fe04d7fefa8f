import { enqueueJob, internalTokenKey, signInternalToken, type Actor, type StaffRole } from '@omsorg/platform';
import { startTestSubgraph, TEST_INTERNAL_SECRET, type TestSubgraph } from '@omsorg/platform/testing';
import { clockInStockholm } from '@omsorg/rules';
import { FEEDBACK_CARE_STATUS_CHANGED_QUEUE } from '@omsorg/rules/feedback';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SurveyCareStatus } from '../entities/survey-care-status.ts';
import { SurveyParticipation } from '../entities/survey-participation.ts';
import { SurveyResponse } from '../entities/survey-response.ts';
import { feedbackService } from '../service.ts';
import { handleFeedbackCareStatusChanged } from './care-status-job.ts';

/* The user survey through the feedback subgraph, against PostgreSQL. */

const UNIT = 'Beställarenheten äldre, Hägersten-Älvsjö';
const OTHER_UNIT = 'Beställarenheten äldre, Enskede-Årsta-Vantör';
const staff = (role: StaffRole, unit = UNIT): Actor => ({ kind: 'staff', staffId: crypto.randomUUID(), roles: [role], unit });
const lena = staff('QUALITY_COUNCIL');
const maria = staff('MANAGER');
const SIGNE = crypto.randomUUID();
const signe: Actor = { kind: 'person', personId: SIGNE, actingFor: [] };
const erik: Actor = { kind: 'person', personId: crypto.randomUUID(), actingFor: [SIGNE] };
const KARL = crypto.randomUUID();
const karl: Actor = { kind: 'person', personId: KARL, actingFor: [] };
const today = clockInStockholm().day;
const year = Number(today.slice(0, 4));

const ERRORS = `... on Error { __typename message } ... on ValidationError { issues { field message } }`;
const CREATE = `mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { __typename ... on MutationCreateSurveySuccess { data { id year isOpen } } ${ERRORS} } }`;
const OFFERS = `{ surveyOffers { surveyId year person { id } } }`;
const ANSWER = `mutation($input: AnswerSurveyInput!) { answerSurvey(input: $input) { __typename ... on MutationAnswerSurveySuccess { data { year } } ${ERRORS} } }`;
const PAPER = `mutation($input: EnterPaperSurveyResponseInput!) { enterPaperSurveyResponse(input: $input) { __typename ... on MutationEnterPaperSurveyResponseSuccess { data { responseCount } } ${ERRORS} } }`;
const RESULTS = `query($id: ID!) { survey(id: $id) { responseCount results { question women { respondents percent suppressed } men { respondents percent suppressed } all { respondents percent suppressed } national { womenPercent menPercent totalPercent respondents } } } }`;
const CSV = `query($id: ID!) { surveyResultsCsv(surveyId: $id) }`;
const INDICATORS = `query($year: Int!) { surveyIndicators(year: $year) { indicator women { percent target met respondents } men { percent met } all { percent } } }`;

let subgraph: TestSubgraph;
let surveyId: string;
const key = internalTokenKey(TEST_INTERNAL_SECRET);

async function careStatus(personId: string, hasCurrentCareServices: boolean, version: string): Promise<void> {
  await subgraph.orm.em.fork().transactional((em) => enqueueJob(em, FEEDBACK_CARE_STATUS_CHANGED_QUEUE, { people: [{ personId, hasCurrentCareServices, version }] }, { singletonKey: `${personId}:${version}` }));
  await subgraph.settleJobs();
}

const allAnswers = (option = 'YES') => [
  { question: 'KNOWS_WHERE_TO_TURN', option },
  { question: 'HELP_FITS_NEEDS', option: 'FULLY' },
  { question: 'GETS_GRANTED_HELP', option: 'ALWAYS' },
  { question: 'TREATED_WELL', option: 'MOSTLY' },
  { question: 'OVERALL_SATISFIED', option: 'DONT_KNOW' },
];

async function upload(actor: Actor, body: string) {
  const token = await signInternalToken({ actor, locale: 'sv' }, key);
  const response = await fetch(`${subgraph.url}/survey-national-results`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
    body,
  });
  return { status: response.status, body: (await response.json()) as { imported?: number; error?: { code: string; message: string }; problems?: Array<{ line: number; message: string }> } };
}

beforeAll(async () => {
  subgraph = await startTestSubgraph(feedbackService);
  const created = await subgraph.request(lena, CREATE, { input: { year, opensOn: `${year}-01-01`, closesOn: `${year}-12-31` } });
  surveyId = created.data.createSurvey.data.id;
  await careStatus(SIGNE, true, '2026-11-01T08:00:00Z');
});
afterAll(() => subgraph?.close());

describe('creating a survey', () => {
  it('is for the quality council and managers, once per unit and year, with a sensible period', async () => {
    expect((await subgraph.request(maria, CREATE, { input: { year, opensOn: `${year}-02-01`, closesOn: `${year}-03-01` } })).data.createSurvey).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ field: 'year', message: `Det finns redan en enkät för ${year}.` }],
    });
    const backwards = await subgraph.request(maria, CREATE, { input: { year: year - 1, opensOn: `${year - 1}-05-01`, closesOn: `${year - 1}-04-01` } });
    expect(backwards.data.createSurvey.issues).toEqual([{ field: 'closesOn', message: 'Slutdatumet kan inte vara före startdatumet.' }]);
    for (const actor of [staff('CASEWORKER'), staff('OUTREACH'), signe]) {
      expect((await subgraph.request(actor, CREATE, { input: { year: year - 2, opensOn: `${year - 2}-01-01`, closesOn: `${year - 2}-02-01` } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});

describe('answering online', () => {
  it('is offered to a person with current care services and her representative, not to others', async () => {
    expect((await subgraph.request(signe, OFFERS)).data.surveyOffers).toEqual([{ surveyId, year, person: { id: SIGNE } }]);
    expect((await subgraph.request(erik, OFFERS)).data.surveyOffers).toEqual([{ surveyId, year, person: { id: SIGNE } }]);
    expect((await subgraph.request(karl, OFFERS)).data.surveyOffers).toEqual([]);
    expect((await subgraph.request({ kind: 'anonymous' }, OFFERS)).data.surveyOffers).toEqual([]);
    const refused = await subgraph.request(karl, ANSWER, { input: { surveyId, personId: KARL, gender: 'MAN', answers: allAnswers() } });
    expect(refused.data.answerSurvey).toMatchObject({ __typename: 'ValidationError', issues: [{ message: 'Enkäten är inte öppen för dig just nu.' }] });
    // Karl cannot answer for Signe either.
    expect((await subgraph.request(karl, ANSWER, { input: { surveyId, personId: SIGNE, answers: allAnswers() } })).data.answerSurvey.__typename).toBe('ValidationError');
  });

  it('takes her answers once, keeps no person id or time in the response, and no longer offers it to her or her representative', async () => {
    const answered = await subgraph.request(signe, ANSWER, { input: { surveyId, personId: SIGNE, gender: 'WOMAN', answers: allAnswers() } });
    expect(answered.data.answerSurvey).toEqual({ __typename: 'MutationAnswerSurveySuccess', data: { year } });
    const again = await subgraph.request(erik, ANSWER, { input: { surveyId, personId: SIGNE, gender: 'WOMAN', answers: allAnswers('NO') } });
    expect(again.data.answerSurvey.issues).toEqual([{ field: 'surveyId', message: 'Enkäten är redan besvarad. Tack för dina svar!' }]);
    expect((await subgraph.request(erik, OFFERS)).data.surveyOffers).toEqual([]);

    const em = subgraph.orm.em.fork();
    expect(await em.count(SurveyResponse, { survey: surveyId, channel: 'WEB' })).toBe(1);
    const [participation] = await em.find(SurveyParticipation, { surveyId });
    expect(participation!.marker).toMatch(/^[0-9a-f]{64}$/);
    // The response table has no column that could hold a person or a time of day.
    const columns = await em
      .getConnection()
      .execute<Array<{ column_name: string; data_type: string }>>(`select column_name, data_type from information_schema.columns where table_schema = 'feedback' and table_name = 'survey_response'`);
    expect(columns.map((c) => c.column_name).sort()).toEqual(['answered_on', 'answers', 'channel', 'gender', 'id', 'survey_id']);
    expect(columns.find((c) => c.column_name === 'answered_on')!.data_type).toBe('date');
    const rows = await em.getConnection().execute(`select * from "feedback"."survey_response"`);
    expect(JSON.stringify(rows)).not.toContain(SIGNE);
    expect(JSON.stringify(await em.getConnection().execute(`select * from "feedback"."survey_participation"`))).not.toContain(SIGNE);
  });

  it('takes a representative’s answers for the person they represent, and then not the person’s own', async () => {
    // Another unit's survey, so that the results below stay this unit's.
    const other = await subgraph.request(staff('QUALITY_COUNCIL', OTHER_UNIT), CREATE, { input: { year, opensOn: `${year}-01-01`, closesOn: `${year}-12-31` } });
    const otherId = other.data.createSurvey.data.id;
    const ingrid = crypto.randomUUID();
    await careStatus(ingrid, true, '2026-11-01T08:00:00Z');
    const son: Actor = { kind: 'person', personId: crypto.randomUUID(), actingFor: [ingrid] };
    expect((await subgraph.request(son, OFFERS)).data.surveyOffers).toEqual(expect.arrayContaining([{ surveyId: otherId, year, person: { id: ingrid } }]));
    expect((await subgraph.request(son, ANSWER, { input: { surveyId: otherId, personId: ingrid, gender: 'WOMAN', answers: allAnswers() } })).data.answerSurvey.__typename).toBe('MutationAnswerSurveySuccess');
    const herself = await subgraph.request({ kind: 'person', personId: ingrid, actingFor: [] }, ANSWER, { input: { surveyId: otherId, personId: ingrid, answers: allAnswers() } });
    expect(herself.data.answerSurvey.issues).toEqual([{ field: 'surveyId', message: 'Enkäten är redan besvarad. Tack för dina svar!' }]);
    expect(await subgraph.orm.em.fork().count(SurveyResponse, { survey: otherId })).toBe(1);
  });

  it('refuses an option the question does not have, and a closed survey', async () => {
    const other = crypto.randomUUID();
    await careStatus(other, true, '2026-11-01T08:00:00Z');
    const person: Actor = { kind: 'person', personId: other, actingFor: [] };
    const wrong = await subgraph.request(person, ANSWER, { input: { surveyId, personId: other, answers: [{ question: 'TREATED_WELL', option: 'YES' }] } });
    expect(wrong.data.answerSurvey).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'answers.0.option', message: 'Välj ett av svarsalternativen.' }] });
    const closed = await subgraph.request(lena, CREATE, { input: { year: year - 1, opensOn: `${year - 1}-01-01`, closesOn: `${year - 1}-02-01` } });
    const closedId = closed.data.createSurvey.data.id;
    expect((await subgraph.request(person, ANSWER, { input: { surveyId: closedId, personId: other, answers: allAnswers() } })).data.answerSurvey.__typename).toBe('ValidationError');
  });
});

describe('paper questionnaires', () => {
  it('are entered by the unit’s quality council and managers, blanks allowed, and by no one else', async () => {
    const entered = await subgraph.request(lena, PAPER, { input: { surveyId, gender: 'MAN', answers: [{ question: 'KNOWS_WHERE_TO_TURN', option: 'NO' }] } });
    expect(entered.data.enterPaperSurveyResponse).toMatchObject({ __typename: 'MutationEnterPaperSurveyResponseSuccess', data: { responseCount: 2 } });
    expect((await subgraph.request(staff('QUALITY_COUNCIL', OTHER_UNIT), PAPER, { input: { surveyId, answers: [] } })).data.enterPaperSurveyResponse.__typename).toBe('ValidationError');
    for (const actor of [staff('CASEWORKER'), signe]) expect((await subgraph.request(actor, PAPER, { input: { surveyId, answers: [] } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await subgraph.orm.em.fork().count(SurveyResponse, { survey: surveyId, channel: 'PAPER' })).toBe(1);
  });
});

describe('results', () => {
  it('show the share positive by gender with the number of respondents, and hide shares of fewer than five', async () => {
    for (let i = 0; i < 5; i += 1) {
      await subgraph.request(maria, PAPER, { input: { surveyId, gender: 'WOMAN', answers: [{ question: 'KNOWS_WHERE_TO_TURN', option: i < 4 ? 'YES' : 'NO' }] } });
    }
    const survey = (await subgraph.request(lena, RESULTS, { id: surveyId })).data.survey;
    const knows = survey.results.find((r: { question: string }) => r.question === 'KNOWS_WHERE_TO_TURN');
    // Women: Signe (yes) and five paper forms (four yes): 5 of 6.
    expect(knows.women).toEqual({ respondents: 6, percent: 83.3, suppressed: false });
    expect(knows.men).toEqual({ respondents: 1, percent: null, suppressed: true });
    expect(knows.all).toEqual({ respondents: 7, percent: 71.4, suppressed: false });
    // "Vet inte" is not counted: nobody answered the overall question otherwise.
    expect(survey.results.find((r: { question: string }) => r.question === 'OVERALL_SATISFIED').all).toEqual({ respondents: 0, percent: null, suppressed: true });
    expect((await subgraph.request(staff('MANAGER', OTHER_UNIT), RESULTS, { id: surveyId })).data.survey).toBeNull();
    expect((await subgraph.request(staff('CASEWORKER'), RESULTS, { id: surveyId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const csv = (await subgraph.request(lena, CSV, { id: surveyId })).data.surveyResultsCsv as string;
    expect(csv.split('\r\n')[1]).toBe('Vet du vart du ska vända dig om du behöver hjälp?;83,3;6;för få svar;1;71,4;7;;;;');
    expect((await subgraph.request(staff('QUALITY_COUNCIL', OTHER_UNIT), CSV, { id: surveyId })).data.surveyResultsCsv).toBeNull();

    const indicators = (await subgraph.request(lena, INDICATORS, { year })).data.surveyIndicators;
    expect(indicators[0]).toEqual({ indicator: 'KNOWS_WHERE_TO_TURN', women: { percent: 83.3, target: 65, met: true, respondents: 6 }, men: { percent: null, met: null }, all: { percent: 71.4 } });
    expect((await subgraph.request(signe, INDICATORS, { year })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('show the national survey’s figures imported from CSV beside them; a wrong file names its lines and imports nothing', async () => {
    const header = 'year;question;women_percent;men_percent;total_percent;respondents';
    const bad = await upload(lena, `${header}\n${year};KNOWS_WHERE_TO_TURN;61,5;58;60;412\n${year};HUR_MAR_DU;1;2;3;4\n${year};TREATED_WELL;101;;;\n`);
    expect(bad.status).toBe(400);
    expect(bad.body.problems).toEqual([
      { line: 3, message: 'Rad 3: ”HUR_MAR_DU” är ingen fråga i enkäten.' },
      { line: 4, message: 'Rad 4: women_percent ”101” ska vara en procentsats mellan 0 och 100, eller tom.' },
    ]);
    const before = (await subgraph.request(lena, RESULTS, { id: surveyId })).data.survey.results[0].national;
    expect(before).toBeNull();

    expect((await upload(lena, `${header}\n${year};KNOWS_WHERE_TO_TURN;61,5;58;60;412\n`)).body).toEqual({ imported: 1, years: [year] });
    // A second file replaces the same year's figures.
    expect((await upload(maria, `${header}\n${year};KNOWS_WHERE_TO_TURN;62,5;58;60;420\n`)).status).toBe(200);
    const national = (await subgraph.request(lena, RESULTS, { id: surveyId })).data.survey.results[0].national;
    expect(national).toEqual({ womenPercent: 62.5, menPercent: 58, totalPercent: 60, respondents: 420 });

    expect((await upload(staff('CASEWORKER'), `${header}\n${year};KNOWS_WHERE_TO_TURN;1;1;1;1\n`)).status).toBe(403);
    expect((await upload({ kind: 'anonymous' }, `${header}\n${year};KNOWS_WHERE_TO_TURN;1;1;1;1\n`)).status).toBe(401);
    expect((await upload(lena, 'x'.repeat(1_000_001))).status).toBe(413);
  });
});

describe('feedback.care-status-changed', () => {
  const statusOf = (personId: string) => subgraph.orm.em.fork().findOne(SurveyCareStatus, personId);

  it('keeps the newest word on each person, through the queue; an older event changes nothing', async () => {
    const personId = crypto.randomUUID();
    await careStatus(personId, true, '2026-12-01T08:00:00Z');
    expect(await statusOf(personId)).toMatchObject({ hasCurrentCareServices: true });
    await careStatus(personId, false, '2026-12-03T08:00:00Z');
    expect(await statusOf(personId)).toMatchObject({ hasCurrentCareServices: false });
    await handleFeedbackCareStatusChanged(subgraph.orm.em.fork(), { people: [{ personId, hasCurrentCareServices: true, version: '2026-12-02T08:00:00Z' }] });
    expect(await statusOf(personId)).toMatchObject({ hasCurrentCareServices: false });
    // Without services she is not offered the survey any more.
    expect((await subgraph.request({ kind: 'person', personId, actingFor: [] }, OFFERS)).data.surveyOffers).toEqual([]);
  });

  it('takes the newest of one person named twice in one event', async () => {
    const personId = crypto.randomUUID();
    await handleFeedbackCareStatusChanged(subgraph.orm.em.fork(), {
      people: [
        { personId, hasCurrentCareServices: true, version: '2026-12-02T08:00:00Z' },
        { personId, hasCurrentCareServices: false, version: '2026-12-01T08:00:00Z' },
      ],
    });
    expect(await statusOf(personId)).toMatchObject({ hasCurrentCareServices: true });
  });

  it('refuses malformed data', async () => {
    await expect(handleFeedbackCareStatusChanged(subgraph.orm.em.fork(), { people: [{ personId: 'x', hasCurrentCareServices: true, version: '2026-12-01T08:00:00Z' }] })).rejects.toThrow();
  });
});
