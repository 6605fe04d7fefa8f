import { describe, expect, it } from 'vitest';
import { deliveryDeadline } from './deadlines.ts';
import { daysWaiting, isReportedForQuarter, latestDecisionDayOverdueOn, quarterBounds } from './quarter.ts';

describe('quarterly report of services not started', () => {
  const q4 = quarterBounds('2026-Q4');
  it('knows the quarter', () => {
    expect(q4).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(quarterBounds('2027-Q1')).toEqual({ from: '2027-01-01', to: '2027-03-31' });
  });
  it('reports decisions waiting more than three months, until they start', () => {
    expect(isReportedForQuarter({ decidedOn: '2026-08-01', startedOn: null }, q4, '2027-01-10')).toBe(true);
    expect(isReportedForQuarter({ decidedOn: '2026-10-01', startedOn: null }, q4, '2027-01-10')).toBe(false);
    expect(isReportedForQuarter({ decidedOn: '2026-06-01', startedOn: '2026-11-15' }, q4, '2027-01-10')).toBe(true);
    expect(isReportedForQuarter({ decidedOn: '2026-05-01', startedOn: '2026-09-15' }, q4, '2027-01-10')).toBe(false);
    expect(isReportedForQuarter({ decidedOn: '2026-08-01', startedOn: '2026-10-15' }, q4, '2027-01-10')).toBe(false);
  });
  it('counts days waiting up to the start or the report day', () => {
    expect(daysWaiting({ decidedOn: '2026-08-01', startedOn: null }, q4, '2027-01-10')).toBe(152);
    expect(daysWaiting({ decidedOn: '2026-08-01', startedOn: null }, q4, '2026-11-30')).toBe(121);
    expect(daysWaiting({ decidedOn: '2026-06-01', startedOn: '2026-11-15' }, q4, '2027-01-10')).toBe(167);
  });
  it('narrows the decision days the database needs to return', () => {
    const latest = latestDecisionDayOverdueOn('2026-12-31');
    expect(deliveryDeadline(latest) < '2026-12-31').toBe(true);
    expect(deliveryDeadline('2026-09-30')).toBe('2026-12-30');
    expect(latest).toBe('2026-09-30');
  });
});
