import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StaffMember } from './entities/staff-member.ts';
import { asPerson, asStaff, OTHER_UNIT, startIdentityWorld, UNIT, type IdentityWorld } from './test-fixtures.ts';

let world: IdentityWorld;
beforeAll(async () => {
  world = await startIdentityWorld();
  const em = world.subgraph.orm.em.fork();
  em.create(StaffMember, { username: 'kvalitet1', givenName: 'Lena', familyName: 'Holm', title: 'Kvalitetsutvecklare', roles: ['QUALITY_COUNCIL'], unit: UNIT });
  em.create(StaffMember, { username: 'uppsok1', givenName: 'Omar', familyName: 'Haddad', title: 'Äldrelots', roles: ['OUTREACH'], unit: UNIT });
  em.create(StaffMember, { username: 'chef9', givenName: 'Per', familyName: 'Ström', title: 'Enhetschef', roles: ['MANAGER'], unit: OTHER_UNIT });
  await em.flush();
});
afterAll(() => world?.subgraph.close());

const QUERY = '{ feedbackHandlers { name title } staffUnits }';

describe('whom feedback can be assigned to', () => {
  it('gives the quality council and managers their unit\'s staff of every role, by name, and the units', async () => {
    for (const roles of [['QUALITY_COUNCIL'], ['MANAGER']] as const) {
      const result = await world.subgraph.request(asStaff(world.hanna, [...roles]), QUERY);
      expect(result.data.feedbackHandlers.map((member: { name: string }) => member.name)).toEqual(['Hanna Lind', 'Lena Holm', 'Omar Haddad']);
      expect(result.data.staffUnits).toEqual([UNIT, OTHER_UNIT].sort());
    }
  });

  it('refuses caseworkers, outreach staff and citizens', async () => {
    for (const actor of [asStaff(world.hanna, ['CASEWORKER']), asStaff(world.hanna, ['OUTREACH']), asPerson(world.signe)]) {
      for (const query of ['{ feedbackHandlers { name } }', '{ staffUnits }']) {
        expect((await world.subgraph.request(actor, query)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
    }
  });
});
