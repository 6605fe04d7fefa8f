import type { Actor } from '@omsorg/platform';
import type { TestSubgraph } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Person } from './entities/person.ts';
import { Representation } from './entities/representation.ts';
import { StaffMember } from './entities/staff-member.ts';
import { OTHER_UNIT, UNIT, startIdentityWorld } from './test-fixtures.ts';

const system: Actor = { kind: 'system' };
const QUERY = 'query($kind: String!, $id: ID!) { currentActor(kind: $kind, id: $id) { kind id displayName actingFor roles unit } }';
let subgraph: TestSubgraph;
let signe: Person;
let erik: Person;
let hanna: StaffMember;

beforeAll(async () => ({ subgraph, signe, erik, hanna } = await startIdentityWorld()));

afterAll(() => subgraph?.close());

const current = async (kind: string, id: string) => (await subgraph.request(system, QUERY, { kind, id })).data?.currentActor;

describe('currentActor: who a signed-in user is now', () => {
  it('gives a person the representations in force today, and follows their end', async () => {
    expect(await current('person', erik.id)).toEqual({ kind: 'person', id: erik.id, displayName: 'Erik Andersson', actingFor: [signe.id], roles: [], unit: null });
    await subgraph.orm.em.fork().nativeUpdate(Representation, { representative: erik.id }, { validTo: '2025-06-30' });
    expect((await current('person', erik.id)).actingFor).toEqual([]);
  });

  it('follows a staff member moved to another unit, losing a role, and removed', async () => {
    expect(await current('staff', hanna.id)).toMatchObject({ kind: 'staff', roles: ['CASEWORKER'], unit: UNIT });
    const em = subgraph.orm.em.fork();
    await em.nativeUpdate(StaffMember, { id: hanna.id }, { unit: OTHER_UNIT });
    expect((await current('staff', hanna.id)).unit).toBe(OTHER_UNIT);
    await em.nativeUpdate(StaffMember, { id: hanna.id }, { roles: [] });
    expect(await current('staff', hanna.id)).toBeNull();
    await em.nativeDelete(Representation, {});
    await em.nativeDelete(StaffMember, { id: hanna.id });
    expect(await current('staff', hanna.id)).toBeNull();
  });

  it('is null for an unknown person, and refused to anyone but the gateway', async () => {
    expect(await current('person', crypto.randomUUID())).toBeNull();
    const asErik = await subgraph.request({ kind: 'person', personId: erik.id, actingFor: [] }, QUERY, { kind: 'person', id: erik.id });
    expect(asErik.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
