import { pdfText } from '@omsorg/letters/testing';
import { clientFingerprint, createLogger, internalTokenKey, signInternalToken, type Actor } from '@omsorg/platform';
import { pollUntil, startTestSubgraph, TEST_INTERNAL_SECRET, type TestSubgraph } from '@omsorg/platform/testing';
import { instantInStockholm } from '@omsorg/rules';
import { addMonths, currentMonthInStockholm } from '@omsorg/rules/offerings';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Offering } from '../entities/offering.ts';
import { ProgrammeRun } from '../entities/programme-run.ts';
import { Session } from '../entities/session.ts';
import { Venue } from '../entities/venue.ts';
import { seedVenues } from '../seed/seed.ts';
import { offeringsService } from '../service.ts';
import { readProgrammeSessions } from './content.ts';

const UNIT = 'Träffpunkter och aktiviteter, Hägersten-Älvsjö';
const DISTRICT = 'Hägersten-Älvsjö';
const kerstin: Actor = { kind: 'staff', staffId: crypto.randomUUID(), roles: ['ACTIVITIES'], unit: UNIT };
const colleague: Actor = { kind: 'staff', staffId: crypto.randomUUID(), roles: ['ACTIVITIES'], unit: 'Träffpunkter, Skärholmen' };
const hanna: Actor = { kind: 'staff', staffId: crypto.randomUUID(), roles: ['CASEWORKER', 'MANAGER'], unit: 'Beställarenheten äldre, Hägersten-Älvsjö' };
const signe: Actor = { kind: 'person', personId: crypto.randomUUID(), actingFor: [] };
const anonymous: Actor = { kind: 'anonymous' };
const key = internalTokenKey(TEST_INTERNAL_SECRET);
const month = currentMonthInStockholm();

const RUN_FIELDS = 'id district month layout language status progress sessionCount requestedByYou fileName fileUrl';
const REQUEST = `mutation($district: String!, $month: String!, $layout: ProgrammeLayout!, $language: ContentLanguage) {
  requestProgramme(district: $district, month: $month, layout: $layout, language: $language) { __typename
    ... on MutationRequestProgrammeSuccess { data { ${RUN_FIELDS} } }
    ... on ValidationError { message issues { field message } } ... on Error { message } } }`;
const RUN = `query($id: ID!) { programmeRun(id: $id) { ${RUN_FIELDS} } }`;
const RUNS = `query($offset: Int, $limit: Int) { programmeRuns(offset: $offset, limit: $limit) { totalCount hasNextPage nodes { id month layout } } }`;
const DISTRICTS = `{ programmeDistricts }`;

let subgraph: TestSubgraph;
let titles: { first: string; second: string; decision: string; draft: string; cancelled: string; nextMonth: string; elsewhere: string };

async function download(actor: Actor, path: string) {
  const token = await signInternalToken({ actor, locale: 'sv', client: clientFingerprint('127.0.0.1', key) }, key);
  return fetch(`${subgraph.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
}

const at = (day: number, time: string, inMonth = month) => instantInStockholm(`${inMonth}-${String(day).padStart(2, '0')}`, time);

async function request(actor: Actor, variables: Record<string, unknown>) {
  return subgraph.request(actor, REQUEST, { district: DISTRICT, month, layout: 'NOTICE_BOARD', ...variables });
}

async function finished(id: string) {
  await pollUntil(() => subgraph.orm.em.fork().findOneOrFail(ProgrammeRun, id), (run) => run.status === 'DONE' || run.status === 'FAILED', 30_000, 'the programme is made');
  return (await subgraph.request(kerstin, RUN, { id })).data.programmeRun;
}

beforeAll(async () => {
  subgraph = await startTestSubgraph(offeringsService);
  // The venues only: the month's sessions are the test's own.
  await seedVenues(subgraph.orm);
  const em = subgraph.orm.em.fork();
  const hagersten = await em.findOneOrFail(Venue, { name: 'Träffpunkt Hägersten' });
  const fruangen = await em.findOneOrFail(Venue, { name: 'Träffpunkt Fruängen' });
  const skarholmen = em.create(Venue, { name: 'Träffpunkt Skärholmen', streetAddress: 'Skärholmsvägen 1', postalCode: '127 48', district: 'Skärholmen', area: 'Skärholmen', texts: { sv: { description: '', openingHours: '', holidayHours: '', directions: '', accessibility: '' } } });
  const offering = (title: string, venue: Venue, extra: Partial<Offering> = {}) =>
    em.create(Offering, { kind: 'ACTIVITY', venue, organiserUnit: UNIT, status: 'PUBLISHED', texts: { sv: { title, summary: '', description: '' }, fi: { title: `${title} (fi)`, summary: '', description: '' } }, ...extra });
  titles = { first: 'Sittgympa', second: 'Bokcirkel', decision: 'Sång i dagverksamheten', draft: 'Hemlig utkastkurs', cancelled: 'Inställd promenad', nextMonth: 'Nästa månads julfest', elsewhere: 'Skärholmens stickcafé' };
  const gympa = offering(titles.first, hagersten);
  const bok = offering(titles.second, fruangen, { registrationRequired: false });
  const sang = offering(titles.decision, hagersten, { audience: 'DECISION', price: 40 });
  const draft = offering(titles.draft, hagersten, { status: 'DRAFT' });
  const cancelled = offering(titles.cancelled, hagersten);
  const later = offering(titles.nextMonth, hagersten);
  const elsewhere = offering(titles.elsewhere, skarholmen);
  const session = (of: Offering, venue: Venue, startsAt: Date, extra: Partial<Session> = {}) =>
    em.create(Session, { offering: of, venue, startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000), capacity: 10, ...extra });
  // The first minutes of the month in Stockholm (the last evening of the previous month in UTC) count.
  session(gympa, hagersten, at(1, '00:30'), { room: 'Stora salen' });
  session(bok, fruangen, at(2, '13:00'), { capacity: null });
  session(sang, hagersten, at(3, '10:00'));
  session(gympa, hagersten, at(8, '10:00'), { room: 'Stora salen' });
  session(draft, hagersten, at(4, '10:00'));
  session(cancelled, hagersten, at(5, '10:00'), { cancelledAt: new Date() });
  session(later, hagersten, at(1, '00:30', addMonths(month, 1)));
  session(elsewhere, skarholmen, at(6, '10:00'));
  await em.flush();
});
afterAll(() => subgraph?.close());

describe('making the programme', () => {
  it('refuses staff without the activities role, citizens and visitors', async () => {
    for (const actor of [hanna, signe, anonymous]) {
      const result = await request(actor, {});
      expect(result.errors?.[0]?.extensions?.code).toBe(actor.kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
      expect((await subgraph.request(actor, RUNS, {})).errors?.[0]?.extensions?.code).toBe(actor.kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
      expect((await subgraph.request(actor, DISTRICTS)).errors?.[0]?.extensions?.code).toBe(actor.kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
    }
    expect(await subgraph.orm.em.fork().count(ProgrammeRun, {})).toBe(0);
  });

  it('offers the districts that have meeting places', async () => {
    expect((await subgraph.request(kerstin, DISTRICTS)).data.programmeDistricts).toEqual([DISTRICT, 'Skärholmen']);
  });

  it('says in Swedish what is wrong with the month, the district or the language', async () => {
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ month: '2026-13' }, 'month', 'Välj en månad, till exempel 2026-12.'],
      [{ month: addMonths(month, 13) }, 'month', 'Välj en månad som är högst 12 månader bort.'],
      [{ district: 'Atlantis' }, 'district', 'Det finns inga träffpunkter i den stadsdelen. Välj en stadsdel i listan.'],
      [{ language: 'AR' }, 'language', 'Programmet kan inte skrivas ut på arabiska ännu. Välj ett annat språk.'],
    ];
    for (const [variables, field, message] of cases) {
      const answer = (await request(kerstin, variables)).data.requestProgramme;
      expect(answer).toMatchObject({ __typename: 'ValidationError', message, issues: [{ field, message }] });
    }
    expect(await subgraph.orm.em.fork().count(ProgrammeRun, {})).toBe(0);
  });

  it('lists the month’s published sessions in order, without drafts, cancelled ones, other months or districts, and reaches 100 %', async () => {
    const answer = (await request(kerstin, {})).data.requestProgramme;
    expect(answer.__typename).toBe('MutationRequestProgrammeSuccess');
    expect(answer.data).toMatchObject({ district: DISTRICT, month, layout: 'NOTICE_BOARD', language: 'SV', status: 'QUEUED', progress: 0, requestedByYou: true, fileUrl: null });
    const run = await finished(answer.data.id);
    expect(run).toMatchObject({ status: 'DONE', progress: 100, sessionCount: 4, fileUrl: `/offerings-programmes/${run.id}.pdf` });
    expect(run.fileName).toBe(`program-hagersten-alvsjo-${month}.pdf`);

    const response = await download(kerstin, run.fileUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toContain(`filename="program-hagersten-alvsjo-${month}.pdf"`);
    const text = pdfText(Buffer.from(await response.arrayBuffer()));
    // Fruängen before Hägersten (by neighbourhood); within Hägersten by day and time.
    const order = [titles.second, titles.first, titles.decision].map((title) => text.indexOf(title));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text.indexOf(titles.first)).toBeLessThan(text.lastIndexOf(titles.first));
    expect(text).toContain('00.30');
    expect(text).toContain(`${titles.decision} *`);
    expect(text).toContain('40 kr');
    expect(text).toContain('Drop-in, ingen anmälan');
    for (const hidden of [titles.draft, titles.cancelled, titles.nextMonth, titles.elsewhere]) expect(text).not.toContain(hidden);
  });

  it('prints the offerings’ Finnish titles when asked for Finnish', async () => {
    const answer = (await request(kerstin, { language: 'FI', layout: 'NEWSPAPER' })).data.requestProgramme;
    const run = await finished(answer.data.id);
    expect(run).toMatchObject({ status: 'DONE', language: 'FI', fileName: `program-hagersten-alvsjo-${month}-tidning.pdf` });
    const text = pdfText(Buffer.from(await (await download(colleague, run.fileUrl)).arrayBuffer()));
    expect(text).toContain(`${titles.first} (fi)`);
    expect(text).toContain('Maksuton');
  });

  it('lets only staff with the role download, and finds nothing for a run that is not done', async () => {
    const [run] = await subgraph.orm.em.fork().find(ProgrammeRun, { status: 'DONE' }, { limit: 1 });
    expect((await download(anonymous, `/offerings-programmes/${run!.id}.pdf`)).status).toBe(401);
    for (const actor of [hanna, signe]) expect((await download(actor, `/offerings-programmes/${run!.id}.pdf`)).status).toBe(403);
    const em = subgraph.orm.em.fork();
    const queued = em.create(ProgrammeRun, { district: DISTRICT, month, layout: 'NOTICE_BOARD', status: 'FAILED', requestedById: kerstin.staffId as string });
    await em.flush();
    expect((await download(kerstin, `/offerings-programmes/${queued.id}.pdf`)).status).toBe(404);
    expect((await download(kerstin, `/offerings-programmes/not-a-uuid.pdf`)).status).toBe(404);
  });

  it('lists the runs, latest first, a page at a time', async () => {
    const first = (await subgraph.request(kerstin, RUNS, { offset: 0, limit: 2 })).data.programmeRuns;
    expect(first).toMatchObject({ totalCount: 3, hasNextPage: true });
    const second = (await subgraph.request(kerstin, RUNS, { offset: 2, limit: 2 })).data.programmeRuns;
    expect(second.hasNextPage).toBe(false);
    const runs = await subgraph.orm.em.fork().find(ProgrammeRun, {}, { orderBy: { requestedAt: 'desc', id: 'desc' } });
    expect([...first.nodes, ...second.nodes].map((run: { id: string }) => run.id)).toEqual(runs.map((run) => run.id));
  });

  it('answers the run under way rather than making the same programme twice', async () => {
    const em = subgraph.orm.em.fork();
    const running = em.create(ProgrammeRun, { district: DISTRICT, month, layout: 'NEWSPAPER', language: 'en', status: 'RUNNING', progress: 40, requestedById: colleague.staffId as string });
    await em.flush();
    const answer = (await request(kerstin, { layout: 'NEWSPAPER', language: 'EN' })).data.requestProgramme;
    expect(answer.data).toMatchObject({ id: running.id, status: 'RUNNING', progress: 40, requestedByYou: false });
    await em.nativeDelete(ProgrammeRun, { id: running.id });
  });
});

describe('reading the sessions', () => {
  it('reads in pages and says how far it has come after each', async () => {
    const em = subgraph.orm.em.fork();
    const venue = em.create(Venue, { name: 'Träffpunkt Bredäng', streetAddress: 'Bredängsvägen 2', postalCode: '127 32', district: 'Skärholmen', area: 'Bredäng', texts: { sv: { description: '', openingHours: '', holidayHours: '', directions: '', accessibility: '' } } });
    const offering = em.create(Offering, { kind: 'ACTIVITY', venue, organiserUnit: UNIT, status: 'PUBLISHED', texts: { sv: { title: 'Boule', summary: '', description: '' } } });
    for (let index = 0; index < 229; index += 1) {
      const startsAt = at(10 + (index % 15), '09:00');
      em.create(Session, { offering, venue, startsAt: new Date(startsAt.getTime() + index * 60_000), endsAt: new Date(startsAt.getTime() + index * 60_000 + 3_600_000), capacity: 5 });
    }
    await em.flush();
    const calls: Array<[number, number]> = [];
    const read = await readProgrammeSessions(subgraph.orm.em.fork(), { district: 'Skärholmen', month, language: 'sv', now: new Date() }, (done, total) => {
      calls.push([done, total]);
    });
    expect(calls).toEqual([[100, 230], [200, 230], [230, 230]]);
    expect(read.entries).toHaveLength(230);
    const starts = read.entries.map((entry) => entry.startsAt.getTime());
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    expect(read.venues.map((venue) => venue.name)).toEqual(['Träffpunkt Bredäng', 'Träffpunkt Skärholmen']);
  });

  it('marks a run FAILED when its last attempt fails, so the page stops waiting', async () => {
    const em = subgraph.orm.em.fork();
    const run = em.create(ProgrammeRun, { district: DISTRICT, month: 'bad', layout: 'NOTICE_BOARD', requestedById: kerstin.staffId as string });
    await em.flush();
    const { programmeJob } = await import('./programme-job.ts');
    await expect(programmeJob.handler({ runId: run.id }, { em: subgraph.orm.em.fork(), log: createLogger('test'), finalAttempt: false })).rejects.toThrow();
    expect((await subgraph.orm.em.fork().findOneOrFail(ProgrammeRun, run.id)).status).toBe('QUEUED');
    await expect(programmeJob.handler({ runId: run.id }, { em: subgraph.orm.em.fork(), log: createLogger('test'), finalAttempt: true })).rejects.toThrow();
    const failed = await subgraph.orm.em.fork().findOneOrFail(ProgrammeRun, run.id);
    expect(failed.status).toBe('FAILED');
    expect(failed.finishedAt).toBeInstanceOf(Date);
  });
});
