import { AccessLogEntry } from '@omsorg/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nameWords } from './schema/person-search.ts';
import { asPerson, asStaff, OTHER_UNIT, startIdentityWorld, type IdentityWorld } from './test-fixtures.ts';

let world: IdentityWorld;
beforeAll(async () => {
  world = await startIdentityWorld();
});
afterAll(() => world?.subgraph.close());

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
});
