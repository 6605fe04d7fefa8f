import { AccessLogEntry } from '@omsorg/platform';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { nameWords } from './schema/person-search.ts';
import { asPerson, asStaff, OTHER_UNIT, startIdentityWorld, type IdentityWorld } from './test-fixtures.ts';

let world: IdentityWorld;
beforeAll(async () => {
  world = await startIdentityWorld();
});
afterAll(() => world?.subgraph.close());
afterEach(() => {
  delete process.env.RATE_LIMIT_PERSON_NAME_SEARCHES;
});

const SEARCH = `query($name: String!) { unitPersonsByName(name: $name) { id fullName } }`;

describe('finding a person by name (the inbox search)', () => {
  it('finds only persons the unit has a case for, by any part of the name, and logs each as a lookup', async () => {
    const { subgraph, signe, hanna } = world;
    // Signe and Erik are both Andersson; only Signe has a case in Hanna's unit.
    const found = await subgraph.request(asStaff(hanna), SEARCH, { name: 'andersson' });
    expect(found.data.unitPersonsByName).toEqual([{ id: signe.id, fullName: 'Signe Andersson' }]);
    expect((await subgraph.request(asStaff(hanna), SEARCH, { name: 'sig anders' })).data.unitPersonsByName).toEqual([{ id: signe.id, fullName: 'Signe Andersson' }]);
    expect((await subgraph.request(asStaff(hanna), SEARCH, { name: 'Karl' })).data.unitPersonsByName).toEqual([]);
    const log = await subgraph.orm.em.fork().find(AccessLogEntry, { personId: signe.id, staffId: hanna.id, resource: 'Person.lookup' });
    expect(log.length).toBeGreaterThanOrEqual(2);
  });

  it('finds nothing for a unit without a case for the person, and refuses those who may not', async () => {
    const { subgraph, signe, erik, hanna } = world;
    expect((await subgraph.request(asStaff(hanna, ['CASEWORKER'], OTHER_UNIT), SEARCH, { name: 'Signe' })).data.unitPersonsByName).toEqual([]);
    for (const actor of [asStaff(hanna, ['OUTREACH']), asStaff(hanna, ['QUALITY_COUNCIL']), asPerson(erik, [signe.id])]) {
      expect((await subgraph.request(actor, SEARCH, { name: 'Signe' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('takes a name of two letters or more, LIKE wildcards as letters', async () => {
    const { subgraph, hanna } = world;
    expect((await subgraph.request(asStaff(hanna), SEARCH, { name: 'S' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await subgraph.request(asStaff(hanna), SEARCH, { name: '%%' })).data.unitPersonsByName).toEqual([]);
    expect(nameWords(' Signe  A Andersson x_y ')).toEqual(['Signe', 'Andersson', 'x\\_y']);
  });

  it('is rate-limited per staff member (RATE_LIMIT_PERSON_NAME_SEARCHES): under the limit it finds, over it refuses in Swedish', async () => {
    process.env.RATE_LIMIT_PERSON_NAME_SEARCHES = '2/1m';
    const { subgraph, signe, hanna } = world;
    const jonas = asStaff({ ...hanna, id: crypto.randomUUID() });
    const maria = asStaff({ ...hanna, id: crypto.randomUUID() });
    expect((await subgraph.request(jonas, SEARCH, { name: 'Signe' })).data.unitPersonsByName).toEqual([{ id: signe.id, fullName: 'Signe Andersson' }]);
    expect((await subgraph.request(jonas, SEARCH, { name: 'Karl' })).data.unitPersonsByName).toEqual([]);
    const third = await subgraph.request(jonas, SEARCH, { name: 'Signe' });
    expect(third.data?.unitPersonsByName ?? null).toBeNull();
    expect(third.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    expect((third.errors?.[0]?.extensions as { retryAfterSeconds: number }).retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(third.errors?.[0]?.message).toBe('Du har sökt på många namn på kort tid. Vänta 1 minut och försök igen.');
    // Another staff member's searches are counted on their own.
    expect((await subgraph.request(maria, SEARCH, { name: 'Signe' })).data.unitPersonsByName).toEqual([{ id: signe.id, fullName: 'Signe Andersson' }]);
  });

  it('allows a caseworker a generous number of searches a minute by default', async () => {
    const { subgraph, hanna } = world;
    const jonas = asStaff({ ...hanna, id: crypto.randomUUID() });
    for (let search = 0; search < 60; search += 1) {
      expect((await subgraph.request(jonas, SEARCH, { name: 'Karl' })).errors).toBeUndefined();
    }
    expect((await subgraph.request(jonas, SEARCH, { name: 'Karl' })).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });
});
