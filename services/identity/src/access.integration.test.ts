import { AccessLogEntry } from '@omsorg/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asPerson, asStaff, OTHER_UNIT, startIdentityWorld, type IdentityWorld } from './test-fixtures.ts';

let world: IdentityWorld;
beforeAll(async () => {
  world = await startIdentityWorld();
});
afterAll(() => world?.subgraph.close());

const ENTITY = (fields: string) => `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { ${fields} } } }`;
const PERSON = (fields: string) => `query($id: ID!) { person(id: $id) { ${fields} } }`;
const DETAIL_FIELDS = ['fullName', 'personalIdentityNumber', 'legalGender', 'representatives { kind }', 'mayActFor { kind }'];

async function logOf(personId: string, staffId: string): Promise<string[]> {
  const entries = await world.subgraph.orm.em.fork().find(AccessLogEntry, { personId, staffId });
  return entries.map((entry) => entry.resource).sort();
}

describe('who may read a person', () => {
  it('refuses staff of a unit without a case for the person, on every path and field, and logs nothing', async () => {
    const { subgraph, signe, hanna } = world;
    const elsewhere = asStaff(hanna, ['CASEWORKER'], OTHER_UNIT);
    for (const fields of DETAIL_FIELDS) {
      const byId = await subgraph.request(elsewhere, PERSON(fields), { id: signe.id });
      expect(byId.errors?.[0]?.extensions?.code, `person { ${fields} }`).toBe('FORBIDDEN');
      const byReference = await subgraph.request(elsewhere, ENTITY(fields), { r: [{ __typename: 'Person', id: signe.id }] });
      expect(byReference.errors?.[0]?.extensions?.code, `_entities { ${fields} }`).toBe('FORBIDDEN');
    }
    for (const role of ['MANAGER', 'OUTREACH', 'QUALITY_COUNCIL'] as const) {
      const result = await subgraph.request(asStaff(hanna, [role], OTHER_UNIT), ENTITY('personalIdentityNumber'), { r: [{ __typename: 'Person', id: signe.id }] });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await logOf(signe.id, hanna.id)).toEqual([]);
  });

  it('refuses a citizen who does not represent the person, on every field', async () => {
    const { subgraph, signe, karl } = world;
    for (const fields of DETAIL_FIELDS) {
      const result = await subgraph.request(asPerson(karl), ENTITY(fields), { r: [{ __typename: 'Person', id: signe.id }] });
      expect(result.errors?.[0]?.extensions?.code, fields).toBe('FORBIDDEN');
    }
  });

  it('lets a representative read the person he currently represents, and not once it is no longer in his token', async () => {
    const { subgraph, signe, erik } = world;
    const allowed = await subgraph.request(asPerson(erik, [signe.id]), ENTITY('fullName personalIdentityNumber'), { r: [{ __typename: 'Person', id: signe.id }] });
    expect(allowed.data._entities).toEqual([{ fullName: 'Signe Andersson', personalIdentityNumber: '194203152386' }]);
    const ended = await subgraph.request(asPerson(erik, []), ENTITY('fullName'), { r: [{ __typename: 'Person', id: signe.id }] });
    expect(ended.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets staff of the unit with the case read the person, and logs each identity read where she sees it', async () => {
    const { subgraph, signe, hanna } = world;
    const fields = 'fullName personalIdentityNumber legalGender representatives { kind representativeName } mayActFor { kind }';
    const result = await subgraph.request(asStaff(hanna), PERSON(fields), { id: signe.id });
    expect(result.data.person).toEqual({
      fullName: 'Signe Andersson',
      personalIdentityNumber: '194203152386',
      legalGender: 'FEMALE',
      representatives: [{ kind: 'POWER_OF_ATTORNEY', representativeName: 'Erik Andersson' }],
      mayActFor: [],
    });
    expect(await logOf(signe.id, hanna.id)).toEqual(['Person', 'Person.legalGender', 'Person.personalIdentityNumber', 'Person.representatives', 'Person.representatives']);
    const openings = await subgraph.request(asPerson(signe), `{ me { ... on Person { identityOpenings(limit: 10) { totalCount nodes { what at staff { name title } } } } } }`);
    const page = openings.data.me.identityOpenings;
    // representatives and mayActFor are both "who represents you", read at once: one opening.
    expect(page.totalCount).toBe(4);
    expect(new Set(page.nodes.map((node: { what: string }) => node.what))).toEqual(new Set(['PERSON', 'PERSONAL_IDENTITY_NUMBER', 'LEGAL_GENDER', 'REPRESENTATIVES']));
    expect(page.nodes[0].staff).toEqual({ name: 'Hanna Lind', title: 'Biståndshandläggare' });
  });

  it('counts a staff member reading the same thing again within minutes as one opening', async () => {
    const { subgraph, signe, hanna } = world;
    const count = async () => (await subgraph.request(asPerson(signe), `{ me { ... on Person { identityOpenings { totalCount } } } }`)).data.me.identityOpenings.totalCount;
    const before = await count();
    await subgraph.request(asStaff(hanna), PERSON('personalIdentityNumber'), { id: signe.id });
    expect(await count()).toBe(before);
  });

  it('logs staff reads of identity details through a federated reference too', async () => {
    const { subgraph, signe, hanna } = world;
    const before = (await logOf(signe.id, hanna.id)).length;
    const result = await subgraph.request(asStaff(hanna, ['MANAGER']), ENTITY('personalIdentityNumber'), { r: [{ __typename: 'Person', id: signe.id }] });
    expect(result.data._entities).toEqual([{ personalIdentityNumber: '194203152386' }]);
    expect((await logOf(signe.id, hanna.id)).length).toBe(before + 1);
  });

  it('does not give staff the representative as a person when their unit has no case for him', async () => {
    const { subgraph, signe, hanna } = world;
    const result = await subgraph.request(asStaff(hanna), PERSON('representatives { representative { personalIdentityNumber } }'), { id: signe.id });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('shows identity openings to the person and her representative only', async () => {
    const { subgraph, signe, erik, karl, hanna } = world;
    const query = ENTITY('identityOpenings { totalCount }');
    const representation = { r: [{ __typename: 'Person', id: signe.id }] };
    expect((await subgraph.request(asPerson(erik, [signe.id]), query, representation)).data._entities[0].identityOpenings.totalCount).toBeGreaterThan(0);
    expect((await subgraph.request(asPerson(karl), query, representation)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await subgraph.request(asStaff(hanna), query, representation)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('looking a person up by personnummer', () => {
  const LOOKUP = `query($pnr: String!) { personByPersonalIdentityNumber(personalIdentityNumber: $pnr) { id fullName personalIdentityNumber } }`;

  it('lets a caseworker of any unit find a person by exact personnummer, and logs it where the person sees it', async () => {
    const { subgraph, karl, hanna } = world;
    const result = await subgraph.request(asStaff(hanna, ['CASEWORKER'], OTHER_UNIT), LOOKUP, { pnr: '19450808-3195' });
    expect(result.data.personByPersonalIdentityNumber).toEqual({ id: karl.id, fullName: 'Karl Nilsson', personalIdentityNumber: '194508083195' });
    expect(await logOf(karl.id, hanna.id)).toEqual(['Person.lookup', 'Person.personalIdentityNumber']);
    const openings = await subgraph.request(asPerson(karl), `{ me { ... on Person { identityOpenings { nodes { what } } } } }`);
    expect(openings.data.me.identityOpenings.nodes.map((node: { what: string }) => node.what).sort()).toEqual(['LOOKUP', 'PERSONAL_IDENTITY_NUMBER']);
  });

  it('answers null for an unknown personnummer', async () => {
    const result = await world.subgraph.request(asStaff(world.hanna), LOOKUP, { pnr: '195109231240' });
    expect(result.data.personByPersonalIdentityNumber).toBeNull();
  });

  it('lets the quality council find a person by exact personnummer (registering a postcard), logged where the person sees it', async () => {
    const { subgraph, signe } = world;
    const lena = { ...world.hanna, id: crypto.randomUUID() };
    const result = await subgraph.request(asStaff(lena, ['QUALITY_COUNCIL'], OTHER_UNIT), LOOKUP, { pnr: '19420315-2386' });
    expect(result.data.personByPersonalIdentityNumber).toEqual({ id: signe.id, fullName: 'Signe Andersson', personalIdentityNumber: '194203152386' });
    expect(await logOf(signe.id, lena.id)).toEqual(['Person.lookup', 'Person.personalIdentityNumber']);
    // The lookup opens the person for that request only.
    const later = await subgraph.request(asStaff(lena, ['QUALITY_COUNCIL'], OTHER_UNIT), PERSON('fullName'), { id: signe.id });
    expect(later.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('is not for outreach staff, visitors or citizens', async () => {
    const { subgraph, hanna, erik } = world;
    for (const actor of [asStaff(hanna, ['OUTREACH']), { kind: 'anonymous' as const }, asPerson(erik)]) {
      const result = await subgraph.request(actor, LOOKUP, { pnr: '194508083195' });
      expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(result.errors?.[0]?.extensions?.code);
      expect(result.data?.personByPersonalIdentityNumber ?? null).toBeNull();
    }
  });

  it('does not let a lookup in one request open the person in the next', async () => {
    const { subgraph, karl, hanna } = world;
    const result = await subgraph.request(asStaff(hanna, ['CASEWORKER'], OTHER_UNIT), PERSON('fullName'), { id: karl.id });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
