import type { Actor, StaffRole } from '@omsorg/platform';
import { describe, expect, it } from 'vitest';
import { mayReadFeedbackStatistics } from './statistics-access.ts';

const staff = (...roles: StaffRole[]): Actor => ({ kind: 'staff', staffId: crypto.randomUUID(), roles, unit: 'Hägersten-Älvsjö' });

describe('who may read the feedback statistics', () => {
  it('lets the quality council and managers read them', () => {
    expect(mayReadFeedbackStatistics(staff('QUALITY_COUNCIL'))).toBe(true);
    expect(mayReadFeedbackStatistics(staff('MANAGER'))).toBe(true);
    expect(mayReadFeedbackStatistics(staff('CASEWORKER', 'MANAGER'))).toBe(true);
  });

  it('refuses caseworkers, outreach workers, citizens and anonymous callers', () => {
    expect(mayReadFeedbackStatistics(staff('CASEWORKER'))).toBe(false);
    expect(mayReadFeedbackStatistics(staff('OUTREACH'))).toBe(false);
    expect(mayReadFeedbackStatistics(staff())).toBe(false);
    expect(mayReadFeedbackStatistics({ kind: 'person', personId: crypto.randomUUID(), actingFor: [] })).toBe(false);
    expect(mayReadFeedbackStatistics({ kind: 'anonymous' })).toBe(false);
  });
});
