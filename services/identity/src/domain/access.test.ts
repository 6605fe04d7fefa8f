import type { Actor, StaffRole } from '@omsorg/platform';
import { describe, expect, it } from 'vitest';
import { mayFindByName, mayFindByPersonalIdentityNumber, mayManageRepresentations, mayReadIdentityDetails, mayReadOpenings, mayReadPerson, mayReadRepresentativeAddress, mayRegisterPerson, NO_TIES, type PersonTies } from './access.ts';

const SIGNE = 'signe';
const staff = (...roles: StaffRole[]): Actor => ({ kind: 'staff', staffId: 'staff', roles, unit: 'Enhet A' });
const caseTie: PersonTies = { unitLinks: ['CASE'], lookedUp: false };
const campaignTie: PersonTies = { unitLinks: ['CAMPAIGN'], lookedUp: false };
const lookedUp: PersonTies = { unitLinks: [], lookedUp: true };

describe('mayReadPerson', () => {
  it('lets a person read themself and those they currently represent, nobody else', () => {
    expect(mayReadPerson({ kind: 'person', personId: SIGNE, actingFor: [] }, SIGNE, NO_TIES)).toBe(true);
    expect(mayReadPerson({ kind: 'person', personId: 'erik', actingFor: [SIGNE] }, SIGNE, NO_TIES)).toBe(true);
    expect(mayReadPerson({ kind: 'person', personId: 'karl', actingFor: [] }, SIGNE, caseTie)).toBe(false);
    expect(mayReadPerson({ kind: 'anonymous' }, SIGNE, caseTie)).toBe(false);
  });

  it('lets staff of every role read a person only when their unit has a case for them', () => {
    for (const role of ['CASEWORKER', 'MANAGER', 'QUALITY_COUNCIL', 'OUTREACH'] as const) {
      expect(mayReadPerson(staff(role), SIGNE, caseTie)).toBe(true);
      expect(mayReadPerson(staff(role), SIGNE, NO_TIES)).toBe(false);
    }
  });

  it('lets outreach staff, and only them, read persons in their campaigns', () => {
    expect(mayReadPerson(staff('OUTREACH'), SIGNE, campaignTie)).toBe(true);
    expect(mayReadPerson(staff('CASEWORKER'), SIGNE, campaignTie)).toBe(false);
  });

  it('lets caseworkers, managers and the quality council read a person they looked up by personnummer, not outreach staff', () => {
    expect(mayReadPerson(staff('CASEWORKER'), SIGNE, lookedUp)).toBe(true);
    expect(mayReadPerson(staff('MANAGER'), SIGNE, lookedUp)).toBe(true);
    expect(mayReadPerson(staff('QUALITY_COUNCIL'), SIGNE, lookedUp)).toBe(true);
    expect(mayReadPerson(staff('OUTREACH'), SIGNE, lookedUp)).toBe(false);
  });

  it('lets the gateway read everyone', () => {
    expect(mayReadPerson({ kind: 'system' }, SIGNE, NO_TIES)).toBe(true);
  });
});

describe('mayFindByPersonalIdentityNumber', () => {
  it('is for caseworkers, managers and the quality council; never outreach staff, a citizen, a visitor', () => {
    for (const role of ['CASEWORKER', 'MANAGER', 'QUALITY_COUNCIL'] as const) expect(mayFindByPersonalIdentityNumber(staff(role))).toBe(true);
    expect(mayFindByPersonalIdentityNumber(staff('OUTREACH'))).toBe(false);
    expect(mayFindByPersonalIdentityNumber(staff())).toBe(false);
    expect(mayFindByPersonalIdentityNumber({ kind: 'person', personId: SIGNE, actingFor: [] })).toBe(false);
    expect(mayFindByPersonalIdentityNumber({ kind: 'anonymous' })).toBe(false);
  });
});

describe('mayReadIdentityDetails', () => {
  it('follows the person rule: no personnummer for staff of another unit', () => {
    expect(mayReadIdentityDetails(staff('CASEWORKER'), SIGNE, NO_TIES)).toBe(false);
    expect(mayReadIdentityDetails(staff('CASEWORKER'), SIGNE, caseTie)).toBe(true);
    expect(mayReadIdentityDetails({ kind: 'person', personId: 'karl', actingFor: [] }, SIGNE, NO_TIES)).toBe(false);
  });
});

describe('mayManageRepresentations', () => {
  it('is for caseworkers and managers who may read the person', () => {
    expect(mayManageRepresentations(staff('CASEWORKER'), SIGNE, caseTie)).toBe(true);
    expect(mayManageRepresentations(staff('MANAGER'), SIGNE, lookedUp)).toBe(true);
    expect(mayManageRepresentations(staff('CASEWORKER'), SIGNE, NO_TIES)).toBe(false);
    expect(mayManageRepresentations(staff('QUALITY_COUNCIL'), SIGNE, caseTie)).toBe(false);
    expect(mayManageRepresentations({ kind: 'person', personId: SIGNE, actingFor: [] }, SIGNE, NO_TIES)).toBe(false);
  });
});

describe('mayReadOpenings', () => {
  it('is for the person and their current representatives, not staff', () => {
    expect(mayReadOpenings({ kind: 'person', personId: SIGNE, actingFor: [] }, SIGNE)).toBe(true);
    expect(mayReadOpenings({ kind: 'person', personId: 'erik', actingFor: [SIGNE] }, SIGNE)).toBe(true);
    expect(mayReadOpenings({ kind: 'person', personId: 'karl', actingFor: [] }, SIGNE)).toBe(false);
    expect(mayReadOpenings(staff('MANAGER'), SIGNE)).toBe(false);
  });
});

describe('mayRegisterPerson', () => {
  it('lets caseworkers and managers register a person, and no one else', () => {
    expect(mayRegisterPerson(staff('CASEWORKER'))).toBe(true);
    expect(mayRegisterPerson(staff('MANAGER'))).toBe(true);
    for (const actor of [staff('OUTREACH'), staff('QUALITY_COUNCIL'), staff(), { kind: 'person', personId: 'p', actingFor: [] } as Actor, { kind: 'anonymous' } as Actor]) {
      expect(mayRegisterPerson(actor)).toBe(false);
    }
  });
});

describe('mayFindByName', () => {
  it('lets caseworkers and managers search by name, nobody else', () => {
    expect(mayFindByName(staff('CASEWORKER'))).toBe(true);
    expect(mayFindByName(staff('MANAGER'))).toBe(true);
    expect(mayFindByName(staff('OUTREACH'))).toBe(false);
    expect(mayFindByName(staff('QUALITY_COUNCIL'))).toBe(false);
    expect(mayFindByName({ kind: 'person', personId: 'erik', actingFor: [SIGNE] })).toBe(false);
    expect(mayFindByName({ kind: 'anonymous' })).toBe(false);
  });
});

describe('mayReadRepresentativeAddress', () => {
  const inForce = { representativeId: 'erik', inForce: true };
  it("lets caseworkers and managers of the unit with the represented person's case read it, while the representation is in force", () => {
    expect(mayReadRepresentativeAddress(staff('CASEWORKER'), inForce, caseTie)).toBe(true);
    expect(mayReadRepresentativeAddress(staff('MANAGER'), inForce, caseTie)).toBe(true);
    expect(mayReadRepresentativeAddress(staff('CASEWORKER'), { ...inForce, inForce: false }, caseTie)).toBe(false);
  });

  it('refuses staff of a unit without the case, a lookup alone, and roles that post no letters', () => {
    expect(mayReadRepresentativeAddress(staff('CASEWORKER'), inForce, NO_TIES)).toBe(false);
    expect(mayReadRepresentativeAddress(staff('CASEWORKER'), inForce, lookedUp)).toBe(false);
    expect(mayReadRepresentativeAddress(staff('OUTREACH'), inForce, campaignTie)).toBe(false);
    expect(mayReadRepresentativeAddress(staff('OUTREACH', 'QUALITY_COUNCIL'), inForce, caseTie)).toBe(false);
  });

  it('is the representative’s own to read, not the represented person’s nor another citizen’s', () => {
    expect(mayReadRepresentativeAddress({ kind: 'person', personId: 'erik', actingFor: [] }, inForce, NO_TIES)).toBe(true);
    expect(mayReadRepresentativeAddress({ kind: 'person', personId: SIGNE, actingFor: [] }, inForce, NO_TIES)).toBe(false);
    expect(mayReadRepresentativeAddress({ kind: 'anonymous' }, inForce, caseTie)).toBe(false);
  });
});
