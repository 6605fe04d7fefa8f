import type { Actor, StaffRole } from '@omsorg/platform';
import { describe, expect, it } from 'vitest';
import { agendaPeriodStart, isActionOverdue } from './council.ts';
import { doesQualityWork, mayPutOnAgenda, mayTakeFeedbackToQuality, mayWorkOnUnitQuality } from './quality-access.ts';

const UNIT = 'Beställarenheten äldre, Hägersten-Älvsjö';
const staff = (role: StaffRole, unit = UNIT): Actor => ({ kind: 'staff', staffId: crypto.randomUUID(), roles: [role], unit });

describe('who does the quality work', () => {
  it('lets the quality council and managers of the unit', () => {
    for (const role of ['QUALITY_COUNCIL', 'MANAGER'] as const) {
      expect(doesQualityWork(staff(role))).toBe(true);
      expect(mayWorkOnUnitQuality(staff(role), UNIT)).toBe(true);
      expect(mayTakeFeedbackToQuality(staff(role), { unit: UNIT })).toBe(true);
      expect(mayTakeFeedbackToQuality(staff(role), { unit: null })).toBe(true);
    }
  });

  it('refuses caseworkers, outreach staff, citizens, visitors and the system', () => {
    const others: Actor[] = [staff('CASEWORKER'), staff('OUTREACH'), { kind: 'person', personId: crypto.randomUUID(), actingFor: [] }, { kind: 'anonymous' }, { kind: 'system' }];
    for (const actor of others) {
      expect(doesQualityWork(actor)).toBe(false);
      expect(mayWorkOnUnitQuality(actor, UNIT)).toBe(false);
      expect(mayTakeFeedbackToQuality(actor, { unit: null })).toBe(false);
    }
  });

  it('refuses another unit’s council and managers', () => {
    for (const role of ['QUALITY_COUNCIL', 'MANAGER'] as const) {
      expect(mayWorkOnUnitQuality(staff(role, 'Beställarenheten äldre, Skärholmen'), UNIT)).toBe(false);
      expect(mayTakeFeedbackToQuality(staff(role, 'Beställarenheten äldre, Skärholmen'), { unit: UNIT })).toBe(false);
    }
  });
});

describe('who may put an item on a meeting’s agenda', () => {
  const OTHER = 'Beställarenheten äldre, Skärholmen';

  it('lets the unit’s council put the unit’s items, and feedback without a unit, on its meeting', () => {
    const council = staff('QUALITY_COUNCIL');
    for (const kind of ['FEEDBACK', 'DEVIATION', 'LEX_SARAH'] as const) expect(mayPutOnAgenda(council, UNIT, { kind, unit: UNIT })).toBe(true);
    expect(mayPutOnAgenda(council, UNIT, { kind: 'FEEDBACK', unit: null })).toBe(true);
  });

  it('refuses another unit’s items, another unit’s meeting, and anyone who does not do the unit’s quality work', () => {
    for (const kind of ['FEEDBACK', 'DEVIATION', 'LEX_SARAH'] as const) {
      expect(mayPutOnAgenda(staff('QUALITY_COUNCIL'), UNIT, { kind, unit: OTHER })).toBe(false);
      expect(mayPutOnAgenda(staff('QUALITY_COUNCIL', OTHER), UNIT, { kind, unit: UNIT })).toBe(false);
      expect(mayPutOnAgenda(staff('CASEWORKER'), UNIT, { kind, unit: UNIT })).toBe(false);
    }
    expect(mayPutOnAgenda(staff('QUALITY_COUNCIL', OTHER), UNIT, { kind: 'FEEDBACK', unit: null })).toBe(false);
  });
});

describe('the council', () => {
  it('counts the agenda from the day after the previous meeting, or from the month before for the first', () => {
    expect(agendaPeriodStart('2026-12-10', '2026-11-12')).toBe('2026-11-13');
    expect(agendaPeriodStart('2026-12-10', null)).toBe('2026-11-01');
    expect(agendaPeriodStart('2027-01-14', null)).toBe('2026-12-01');
  });

  it('shows an action overdue only when not done and past its day', () => {
    expect(isActionOverdue({ dueOn: '2026-12-04', doneAt: null }, '2026-12-05')).toBe(true);
    expect(isActionOverdue({ dueOn: '2026-12-05', doneAt: null }, '2026-12-05')).toBe(false);
    expect(isActionOverdue({ dueOn: '2026-12-04', doneAt: new Date() }, '2026-12-05')).toBe(false);
  });
});
