import type { Actor } from '@omsorg/platform';
import { describe, expect, it } from 'vitest';
import { mayMakeLetters, mayReadLetters } from './access.ts';

const UNIT = 'Beställarenheten äldre, Hägersten-Älvsjö';
const campaign = { unit: UNIT };
const outreach: Actor = { kind: 'staff', staffId: '5a1e0c7d-3b2f-4e6a-9d8c-7b6a5f4e3d21', roles: ['OUTREACH'], unit: UNIT };
const otherUnit: Actor = { ...outreach, unit: 'Beställarenheten äldre, Skärholmen' };
const caseworker: Actor = { kind: 'staff', staffId: '9b2f6a14-1c3e-4d5f-8a7b-2c4d6e8f0a12', roles: ['CASEWORKER'], unit: UNIT };
const manager: Actor = { ...caseworker, roles: ['MANAGER'] };
const citizen: Actor = { kind: 'person', personId: '3d0c4c0e-7a57-4f0a-9a56-6a7d3e1f2b01', actingFor: [] };

describe('letters (access.ts, "Letters")', () => {
  it('lets outreach staff of the campaign’s unit make, see and download its letters', () => {
    expect(mayMakeLetters(outreach, campaign)).toBe(true);
    expect(mayReadLetters(outreach, campaign)).toBe(true);
  });

  it('lets no one else: another unit’s outreach worker, a caseworker, a manager, a citizen, a visitor', () => {
    for (const actor of [otherUnit, caseworker, manager, citizen, { kind: 'anonymous' } as const, { kind: 'system' } as const]) {
      expect(mayMakeLetters(actor, campaign)).toBe(false);
      expect(mayReadLetters(actor, campaign)).toBe(false);
    }
  });
});
