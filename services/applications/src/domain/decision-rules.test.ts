import { describe, expect, it } from 'vitest';
import { decisionIssues, notificationDay, type DecisionDraft } from './decision-rules.ts';

const homeCare: DecisionDraft = {
  serviceType: 'HOME_CARE_PERSONAL',
  outcome: 'GRANTED',
  hoursPerMonth: 40,
  validFrom: '2026-12-01',
  validTo: null,
  motivation: 'Behöver hjälp morgon och kväll.',
  notifiedOn: null,
};

describe('decisionIssues', () => {
  it('accepts a valid home-care decision', () => {
    expect(decisionIssues(homeCare)).toEqual([]);
  });
  it('refuses negative hours, more than 744 hours and hours for other services', () => {
    expect(decisionIssues({ ...homeCare, hoursPerMonth: -1 })).toEqual([{ field: 'hoursPerMonth', key: 'validation.decision.hoursNegative' }]);
    expect(decisionIssues({ ...homeCare, hoursPerMonth: 745 })[0]).toMatchObject({ field: 'hoursPerMonth', key: 'validation.decision.hoursTooMany' });
    expect(decisionIssues({ ...homeCare, hoursPerMonth: 744 })).toEqual([]);
    expect(decisionIssues({ ...homeCare, serviceType: 'SAFETY_ALARM', hoursPerMonth: 10 })[0]?.key).toBe('validation.decision.hoursOnlyHomeCare');
    expect(decisionIssues({ ...homeCare, serviceType: 'SAFETY_ALARM', hoursPerMonth: null })).toEqual([]);
  });
  it('asks for hours when home care is granted, not when denied', () => {
    expect(decisionIssues({ ...homeCare, hoursPerMonth: null })[0]?.key).toBe('validation.decision.hoursRequired');
    expect(decisionIssues({ ...homeCare, hoursPerMonth: null, outcome: 'DENIED' })).toEqual([]);
  });
  it('refuses a validity period that ends before it starts', () => {
    expect(decisionIssues({ ...homeCare, validTo: '2026-11-30' })).toEqual([{ field: 'validTo', key: 'validation.decision.validToBeforeValidFrom' }]);
    expect(decisionIssues({ ...homeCare, validTo: '2026-12-01' })).toEqual([]);
    expect(decisionIssues({ ...homeCare, validFrom: '2026-13-01' })[0]?.field).toBe('validFrom');
  });
  it('asks for a motivation', () => {
    expect(decisionIssues({ ...homeCare, motivation: '  ' })).toEqual([{ field: 'motivation', key: 'validation.required' }]);
  });
  it('takes a posted decision as received two days later', () => {
    expect(notificationDay('2026-11-02', null)).toBe('2026-11-04');
    expect(notificationDay('2026-11-02', '2026-11-02')).toBe('2026-11-02');
  });
});
