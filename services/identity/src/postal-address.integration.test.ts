import { AccessLogEntry } from '@omsorg/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Person } from './entities/person.ts';
import { asPerson, asStaff, OTHER_UNIT, startIdentityWorld, type IdentityWorld } from './test-fixtures.ts';

/** The postal address letters are posted to: for the person, their representative and the unit with the case (logged). */
let world: IdentityWorld;
beforeAll(async () => {
  world = await startIdentityWorld();
  const em = world.subgraph.orm.em.fork();
  const signe = await em.findOneOrFail(Person, world.signe.id);
  Object.assign(signe, { streetAddress: 'Hägerstensvägen 110', postalCode: '126 49', postalTown: 'Hägersten' });
  await em.flush();
});
afterAll(() => world?.subgraph.close());

const ENTITY = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { postalAddress { street postalCode town } } } }`;
const ADDRESS = { street: 'Hägerstensvägen 110', postalCode: '126 49', town: 'Hägersten' };
const of = (id: string) => ({ r: [{ __typename: 'Person', id }] });

describe("a person's postal address", () => {
  it('is the person’s own and her representative’s to read', async () => {
    const { subgraph, signe, erik } = world;
    expect((await subgraph.request(asPerson(signe), ENTITY, of(signe.id))).data._entities).toEqual([{ postalAddress: ADDRESS }]);
    expect((await subgraph.request(asPerson(erik, [signe.id]), ENTITY, of(signe.id))).data._entities).toEqual([{ postalAddress: ADDRESS }]);
  });

  it('is not another citizen’s, nor staff’s of a unit without her case', async () => {
    const { subgraph, signe, karl, hanna } = world;
    expect((await subgraph.request(asPerson(karl), ENTITY, of(signe.id))).data?._entities?.[0]?.postalAddress ?? null).toBeNull();
    expect((await subgraph.request(asStaff(hanna, ['CASEWORKER'], OTHER_UNIT), ENTITY, of(signe.id))).data?._entities?.[0]?.postalAddress ?? null).toBeNull();
  });

  it('is read by the unit with her case for a letter, and the read is logged where she sees it', async () => {
    const { subgraph, signe, hanna } = world;
    expect((await subgraph.request(asStaff(hanna), ENTITY, of(signe.id))).data._entities).toEqual([{ postalAddress: ADDRESS }]);
    const entries = await subgraph.orm.em.fork().find(AccessLogEntry, { personId: signe.id, staffId: hanna.id, resource: 'Person.postalAddress' });
    expect(entries).toHaveLength(1);
  });

  it('is null when identity has none', async () => {
    const { subgraph, erik } = world;
    expect((await subgraph.request(asPerson(erik), ENTITY, of(erik.id))).data._entities).toEqual([{ postalAddress: null }]);
  });
});
