import { AccessLogEntry } from '@omsorg/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Person } from './entities/person.ts';
import { Representation } from './entities/representation.ts';
import { asPerson, asStaff, OTHER_UNIT, startIdentityWorld, type IdentityWorld } from './test-fixtures.ts';

/**
 * The representative's postal address, for the "Kopia till" copy of a letter in the represented
 * person's case: Signe has a case at Hanna's unit, Erik represents her (and has no case there).
 */
let world: IdentityWorld;
beforeAll(async () => {
  world = await startIdentityWorld();
});
afterAll(() => world?.subgraph.close());

const COPY = `query($r: [_Any!]!, $id: ID) { _entities(representations: $r) { ... on Person { representatives(id: $id) { id representativeName representativePostalAddress { street postalCode town } } } } }`;
const ERIKS = { street: 'Älvsjövägen 12', postalCode: '125 30', town: 'Älvsjö' };
const of = (id: string, representation?: string) => ({ r: [{ __typename: 'Person', id }], id: representation ?? null });

async function setAddress(personId: string, address: { streetAddress: string | null; postalCode: string | null; postalTown: string | null }): Promise<void> {
  const em = world.subgraph.orm.em.fork();
  Object.assign(await em.findOneOrFail(Person, personId), address);
  await em.flush();
}

async function erikAsRepresentative(): Promise<string> {
  const rep = await world.subgraph.orm.em.fork().findOneOrFail(Representation, { representative: world.erik.id, represented: world.signe.id });
  return rep.id;
}

const postalReadsOf = (personId: string, staffId: string) =>
  world.subgraph.orm.em.fork().count(AccessLogEntry, { personId, staffId, resource: 'Person.postalAddress' });

describe("a representative's postal address, for the copy of a letter", () => {
  it('is null and not logged while identity knows none, then read by the unit with the case and logged where Erik sees it', async () => {
    const { subgraph, signe, erik, hanna } = world;
    const repId = await erikAsRepresentative();
    await setAddress(erik.id, { streetAddress: null, postalCode: null, postalTown: null });
    const missing = await subgraph.request(asStaff(hanna), COPY, of(signe.id, repId));
    expect(missing.errors).toBeUndefined();
    expect(missing.data._entities[0].representatives).toEqual([{ id: repId, representativeName: 'Erik Andersson', representativePostalAddress: null }]);
    expect(await postalReadsOf(erik.id, hanna.id)).toBe(0);

    await setAddress(erik.id, { streetAddress: ERIKS.street, postalCode: ERIKS.postalCode, postalTown: ERIKS.town });
    const found = await subgraph.request(asStaff(hanna), COPY, of(signe.id, repId));
    expect(found.data._entities[0].representatives[0].representativePostalAddress).toEqual(ERIKS);
    expect(await postalReadsOf(erik.id, hanna.id)).toBe(1);
  });

  it('is not read by staff of a unit without the case, nor by outreach, nor by the represented person', async () => {
    const { subgraph, signe, erik, hanna } = world;
    await setAddress(erik.id, { streetAddress: ERIKS.street, postalCode: ERIKS.postalCode, postalTown: ERIKS.town });
    const before = await postalReadsOf(erik.id, hanna.id);
    const other = await subgraph.request(asStaff(hanna, ['CASEWORKER'], OTHER_UNIT), COPY, of(signe.id));
    expect(other.data?._entities?.[0]?.representatives?.[0]?.representativePostalAddress ?? null).toBeNull();
    const outreach = await subgraph.request(asStaff(hanna, ['OUTREACH']), COPY, of(signe.id));
    // Outreach staff of the unit see that Erik represents her, not where he lives.
    expect(outreach.data._entities[0].representatives[0].representativeName).toBe('Erik Andersson');
    expect(outreach.data._entities[0].representatives[0].representativePostalAddress).toBeNull();
    expect(outreach.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const herself = await subgraph.request(asPerson(signe), COPY, of(signe.id));
    expect(herself.data?._entities?.[0]?.representatives?.[0]?.representativePostalAddress ?? null).toBeNull();
    expect(await postalReadsOf(erik.id, hanna.id)).toBe(before);
  });

  it("is not Erik's other details: his person stays closed to the unit", async () => {
    const { subgraph, signe, hanna } = world;
    const result = await subgraph.request(asStaff(hanna), `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { representatives { representative { personalIdentityNumber } } } } }`, of(signe.id));
    expect(result.data?._entities?.[0]?.representatives?.[0]?.representative?.personalIdentityNumber ?? null).toBeNull();
  });

  it('narrows to the one representation asked for', async () => {
    const { subgraph, signe, hanna } = world;
    const none = await subgraph.request(asStaff(hanna), COPY, of(signe.id, crypto.randomUUID()));
    expect(none.data._entities[0].representatives).toEqual([]);
  });
});
