import { describe, expect, it } from 'vitest';
import { changeRefusal, noShowRefusal, slotRefusal } from './booking.ts';

const now = new Date('2026-12-07T10:00:00Z');
const later = new Date('2026-12-08T09:00:00Z');
const earlier = new Date('2026-12-07T09:00:00Z');

describe('booking rules', () => {
  it('offer a future slot of the kind asked for, and nothing else', () => {
    expect(slotRefusal({ startsAt: later, kind: 'PHONE' }, 'PHONE', now)).toBeNull();
    expect(slotRefusal(null, 'PHONE', now)).toBe('SLOT_NOT_FOUND');
    expect(slotRefusal({ startsAt: later, kind: 'PHONE', withdrawnAt: now }, 'PHONE', now)).toBe('SLOT_NOT_FOUND');
    expect(slotRefusal({ startsAt: earlier, kind: 'PHONE' }, 'PHONE', now)).toBe('SLOT_IN_PAST');
    expect(slotRefusal({ startsAt: now, kind: 'PHONE' }, 'PHONE', now)).toBe('SLOT_IN_PAST');
    expect(slotRefusal({ startsAt: later, kind: 'HOME' }, 'PHONE', now)).toBe('KIND_MISMATCH');
  });

  it('move or cancel only an active booking whose time has not begun', () => {
    expect(changeRefusal({ status: 'ACTIVE' }, later, now)).toBeNull();
    for (const status of ['CANCELLED', 'HELD', 'NO_SHOW'] as const) expect(changeRefusal({ status }, later, now)).toBe('NOT_ACTIVE');
    expect(changeRefusal({ status: 'ACTIVE' }, earlier, now)).toBe('SLOT_IN_PAST');
  });

  it('mark "did not come" only once the time has begun', () => {
    expect(noShowRefusal({ status: 'ACTIVE' }, earlier, now)).toBeNull();
    expect(noShowRefusal({ status: 'ACTIVE' }, later, now)).toBe('NOT_STARTED');
    expect(noShowRefusal({ status: 'CANCELLED' }, earlier, now)).toBe('NOT_ACTIVE');
  });
});
