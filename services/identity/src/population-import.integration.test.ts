import { clientFingerprint, internalTokenKey, signInternalToken, type Actor } from '@omsorg/platform';
import { pollUntil, TEST_INTERNAL_SECRET } from '@omsorg/platform/testing';
import { peopleChangedData, PEOPLE_CHANGED_QUEUE, type PersonFacts } from '@omsorg/rules/outreach';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Person } from './entities/person.ts';
import { ImportRun } from './entities/population-import.ts';
import { StaffMember } from './entities/staff-member.ts';
import { asPerson, asStaff, startIdentityWorld, UNIT, type IdentityWorld } from './test-fixtures.ts';

const key = internalTokenKey(TEST_INTERNAL_SECRET);
let world: IdentityWorld;
let omar: StaffMember;
const asOutreach = () => asStaff(omar, ['OUTREACH']);

beforeAll(async () => {
  world = await startIdentityWorld();
  const em = world.subgraph.orm.em.fork();
  omar = em.create(StaffMember, { username: 'uppsok1', givenName: 'Omar', familyName: 'Haddad', roles: ['OUTREACH'], unit: UNIT, title: 'Äldrelots', phone: null });
  await em.flush();
});
afterAll(() => world?.subgraph.close());

const HEADER = 'Personnummer;Efternamn;Förnamn;Utdelningsadress;Postnummer;Postort;Stadsdelsområde';
// Karl Nilsson is known already (seeded, without an address); the others are new.
const KARL = '19450808-3195;Nilsson;Karl;Personnevägen 5;126 51;Hägersten;Hägersten';
const INGRID = '19400229-2383;Sjöberg;Ingrid;Fruängsgången 3;12952;Hägersten;Fruängen';
const BAD_CHECK_DIGIT = '19510923-1241;Ek;Birgitta;Fruängsgården 22;129 52;Hägersten;Fruängen';
const BO = '19460304-2138;Lind;Bo;Älvsjövägen 1;125 30;Älvsjö;Älvsjö';
const NO_POSTAL_CODE = '19500101-2383;Berg;Anna;Sedelvägen 3;;Hägersten;Hägersten';
const csv = (...lines: string[]) => `\uFEFF${[HEADER, ...lines].join('\r\n')}\r\n`;

async function upload(actor: Actor, body: string, fileName = 'uttag.csv') {
  const token = await signInternalToken({ actor, locale: 'sv', client: clientFingerprint('127.0.0.1', key) }, key);
  const response = await fetch(`${world.subgraph.url}/population-imports`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(fileName) },
    body,
  });
  return { status: response.status, body: (await response.json()) as { run?: { id: string }; error?: { code: string; message: string } } };
}

const RUN = `query($id: ID!) { populationImport(id: $id) { id fileName status rowsRead created updated unchanged refused processed startedBy { name }
  refusedRows(offset: 0, limit: 10) { totalCount nodes { line reason } } } }`;
const RUNS = `query { populationImports(offset: 0, limit: 10) { totalCount nodes { id status } } }`;

async function importAndWait(body: string) {
  const uploaded = await upload(asOutreach(), body);
  expect(uploaded.status).toBe(202);
  const id = uploaded.body.run!.id;
  await pollUntil(() => world.subgraph.orm.em.fork().findOneOrFail(ImportRun, id), (run) => run.status !== 'RUNNING', 15_000, 'the import finished');
  return (await world.subgraph.request(asOutreach(), RUN, { id })).data.populationImport;
}

async function peopleEvents(): Promise<PersonFacts[][]> {
  const rows = await world.subgraph.orm.em.fork().getConnection().execute<Array<{ data: unknown }>>(`select data from pgboss.job where name = ? order by created_on`, [PEOPLE_CHANGED_QUEUE]);
  return rows.map((row) => peopleChangedData.parse(row.data).people);
}

const findPerson = (pnr: string) => world.subgraph.orm.em.fork().findOne(Person, { personalIdentityNumber: pnr });

describe('importing the population extract', () => {
  let firstRunId: string;

  it('imports the valid rows, refuses an invalid personnummer and a missing postal code by line, and counts it all', async () => {
    const run = await importAndWait(csv(KARL, INGRID, BAD_CHECK_DIGIT, BO, NO_POSTAL_CODE));
    firstRunId = run.id;
    expect(run).toMatchObject({ fileName: 'uttag.csv', status: 'DONE', rowsRead: 5, created: 2, updated: 1, unchanged: 0, refused: 2, processed: 5, startedBy: { name: 'Omar Haddad' } });
    expect(run.refusedRows).toEqual({
      totalCount: 2,
      nodes: [
        { line: 4, reason: 'INVALID_PERSONAL_IDENTITY_NUMBER' },
        { line: 6, reason: 'MISSING_POSTAL_CODE' },
      ],
    });
    expect(await findPerson('194002292383')).toMatchObject({ givenName: 'Ingrid', familyName: 'Sjöberg', postalCode: '129 52', districtArea: 'Fruängen', birthDate: '1940-02-29', legalGender: 'FEMALE', email: null, preferredLanguage: 'sv' });
    expect(await findPerson('194508083195')).toMatchObject({ streetAddress: 'Personnevägen 5', postalCode: '126 51', postalTown: 'Hägersten' });
    expect(await findPerson('195109231241')).toBeNull();
  });

  it('tells outreach of the people created or changed, with their facts, in one event', async () => {
    const ingrid = (await findPerson('194002292383'))!;
    const events = (await peopleEvents()).filter((people) => people.some((p) => p.id === ingrid.id));
    expect(events).toHaveLength(1);
    expect(events[0]!.map((p) => p.givenName).sort()).toEqual(['Bo', 'Ingrid', 'Karl']);
    expect(events[0]!.find((p) => p.id === ingrid.id)).toEqual({
      id: ingrid.id,
      givenName: 'Ingrid',
      familyName: 'Sjöberg',
      birthDate: '1940-02-29',
      legalGender: 'FEMALE',
      districtArea: 'Fruängen',
      preferredLanguage: 'sv',
      interpreterNeeded: false,
      streetAddress: 'Fruängsgången 3',
      postalCode: '129 52',
      postalTown: 'Hägersten',
      email: null,
      version: ingrid.updatedAt.toISOString(),
    });
  });

  it('is idempotent: the same file again creates and updates nobody and sends no event', async () => {
    const before = (await peopleEvents()).length;
    const run = await importAndWait(csv(KARL, INGRID, BAD_CHECK_DIGIT, BO, NO_POSTAL_CODE));
    expect(run).toMatchObject({ status: 'DONE', rowsRead: 5, created: 0, updated: 0, unchanged: 3, refused: 2 });
    expect(await world.subgraph.orm.em.fork().count(Person, { personalIdentityNumber: { $in: ['194002292383', '194603042138'] } })).toBe(2);
    expect((await peopleEvents()).length).toBe(before);
  });

  it('updates a changed address and tells outreach the new one', async () => {
    const run = await importAndWait(csv(KARL, INGRID.replace('Fruängsgången 3', 'Fruängsgången 7'), BO));
    expect(run).toMatchObject({ status: 'DONE', created: 0, updated: 1, unchanged: 2, refused: 0 });
    const ingrid = (await findPerson('194002292383'))!;
    expect(ingrid.streetAddress).toBe('Fruängsgången 7');
    const latest = (await peopleEvents()).at(-1)!;
    expect(latest).toEqual([expect.objectContaining({ id: ingrid.id, streetAddress: 'Fruängsgången 7', version: ingrid.updatedAt.toISOString() })]);
  });

  it('refuses a second row for the same person, and a row with a column missing, and imports the rest', async () => {
    const run = await importAndWait(csv('19380101-9922;Virtanen;Aino;Lillåvägen 3;125 52;Älvsjö;Liseberg', '19380101-9922;Virtanen;Aino;Lillåvägen 9;125 52;Älvsjö;Liseberg', '19450808-3195;Nilsson;Karl'));
    expect(run).toMatchObject({ status: 'DONE', rowsRead: 3, created: 1, refused: 2 });
    expect(run.refusedRows.nodes).toEqual([
      { line: 3, reason: 'DUPLICATE_PERSONAL_IDENTITY_NUMBER' },
      { line: 4, reason: 'WRONG_COLUMN_COUNT' },
    ]);
  });

  it('refuses a file without the columns, or not CSV, as a whole: a FAILED run and nothing imported', async () => {
    const missing = await upload(asOutreach(), 'Personnummer;Namn\n19400229-2383;Ingrid\n');
    expect(missing).toMatchObject({ status: 400, body: { error: { code: 'MISSING_COLUMNS', message: expect.stringContaining('Efternamn, Förnamn') } } });
    const broken = await upload(asOutreach(), csv('19460304-2138;"Lind;Bo;Älvsjövägen 1;125 30;Älvsjö;Älvsjö'));
    expect(broken).toMatchObject({ status: 400, body: { error: { code: 'NOT_CSV' } } });
    const run = await world.subgraph.orm.em.fork().findOneOrFail(ImportRun, broken.body.run!.id);
    expect(run).toMatchObject({ status: 'FAILED', failure: 'NOT_CSV', rowsRead: 0 });
    expect(await world.subgraph.orm.em.fork().count(Person, { personalIdentityNumber: '194603042138', familyName: 'Lind' })).toBe(1);
  });

  it('fails the run when a chunk fails for good (its last attempt), so the page stops waiting; not before', async () => {
    const { populationImportJob } = await import('./jobs/population-import.ts');
    const { createLogger } = await import('@omsorg/platform');
    const em = world.subgraph.orm.em.fork();
    const run = em.create(ImportRun, { startedBy: omar, unit: UNIT, fileName: 'trasig.csv', chunksTotal: 1 });
    await em.flush();
    const broken = { runId: run.id, chunk: 0, rows: [] };
    const log = createLogger('test');
    await expect(populationImportJob.handler(broken, { em: world.subgraph.orm.em.fork(), log, finalAttempt: false })).rejects.toThrow();
    expect((await world.subgraph.orm.em.fork().findOneOrFail(ImportRun, run.id)).status).toBe('RUNNING');
    await expect(populationImportJob.handler(broken, { em: world.subgraph.orm.em.fork(), log, finalAttempt: true })).rejects.toThrow();
    expect(await world.subgraph.orm.em.fork().findOneOrFail(ImportRun, run.id)).toMatchObject({ status: 'FAILED', failure: 'INTERNAL' });
  });

  it('refuses a file over the size limit (POPULATION_IMPORT_MAX_BYTES) with 413', async () => {
    process.env.POPULATION_IMPORT_MAX_BYTES = '200';
    try {
      const large = await upload(asOutreach(), csv(KARL, INGRID, BO, KARL, INGRID));
      expect(large).toMatchObject({ status: 413, body: { error: { code: 'TOO_LARGE' } } });
    } finally {
      delete process.env.POPULATION_IMPORT_MAX_BYTES;
    }
  });

  it('lists the runs of the unit, newest first', async () => {
    const runs = (await world.subgraph.request(asOutreach(), RUNS)).data.populationImports;
    expect(runs.totalCount).toBeGreaterThanOrEqual(6);
    expect(runs.nodes.at(-1)).toMatchObject({ id: firstRunId, status: 'DONE' });
    expect((await world.subgraph.request(asStaff(omar, ['MANAGER']), RUNS)).data.populationImports.totalCount).toBe(runs.totalCount);
    // Another unit's outreach staff see none of them.
    const elsewhere = await world.subgraph.request(asStaff(omar, ['OUTREACH'], 'Förebyggande enheten, Skärholmen'), RUNS);
    expect(elsewhere.data.populationImports.totalCount).toBe(0);
    expect((await world.subgraph.request(asStaff(omar, ['OUTREACH'], 'Förebyggande enheten, Skärholmen'), RUN, { id: firstRunId })).data.populationImport).toBeNull();
  });

  it('is refused to a caseworker and a citizen: on the upload route and on both queries', async () => {
    const before = await world.subgraph.orm.em.fork().count(ImportRun, {});
    for (const actor of [asStaff(world.hanna), asPerson(world.karl), asStaff(omar, ['QUALITY_COUNCIL'])]) {
      const refused = await upload(actor, csv(INGRID));
      expect(refused).toMatchObject({ status: 403, body: { error: { code: 'FORBIDDEN' } } });
      expect((await world.subgraph.request(actor, RUNS)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await world.subgraph.request(actor, RUN, { id: firstRunId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await world.subgraph.orm.em.fork().count(ImportRun, {})).toBe(before);
    expect((await upload({ kind: 'anonymous' }, csv(INGRID))).status).toBe(401);
  });
});

describe('person events to outreach outside the import', () => {
  const REGISTER = `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { __typename ... on MutationRegisterPersonSuccess { data { id } } } }`;

  it('a person registered by staff is sent at once, with their language and interpreter need', async () => {
    const input = { personalIdentityNumber: '19390517-1488', givenName: 'Maj', familyName: 'Holm', districtArea: 'Västertorp', preferredLanguage: 'fi', interpreterNeeded: true };
    const result = await world.subgraph.request(asStaff(world.hanna), REGISTER, { input });
    const id = result.data.registerPerson.data.id;
    const sent = (await peopleEvents()).filter((people) => people.some((p) => p.id === id));
    expect(sent).toEqual([[expect.objectContaining({ id, givenName: 'Maj', birthDate: '1939-05-17', legalGender: 'FEMALE', districtArea: 'Västertorp', preferredLanguage: 'fi', interpreterNeeded: true, streetAddress: null })]]);
  });

  it('the seed sends everyone (publishPeople), in chunks, once per version', async () => {
    const { publishPeople } = await import('./jobs/people-changed.ts');
    const { createLogger } = await import('@omsorg/platform');
    const everyone = await world.subgraph.orm.em.fork().count(Person, {});
    expect(await publishPeople(world.subgraph.orm, createLogger('test'))).toBe(everyone);
    const before = (await peopleEvents()).length;
    await publishPeople(world.subgraph.orm, createLogger('test'));
    expect((await peopleEvents()).length).toBe(before);
    const karl = (await findPerson('194508083195'))!;
    expect((await peopleEvents()).flat().filter((p) => p.id === karl.id && p.version === karl.updatedAt.toISOString()).length).toBeGreaterThanOrEqual(1);
  });
});
