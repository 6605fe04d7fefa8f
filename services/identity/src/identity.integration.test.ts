import { AccessLogEntry, type Actor } from '@omsorg/platform';
import type { TestSubgraph } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Person } from './entities/person.ts';
import type { StaffMember } from './entities/staff-member.ts';
import { UNIT, asPerson, asStaff, startIdentityWorld } from './test-fixtures.ts';

let subgraph: TestSubgraph;
let signe: Person;
let erik: Person;
let karl: Person;
let hanna: StaffMember;

const system: Actor = { kind: 'system' };
const anonymous: Actor = { kind: 'anonymous' };

// Signe has a case at Hanna's unit: that is what lets Hanna read her.
beforeAll(async () => ({ subgraph, signe, erik, karl, hanna } = await startIdentityWorld()));

afterAll(() => subgraph?.close());

const ME = `{ me { __typename ... on Person { id fullName age mayActFor { kind represented { fullName } } } ... on StaffMember { name roles unit } } }`;

describe('identity subgraph', () => {
  it('answers me with null when anonymous', async () => {
    expect(await subgraph.request(anonymous, ME)).toEqual({ data: { me: null } });
  });

  it('shows a citizen her own name', async () => {
    const result = await subgraph.request(asPerson(signe), ME);
    expect(result.data.me).toMatchObject({ __typename: 'Person', fullName: 'Signe Andersson', mayActFor: [] });
  });

  it('shows Erik that he may act for Signe', async () => {
    const result = await subgraph.request(asPerson(erik, [signe.id]), ME);
    expect(result.data.me.mayActFor).toEqual([{ kind: 'POWER_OF_ATTORNEY', represented: { fullName: 'Signe Andersson' } }]);
  });

  it('shows a staff member name, roles and unit', async () => {
    const result = await subgraph.request(asStaff(hanna), ME);
    expect(result.data.me).toEqual({ __typename: 'StaffMember', name: 'Hanna Lind', roles: ['CASEWORKER'], unit: UNIT });
  });

  it('does not let a citizen read another person', async () => {
    const result = await subgraph.request(asPerson(karl), `query($id: ID!) { person(id: $id) { fullName } }`, { id: signe.id });
    expect(result.data?.person ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('does not resolve a person for someone who does not represent them', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { fullName } } }`;
    const result = await subgraph.request(asPerson(karl), query, { r: [{ __typename: 'Person', id: signe.id }] });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const allowed = await subgraph.request(asPerson(erik, [signe.id]), query, { r: [{ __typename: 'Person', id: signe.id }] });
    expect(allowed.data._entities).toEqual([{ fullName: 'Signe Andersson' }]);
  });

  it('logs every staff read of a person', async () => {
    const result = await subgraph.request(asStaff(hanna), `query($id: ID!) { person(id: $id) { fullName personalIdentityNumber } }`, { id: signe.id });
    expect(result.data.person).toEqual({ fullName: 'Signe Andersson', personalIdentityNumber: '194203152386' });
    const entries = await subgraph.orm.em.fork().find(AccessLogEntry, { personId: signe.id, staffId: hanna.id });
    expect(entries.map((entry) => entry.resource).sort()).toEqual(['Person', 'Person.personalIdentityNumber']);
  });

  it('shows staff who represents a person', async () => {
    const result = await subgraph.request(asStaff(hanna), `query($id: ID!) { person(id: $id) { representatives { kind representativeName } } }`, { id: signe.id });
    expect(result.data.person.representatives).toEqual([{ kind: 'POWER_OF_ATTORNEY', representativeName: 'Erik Andersson' }]);
  });

  it('lists the caseworkers and managers of one’s own unit for assigning cases, to them only', async () => {
    const result = await subgraph.request(asStaff(hanna), '{ colleagues { name } }');
    expect(result.data.colleagues).toEqual([{ name: 'Hanna Lind' }]);
    const other = await subgraph.request({ kind: 'staff', staffId: hanna.id, roles: ['CASEWORKER'], unit: 'Annan enhet' }, '{ colleagues { name } }');
    expect(other.data.colleagues).toEqual([]);
    const outreach = await subgraph.request({ kind: 'staff', staffId: hanna.id, roles: ['OUTREACH'], unit: UNIT }, '{ colleagues { name } }');
    expect(outreach.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const citizenRead = await subgraph.request(asPerson(signe), '{ colleagues { name } }');
    expect(citizenRead.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('registers a citizen on first sign-in and returns whom she may act for', async () => {
    const mutation = `mutation($pnr: String!) { signInCitizen(personalIdentityNumber: $pnr, givenName: "Birgitta", familyName: "Ek") { kind id actingFor } }`;
    const first = await subgraph.request(system, mutation, { pnr: '195109231240' });
    const again = await subgraph.request(system, mutation, { pnr: '195109231240' });
    expect(first.data.signInCitizen.kind).toBe('person');
    expect(again.data.signInCitizen.id).toBe(first.data.signInCitizen.id);
    const erikSignIn = await subgraph.request(system, mutation.replace('Birgitta', 'Erik'), { pnr: '197006124577' });
    expect(erikSignIn.data.signInCitizen.actingFor).toEqual([signe.id]);
  });

  it('lets only the gateway sign people in', async () => {
    const result = await subgraph.request(asPerson(karl), `mutation { signInStaff(username: "handlaggare1") { id } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const unknown = await subgraph.request(system, `mutation { signInStaff(username: "okand") { id } }`);
    expect(unknown.data.signInStaff).toBeNull();
  });

  it('shows a citizen the name and title of staff, but not their username or roles', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on StaffMember { name title } } }`;
    const visible = await subgraph.request(asPerson(signe), query, { r: [{ __typename: 'StaffMember', id: hanna.id }] });
    expect(visible.data._entities).toEqual([{ name: 'Hanna Lind', title: 'Biståndshandläggare' }]);
    const hidden = await subgraph.request(asPerson(signe), query.replace('name title', 'username roles'), { r: [{ __typename: 'StaffMember', id: hanna.id }] });
    expect(hidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymousRead = await subgraph.request(anonymous, query, { r: [{ __typename: 'StaffMember', id: hanna.id }] });
    expect(anonymousRead.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('rejects requests without a valid internal token', async () => {
    const response = await fetch(`${subgraph.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer forged' },
      body: JSON.stringify({ query: '{ me { __typename } }' }),
    });
    expect(response.status).toBe(401);
  });

  it('is ready when the database answers', async () => {
    const response = await fetch(`${subgraph.url}/health/ready`);
    expect(await response.json()).toMatchObject({ status: 'ok', database: 'ok' });
  });
});
