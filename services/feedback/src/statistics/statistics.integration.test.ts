import { clientFingerprint, internalTokenKey, signInternalToken, type Actor, type StaffRole } from '@omsorg/platform';
import { countStatements, startTestSubgraph, TEST_INTERNAL_SECRET, type TestSubgraph } from '@omsorg/platform/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedbackService } from '../service.ts';
import { insertStatisticsItems } from './testing.ts';

const UNIT = 'Hägersten-Älvsjö';
const staff = (role: StaffRole): Actor => ({ kind: 'staff', staffId: crypto.randomUUID(), roles: [role], unit: UNIT });
const lena = staff('QUALITY_COUNCIL');
const key = internalTokenKey(TEST_INTERNAL_SECRET);

const COUNTS = '{ women men unknown total }';
const STATISTICS = `query($year: Int!, $unit: String) { feedbackStatistics(year: $year, unit: $unit) { year unit
  categories { dimension category periods ${COUNTS} }
  outcomes { period received ${COUNTS} answered ${COUNTS} actionTaken ${COUNTS} lexSarah ${COUNTS} answeredShare actionShare answerDaysMedian answerDaysMean } } }`;
const CSV = `query($year: Int!, $unit: String) { feedbackStatisticsCsv(year: $year, unit: $unit) }`;
const INDICATORS = `query($year: Int!, $tertial: Int!) { feedbackIndicators(year: $year, tertial: $tertial) { key value previousValue target met } }`;

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(feedbackService);
  await insertStatisticsItems(subgraph.orm.em.fork(), [
    // The last second of April in Stockholm (CEST, UTC+2): T1. Answered three Stockholm days later, with an action.
    { type: 'COMPLAINT', senderGender: 'WOMAN', source: 'USER', subject: 'TREATMENT', target: 'HOME_CARE_PROVIDER', receivedAt: '2026-04-30T21:59:59Z', answeredAt: '2026-05-03T08:00:00Z', actionTakenAt: '2026-05-04T08:00:00Z' },
    // Midnight of 1 May in Stockholm: T2. Answered at 00:30 the next Stockholm day (still 1 May in UTC), escalated to lex Sarah.
    { type: 'COMPLAINT', senderGender: 'MAN', source: 'RELATIVE', subject: 'STAFFING', target: 'NURSING_HOME', receivedAt: '2026-04-30T22:00:00Z', answeredAt: '2026-05-01T22:30:00Z', lexSarahAt: '2026-05-02T10:00:00Z' },
    // Praise: its own row, not among the sources, subjects, targets or outcomes.
    { type: 'PRAISE', senderGender: 'WOMAN', source: 'USER', subject: 'TREATMENT', receivedAt: '2026-06-01T10:00:00Z' },
    // 00:30 on New Year's Day in Stockholm (CET, UTC+1): 2026's T1; its personal data already removed.
    { type: 'SUGGESTION', receivedAt: '2025-12-31T23:30:00Z', removed: true },
    // Midnight of New Year's Day 2027 in Stockholm: not 2026.
    { type: 'QUESTION', senderGender: 'WOMAN', receivedAt: '2026-12-31T23:00:00Z' },
    // Another unit, T3, answered five days later.
    { type: 'COMPLAINT', senderGender: 'WOMAN', source: 'USER', subject: 'TREATMENT', receivedAt: '2026-09-15T08:00:00Z', answeredAt: '2026-09-20T08:00:00Z', unit: 'Östermalm' },
    // A year earlier: T2 2025, for the indicators' comparison.
    { type: 'COMPLAINT', receivedAt: '2025-05-10T08:00:00Z' },
  ]);
});
afterAll(() => subgraph?.close());

type Counts = { women: number; men: number; unknown: number; total: number };
const c = (women: number, men: number, unknown: number): Counts => ({ women, men, unknown, total: women + men + unknown });
const ZERO = c(0, 0, 0);

async function statistics(unit?: string) {
  const answer = await subgraph.request(lena, STATISTICS, { year: 2026, unit });
  expect(answer.errors).toBeUndefined();
  return answer.data.feedbackStatistics;
}
const row = (stats: any, dimension: string, category: string): Counts[] => stats.categories.find((r: any) => r.dimension === dimension && r.category === category).periods;

describe('feedbackStatistics', () => {
  it('counts each type per tertial by the Stockholm day received, split by gender, praise included', async () => {
    const stats = await statistics();
    expect(row(stats, 'TYPE', 'COMPLAINT')).toEqual([c(1, 0, 0), c(0, 1, 0), c(1, 0, 0), c(2, 1, 0)]);
    expect(row(stats, 'TYPE', 'PRAISE')).toEqual([ZERO, c(1, 0, 0), ZERO, c(1, 0, 0)]);
    expect(row(stats, 'TYPE', 'SUGGESTION')).toEqual([c(0, 0, 1), ZERO, ZERO, c(0, 0, 1)]);
    // The question received at midnight of New Year's Day 2027 belongs to 2027.
    expect(row(stats, 'TYPE', 'QUESTION')).toEqual([ZERO, ZERO, ZERO, ZERO]);
  });

  it('counts sources, subjects and targets without praise', async () => {
    const stats = await statistics();
    expect(row(stats, 'SOURCE', 'USER')).toEqual([c(1, 0, 0), ZERO, c(1, 0, 0), c(2, 0, 0)]);
    expect(row(stats, 'SOURCE', 'RELATIVE')).toEqual([ZERO, c(0, 1, 0), ZERO, c(0, 1, 0)]);
    expect(row(stats, 'SOURCE', 'OTHER_UNKNOWN')).toEqual([c(0, 0, 1), ZERO, ZERO, c(0, 0, 1)]);
    expect(row(stats, 'SUBJECT', 'TREATMENT')).toEqual([c(1, 0, 0), ZERO, c(1, 0, 0), c(2, 0, 0)]);
    expect(row(stats, 'SUBJECT', 'STAFFING')).toEqual([ZERO, c(0, 1, 0), ZERO, c(0, 1, 0)]);
    expect(row(stats, 'TARGET', 'HOME_CARE_PROVIDER')).toEqual([c(1, 0, 0), ZERO, ZERO, c(1, 0, 0)]);
    expect(row(stats, 'TARGET', 'NURSING_HOME')).toEqual([ZERO, c(0, 1, 0), ZERO, c(0, 1, 0)]);
    expect(row(stats, 'TARGET', 'UNIT')).toEqual([c(0, 0, 1), ZERO, c(1, 0, 0), c(1, 0, 1)]);
    expect(stats.categories).toHaveLength(4 + 6 + 13 + 5);
  });

  it('gives the share answered, the share with an action, lex Sarah and the days to answer per period', async () => {
    const [t1, t2, t3, year] = (await statistics()).outcomes;
    expect(t1).toMatchObject({ period: 'T1', received: c(1, 0, 1), answered: c(1, 0, 0), actionTaken: c(1, 0, 0), lexSarah: ZERO, answeredShare: 50, actionShare: 50, answerDaysMedian: 3, answerDaysMean: 3 });
    expect(t2).toMatchObject({ period: 'T2', received: c(0, 1, 0), answered: c(0, 1, 0), lexSarah: c(0, 1, 0), answeredShare: 100, actionShare: 0, answerDaysMedian: 1 });
    expect(t3).toMatchObject({ period: 'T3', received: c(1, 0, 0), answerDaysMedian: 5, answerDaysMean: 5 });
    expect(year).toMatchObject({ period: 'YEAR', received: c(2, 1, 1), answered: c(2, 1, 0), actionTaken: c(1, 0, 0), lexSarah: c(0, 1, 0), answeredShare: 75, actionShare: 25, answerDaysMedian: 3, answerDaysMean: 3 });
  });

  it('counts one unit only when asked, and nothing for an empty year', async () => {
    const stats = await statistics(UNIT);
    expect(stats.unit).toBe(UNIT);
    expect(row(stats, 'TYPE', 'COMPLAINT')).toEqual([c(1, 0, 0), c(0, 1, 0), ZERO, c(1, 1, 0)]);
    expect(stats.outcomes[3].received).toEqual(c(1, 1, 1));
    const empty = (await subgraph.request(lena, STATISTICS, { year: 2030 })).data.feedbackStatistics;
    expect(empty.outcomes[3]).toMatchObject({ received: ZERO, answeredShare: null, answerDaysMedian: null });
  });

  it('answers null for a year out of range or an empty unit', async () => {
    expect((await subgraph.request(lena, STATISTICS, { year: 1999 })).data.feedbackStatistics).toBeNull();
    expect((await subgraph.request(lena, STATISTICS, { year: 2026, unit: '' })).data.feedbackStatistics).toBeNull();
  });

  it('costs the same two SQL statements whatever the data', async () => {
    const counter = countStatements(subgraph.orm);
    try {
      await statistics();
      const full = counter.count;
      counter.reset();
      await subgraph.request(lena, STATISTICS, { year: 2030 });
      expect(counter.count).toBe(full);
      expect(full).toBeLessThanOrEqual(2);
    } finally {
      counter.stop();
    }
  });
});

describe('the CSV and the XLSX', () => {
  it('writes the CSV in the shape of the annual report, then the split by gender', async () => {
    const csv: string = (await subgraph.request(lena, CSV, { year: 2026 })).data.feedbackStatisticsCsv;
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('Uppdelning;Klagomål/synpunkter/kategorier;Utfall T1;Utfall T2;Utfall VB;Totalt ack. Utfall');
    expect(lines[1]).toBe('Beröm;Antal beröm;0;1;0;1');
    expect(lines).toContain('Återkoppling;Antal klagomål där återkoppling har lämnats;1;1;1;3');
    expect(lines).toContain(';Andel klagomål där återkoppling har lämnats (%);50;100;100;75');
    expect(lines).toContain('Varav antal avvikelser som lett till;Lex Sarah;0;1;0;1');
    expect(lines).toContain('Uppdelning;Klagomål/synpunkter/kategorier;T1 kvinnor;T1 män;T1 okänt;T2 kvinnor;T2 män;T2 okänt;VB kvinnor;VB män;VB okänt;Totalt ack. kvinnor;Totalt ack. män;Totalt ack. okänt');
    expect(lines).toContain('Beröm;Antal beröm;0;0;0;1;0;0;0;0;0;1;0;0');
  });

  it('serves an XLSX that opens, with the report\'s table and the split by gender', async () => {
    const response = await download(lena, '/feedback-statistics/2026.xlsx');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers.get('content-disposition')).toContain('synpunkter_2026.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Utfall', 'Per kön']);
    const sheet = workbook.getWorksheet('Utfall')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Redovisning av synpunkter och klagomål 2026');
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual(['Uppdelning', 'Klagomål/synpunkter/kategorier', 'Utfall T1', 'Utfall T2', 'Utfall VB', 'Totalt ack. Utfall']);
    expect((sheet.getRow(4).values as unknown[]).slice(1)).toEqual(['Beröm', 'Antal beröm', 0, 1, 0, 1]);
    const unitSheet = await download(lena, `/feedback-statistics/2026.xlsx?unit=${encodeURIComponent(UNIT)}`);
    expect(unitSheet.headers.get('content-disposition')).toContain(encodeURIComponent('synpunkter_2026_Hägersten-Älvsjö.xlsx'));
  });

  it('answers 404 for a malformed path or year', async () => {
    expect((await download(lena, '/feedback-statistics/1999.xlsx')).status).toBe(404);
    expect((await download(lena, '/feedback-statistics/2026.pdf')).status).toBe(404);
  });
});

async function download(actor: Actor, path: string) {
  const token = await signInternalToken({ actor, locale: 'sv', client: clientFingerprint('127.0.0.1', key) }, key);
  return fetch(`${subgraph.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
}

describe('feedbackIndicators', () => {
  it('compares the complaints registered with the same tertial a year earlier (target: should rise) and gives the shares', async () => {
    const t1 = (await subgraph.request(lena, INDICATORS, { year: 2026, tertial: 1 })).data.feedbackIndicators;
    expect(t1).toEqual([
      { key: 'COMPLAINTS_REGISTERED', value: 2, previousValue: 0, target: 'Ska öka', met: true },
      { key: 'COMPLAINTS_ANSWERED_SHARE', value: 50, previousValue: null, target: null, met: null },
      { key: 'COMPLAINTS_WITH_ACTION_SHARE', value: 50, previousValue: null, target: null, met: null },
    ]);
    const t2 = (await subgraph.request(lena, INDICATORS, { year: 2026, tertial: 2 })).data.feedbackIndicators;
    expect(t2[0]).toEqual({ key: 'COMPLAINTS_REGISTERED', value: 1, previousValue: 1, target: 'Ska öka', met: false });
    expect(t2[1]).toMatchObject({ value: 100, previousValue: 0 });
    expect((await subgraph.request(lena, INDICATORS, { year: 2026, tertial: 4 })).data.feedbackIndicators).toBeNull();
  });
});

describe('who may read the statistics', () => {
  const refused: [string, Actor][] = [
    ['a caseworker', staff('CASEWORKER')],
    ['an outreach worker', staff('OUTREACH')],
    ['a citizen', { kind: 'person', personId: crypto.randomUUID(), actingFor: [] }],
    ['an anonymous caller', { kind: 'anonymous' }],
  ];

  it.each(refused)('refuses %s every query', async (_name, actor) => {
    for (const [query, variables] of [[STATISTICS, { year: 2026 }], [CSV, { year: 2026 }], [INDICATORS, { year: 2026, tertial: 1 }]] as const) {
      const answer = await subgraph.request(actor, query, variables);
      expect(answer.errors?.[0]?.extensions?.code).toBe(actor.kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
      expect(answer.data?.feedbackStatistics ?? answer.data?.feedbackStatisticsCsv ?? answer.data?.feedbackIndicators ?? null).toBeNull();
    }
  });

  it.each(refused)('refuses %s the XLSX', async (_name, actor) => {
    const response = await download(actor, '/feedback-statistics/2026.xlsx');
    expect(response.status).toBe(actor.kind === 'anonymous' ? 401 : 403);
    expect(response.headers.get('content-type')).toContain('application/json');
  });

  it('lets a manager read them', async () => {
    expect((await subgraph.request(staff('MANAGER'), STATISTICS, { year: 2026 })).data.feedbackStatistics.year).toBe(2026);
    expect((await download(staff('MANAGER'), '/feedback-statistics/2026.xlsx')).status).toBe(200);
  });
});
