import type { Actor, StaffActor } from '@omsorg/platform';

/** The unit the outreach integration tests work in, and another one. */
export const TEST_UNIT = 'Beställarenheten äldre, Hägersten-Älvsjö';
export const OTHER_TEST_UNIT = 'Beställarenheten äldre, Skärholmen';

/**
 * The people the outreach integration tests act as, for a unit (TEST_UNIT by default): Omar
 * (OUTREACH), an outreach worker of another unit, a caseworker of the unit, a citizen and an
 * anonymous visitor. The same ids in every test, so a test reads like the others.
 */
export function testActors(unit: string = TEST_UNIT, otherUnit: string = OTHER_TEST_UNIT) {
  const omar: StaffActor = { kind: 'staff', staffId: '5a1e0c7d-3b2f-4e6a-9d8c-7b6a5f4e3d21', roles: ['OUTREACH'], unit };
  const otherUnitWorker: StaffActor = { kind: 'staff', staffId: '6b2f1d8e-4c3a-4f7b-8e9d-8c7b6a5f4e32', roles: ['OUTREACH'], unit: otherUnit };
  const caseworker: StaffActor = { kind: 'staff', staffId: '9b2f6a14-1c3e-4d5f-8a7b-2c4d6e8f0a12', roles: ['CASEWORKER'], unit };
  const citizen: Actor = { kind: 'person', personId: '3d0c4c0e-7a57-4f0a-9a56-6a7d3e1f2b01', actingFor: [] };
  const anonymous: Actor = { kind: 'anonymous' };
  return { omar, otherUnitWorker, caseworker, citizen, anonymous };
}
