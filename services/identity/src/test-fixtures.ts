import type { Actor, StaffRole } from '@omsorg/platform';
import { startTestSubgraph, type TestSubgraph } from '@omsorg/platform/testing';
import { Person } from './entities/person.ts';
import { StaffMember } from './entities/staff-member.ts';
import { handleCaseUnitLinked } from './jobs/case-unit-linked.ts';
import { seedIdentity } from './seed/seed.ts';
import { identityService } from './service.ts';

export const UNIT = 'Beställarenheten äldre, Hägersten-Älvsjö';
export const OTHER_UNIT = 'Beställarenheten äldre, Skärholmen';

export type IdentityWorld = { subgraph: TestSubgraph; signe: Person; erik: Person; karl: Person; hanna: StaffMember };

/**
 * Signe (represented by Erik under a power of attorney) has a case at UNIT; Karl has none.
 * Hanna is a caseworker there.
 */
export async function startIdentityWorld(): Promise<IdentityWorld> {
  const subgraph = await startTestSubgraph(identityService);
  await seedIdentity(subgraph.orm, {
    citizens: [
      { personalIdentityNumber: '194203152386', givenName: 'Signe', familyName: 'Andersson', districtArea: 'Hägersten', preferredLanguage: 'sv', interpreterNeeded: false },
      { personalIdentityNumber: '197006124577', givenName: 'Erik', familyName: 'Andersson', districtArea: 'Älvsjö', preferredLanguage: 'sv', interpreterNeeded: false },
      { personalIdentityNumber: '194508083195', givenName: 'Karl', familyName: 'Nilsson', districtArea: 'Hägersten', preferredLanguage: 'sv', interpreterNeeded: false },
    ],
    staff: [{ username: 'handlaggare1', givenName: 'Hanna', familyName: 'Lind', roles: ['CASEWORKER'], unit: UNIT, title: 'Biståndshandläggare' }],
    representations: [{ representative: '197006124577', represented: '194203152386', kind: 'POWER_OF_ATTORNEY', validFrom: '2025-01-01', validTo: null, verifiedBy: 'handlaggare1' }],
  });
  const em = subgraph.orm.em.fork();
  const signe = await em.findOneOrFail(Person, { givenName: 'Signe' });
  await handleCaseUnitLinked(em, { personId: signe.id, unit: UNIT });
  return {
    subgraph,
    signe,
    erik: await em.findOneOrFail(Person, { givenName: 'Erik' }),
    karl: await em.findOneOrFail(Person, { givenName: 'Karl' }),
    hanna: await em.findOneOrFail(StaffMember, { username: 'handlaggare1' }),
  };
}

export const asPerson = (person: Person, actingFor: string[] = []): Actor => ({ kind: 'person', personId: person.id, actingFor });
export const asStaff = (member: StaffMember, roles: StaffRole[] = ['CASEWORKER'], unit = UNIT): Actor => ({ kind: 'staff', staffId: member.id, roles, unit });
