import type { Actor, StaffRole } from '@omsorg/platform';
import { describe, expect, it } from 'vitest';
import { isLoggedFeedbackRead, mayListFeedback, mayReadFeedback, mayReadFeedbackOpenings, mayReadSenderContact } from './access.ts';

const staff = (role: StaffRole): Actor => ({ kind: 'staff', staffId: 's', roles: [role], unit: 'Enhet' });
const signe: Actor = { kind: 'person', personId: 'signe', actingFor: [] };
const notNow = { sentInThisRequest: false };

describe('feedback access', () => {
  it('is for the quality council and managers only', () => {
    for (const read of [mayReadFeedback, mayReadSenderContact]) {
      expect(read(staff('QUALITY_COUNCIL'), notNow)).toBe(true);
      expect(read(staff('MANAGER'), notNow)).toBe(true);
      expect(read(staff('CASEWORKER'), notNow)).toBe(false);
      expect(read(staff('OUTREACH'), notNow)).toBe(false);
      expect(read(signe, notNow)).toBe(false);
      expect(read({ kind: 'anonymous' }, notNow)).toBe(false);
      expect(read({ kind: 'system' }, notNow)).toBe(false);
    }
    expect(mayListFeedback(staff('CASEWORKER'))).toBe(false);
    expect(mayListFeedback(staff('MANAGER'))).toBe(true);
  });

  it('shows the sender what they have just sent, and nothing later', () => {
    expect(mayReadSenderContact({ kind: 'anonymous' }, { sentInThisRequest: true })).toBe(true);
    expect(mayReadFeedback(signe, { sentInThisRequest: true })).toBe(true);
  });

  it('logs staff reads of signed feedback only', () => {
    expect(isLoggedFeedbackRead(staff('MANAGER'), { personId: 'signe' })).toBe(true);
    expect(isLoggedFeedbackRead(staff('MANAGER'), { personId: null })).toBe(false);
    expect(isLoggedFeedbackRead(signe, { personId: 'signe' })).toBe(false);
  });

  it('shows the openings to the sender and their representatives only', () => {
    expect(mayReadFeedbackOpenings(signe, 'signe')).toBe(true);
    expect(mayReadFeedbackOpenings({ kind: 'person', personId: 'erik', actingFor: ['signe'] }, 'signe')).toBe(true);
    expect(mayReadFeedbackOpenings(staff('MANAGER'), 'signe')).toBe(false);
  });
});
