import type { Actor } from '@omsorg/platform';
import { describe, expect, it } from 'vitest';
import { doesOutreach, isOutreachStaffOf, letterUnitOf, mayHandleLettersOf } from './access.ts';

const UNIT = 'Beställarenheten äldre, Hägersten-Älvsjö';
const outreach: Actor = { kind: 'staff', staffId: '5a1e0c7d-3b2f-4e6a-9d8c-7b6a5f4e3d21', roles: ['OUTREACH'], unit: UNIT };
const otherUnit: Actor = { ...outreach, unit: 'Beställarenheten äldre, Skärholmen' };
const caseworker: Actor = { kind: 'staff', staffId: '9b2f6a14-1c3e-4d5f-8a7b-2c4d6e8f0a12', roles: ['CASEWORKER'], unit: UNIT };
const citizen: Actor = { kind: 'person', personId: '3d0c4c0e-7a57-4f0a-9a56-6a7d3e1f2b01', actingFor: [] };

describe('outreach staff of a unit', () => {
  it('is outreach staff of that unit only', () => {
    expect(isOutreachStaffOf(outreach, UNIT)).toBe(true);
    expect(isOutreachStaffOf(otherUnit, UNIT)).toBe(false);
  });

  it('is never a caseworker, a citizen or nobody', () => {
    for (const actor of [caseworker, citizen, { kind: 'anonymous' } as const]) {
      expect(doesOutreach(actor)).toBe(false);
      expect(isOutreachStaffOf(actor, UNIT)).toBe(false);
    }
  });
});

describe('letters and notices', () => {
  it('are handled by the outreach staff of the sending unit only', () => {
    expect(mayHandleLettersOf(outreach, UNIT)).toBe(true);
    expect(letterUnitOf(outreach)).toBe(UNIT);
    expect(mayHandleLettersOf(otherUnit, UNIT)).toBe(false);
    expect(letterUnitOf(otherUnit)).not.toBe(UNIT);
  });

  it('are never a caseworker’s, a citizen’s or an anonymous visitor’s', () => {
    for (const actor of [caseworker, citizen, { kind: 'anonymous' } as const]) {
      expect(mayHandleLettersOf(actor, UNIT)).toBe(false);
      expect(letterUnitOf(actor)).toBeNull();
    }
  });
});
