import type { Actor, StaffRole } from '@omsorg/platform';
import { describe, expect, it } from 'vitest';
import { mayHandleFeedback } from './access.ts';

const UNIT = 'Beställarenheten äldre, Hägersten-Älvsjö';
const staff = (role: StaffRole, unit = UNIT, staffId = 's1'): Actor => ({ kind: 'staff', staffId, roles: [role], unit });

describe('mayHandleFeedback', () => {
  it('lets the quality council and managers of the item\'s unit handle it', () => {
    expect(mayHandleFeedback(staff('QUALITY_COUNCIL'), { unit: UNIT, handlerId: null })).toBe(true);
    expect(mayHandleFeedback(staff('MANAGER'), { unit: UNIT, handlerId: null })).toBe(true);
  });

  it('refuses the quality council and managers of another unit', () => {
    expect(mayHandleFeedback(staff('QUALITY_COUNCIL', 'Annan enhet'), { unit: UNIT, handlerId: null })).toBe(false);
    expect(mayHandleFeedback(staff('MANAGER', 'Annan enhet'), { unit: UNIT, handlerId: null })).toBe(false);
  });

  it('lets them of any unit handle an item without a unit', () => {
    expect(mayHandleFeedback(staff('MANAGER', 'Annan enhet'), { unit: null, handlerId: null })).toBe(true);
  });

  it('lets the assigned handler handle it whatever their role or unit, and no other caseworker', () => {
    expect(mayHandleFeedback(staff('CASEWORKER', 'Annan enhet', 'h1'), { unit: UNIT, handlerId: 'h1' })).toBe(true);
    expect(mayHandleFeedback(staff('CASEWORKER', UNIT, 'h2'), { unit: UNIT, handlerId: 'h1' })).toBe(false);
    expect(mayHandleFeedback(staff('CASEWORKER', UNIT, 'h2'), { unit: null, handlerId: null })).toBe(false);
    expect(mayHandleFeedback(staff('OUTREACH'), { unit: UNIT, handlerId: null })).toBe(false);
  });

  it('refuses citizens and anonymous callers, even one whose id equals the handler\'s', () => {
    expect(mayHandleFeedback({ kind: 'person', personId: 'h1', actingFor: [] }, { unit: null, handlerId: 'h1' })).toBe(false);
    expect(mayHandleFeedback({ kind: 'anonymous' }, { unit: null, handlerId: null })).toBe(false);
  });
});
