import type { Actor } from '@omsorg/platform';
import { describe, expect, it } from 'vitest';
import { doesOutreach, isOutreachStaffOf } from './access.ts';

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

describe('calendar and bookings', () => {
  const omar = outreach as Extract<Actor, { kind: 'staff' }>;
  const ownCalendar = { workerId: omar.staffId, workerUnit: UNIT };
  const colleagueCalendar = { workerId: 'c0ffee00-0000-4000-8000-000000000001', workerUnit: UNIT };
  const otherUnitCalendar = { workerId: 'c0ffee00-0000-4000-8000-000000000002', workerUnit: 'Beställarenheten äldre, Skärholmen' };
  const unknownWorker = { workerId: 'c0ffee00-0000-4000-8000-000000000003', workerUnit: null };

  it('let the worker and outreach staff of the unit change availability, see and book', async () => {
    const { mayBookForPerson, mayBookInCalendar, mayManageAvailability, mayViewCalendar } = await import('./access.ts');
    for (const rule of [mayManageAvailability, mayViewCalendar, mayBookInCalendar]) {
      expect(rule(outreach, ownCalendar)).toBe(true);
      expect(rule(outreach, colleagueCalendar)).toBe(true);
      // The worker's own calendar, before outreach heard of them from identity.
      expect(rule(outreach, { workerId: omar.staffId, workerUnit: null })).toBe(true);
    }
    expect(mayBookForPerson(outreach, colleagueCalendar, true)).toBe(true);
  });

  it('refuse outreach staff of another unit, caseworkers, citizens and visitors', async () => {
    const { mayBookForPerson, mayBookInCalendar, mayManageAvailability, mayViewCalendar } = await import('./access.ts');
    const nobody = { kind: 'anonymous' } as const;
    for (const rule of [mayManageAvailability, mayViewCalendar, mayBookInCalendar]) {
      expect(rule(outreach, otherUnitCalendar)).toBe(false);
      expect(rule(outreach, unknownWorker)).toBe(false);
      expect(rule({ ...otherUnit, staffId: 'c0ffee00-0000-4000-8000-000000000009' } as Actor, ownCalendar)).toBe(false);
      for (const actor of [caseworker, citizen, nobody]) expect(rule(actor, ownCalendar)).toBe(false);
      // A caseworker is not the worker even with the worker's id.
      expect(rule({ ...caseworker, staffId: omar.staffId } as Actor, { workerId: omar.staffId, workerUnit: null })).toBe(false);
    }
    expect(mayBookForPerson(outreach, ownCalendar, false)).toBe(false);
    expect(mayBookForPerson(otherUnit, colleagueCalendar, true)).toBe(false);
  });
});
