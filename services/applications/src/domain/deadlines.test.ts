import { describe, expect, it } from 'vitest';
import {
  callbackDueAt,
  deliveryDeadline,
  followUpDueOn,
  implementationPlanDueOn,
  isCallbackOverdue,
  isImplementationPlanMissing,
  isNotStartedInTime,
} from './deadlines.ts';

describe('callbacks', () => {
  it('are due two working days of office hours after the request (domain/callbacks.ts)', () => {
    // Friday 10:00 -> Tuesday 10:00.
    expect(callbackDueAt(new Date('2026-11-20T09:00:00Z')).toISOString()).toBe('2026-11-24T09:00:00.000Z');
  });

  it('are overdue when not done by then, or done too late', () => {
    const dueAt = new Date('2026-11-22T09:00:00Z');
    expect(isCallbackOverdue({ dueAt, completedAt: null }, new Date('2026-11-22T08:59:00Z'))).toBe(false);
    expect(isCallbackOverdue({ dueAt, completedAt: null }, new Date('2026-11-22T09:01:00Z'))).toBe(true);
    expect(isCallbackOverdue({ dueAt, completedAt: new Date('2026-11-23T10:00:00Z') }, new Date('2026-11-24T00:00:00Z'))).toBe(true);
  });
});

describe('orders', () => {
  it('miss their implementation plan after 14 days', () => {
    expect(implementationPlanDueOn('2026-11-01')).toBe('2026-11-15');
    expect(isImplementationPlanMissing({ orderedOn: '2026-11-01', planReceivedOn: null }, '2026-11-15')).toBe(false);
    expect(isImplementationPlanMissing({ orderedOn: '2026-11-01', planReceivedOn: null }, '2026-11-16')).toBe(true);
    expect(isImplementationPlanMissing({ orderedOn: '2026-11-01', planReceivedOn: '2026-11-10' }, '2026-12-01')).toBe(false);
  });
});

describe('delivery', () => {
  it('must start within three months of the decision', () => {
    expect(deliveryDeadline('2026-08-31')).toBe('2026-11-30');
    expect(isNotStartedInTime({ decidedOn: '2026-08-01', startedOn: null }, '2026-11-02')).toBe(true);
    expect(isNotStartedInTime({ decidedOn: '2026-08-01', startedOn: '2026-10-01' }, '2026-11-02')).toBe(false);
  });
});

describe('followUpDueOn', () => {
  it('falls due when a time-limited decision ends', () => {
    expect(followUpDueOn({ validFrom: '2026-01-01', validTo: '2026-06-30' })).toEqual({ dueOn: '2026-06-30', reason: 'DECISION_ENDS' });
  });

  it('falls due at least yearly', () => {
    expect(followUpDueOn({ validFrom: '2026-01-01', validTo: null })).toEqual({ dueOn: '2027-01-01', reason: 'YEARLY' });
    expect(followUpDueOn({ validFrom: '2026-01-01', validTo: '2028-01-01' })).toEqual({ dueOn: '2027-01-01', reason: 'YEARLY' });
  });
});
