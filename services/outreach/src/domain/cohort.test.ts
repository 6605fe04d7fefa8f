import { describe, expect, it } from 'vitest';
import { birthDateRange, cohortRuleIssues, isCompleteRule, normaliseAreas, type CohortRule } from './cohort.ts';

const rule: CohortRule = { age: 75, year: 2026, districtAreas: ['Fruängen', 'Hägersten'], excludeCurrentCare: true, notInvitedWithinMonths: 12 };
const fieldsOf = (candidate: CohortRule) => cohortRuleIssues(candidate).map((issue) => issue.field);

describe('birthDateRange', () => {
  it('is the one calendar year of birth of everyone who reaches the age that year', () => {
    expect(birthDateRange(75, 2026)).toEqual({ from: '1951-01-01', to: '1951-12-31' });
    expect(birthDateRange(80, 2027)).toEqual({ from: '1947-01-01', to: '1947-12-31' });
  });
});

describe('cohortRuleIssues', () => {
  it('accepts a usual rule, and the bounds themselves', () => {
    expect(cohortRuleIssues(rule)).toEqual([]);
    expect(cohortRuleIssues({ ...rule, age: 60, notInvitedWithinMonths: 0 })).toEqual([]);
    expect(cohortRuleIssues({ ...rule, age: 110, notInvitedWithinMonths: 120, districtAreas: Array.from({ length: 50 }, (_, i) => `Område ${i}`) })).toEqual([]);
    expect(cohortRuleIssues({ ...rule, notInvitedWithinMonths: null })).toEqual([]);
  });

  it('refuses an age outside 60..110 or not whole', () => {
    expect(fieldsOf({ ...rule, age: 59 })).toEqual(['cohortAge']);
    expect(fieldsOf({ ...rule, age: 111 })).toEqual(['cohortAge']);
    expect(fieldsOf({ ...rule, age: 75.5 })).toEqual(['cohortAge']);
  });

  it('refuses more than 50 areas and an area over 100 characters', () => {
    expect(fieldsOf({ ...rule, districtAreas: Array.from({ length: 51 }, (_, i) => `Område ${i}`) })).toEqual(['districtAreas']);
    expect(fieldsOf({ ...rule, districtAreas: ['Fruängen', 'x'.repeat(101)] })).toEqual(['districtAreas']);
    expect(cohortRuleIssues({ ...rule, districtAreas: ['x'.repeat(100)] })).toEqual([]);
  });

  it('refuses months outside 0..120 and a year out of range', () => {
    expect(fieldsOf({ ...rule, notInvitedWithinMonths: -1 })).toEqual(['notInvitedWithinMonths']);
    expect(fieldsOf({ ...rule, notInvitedWithinMonths: 121 })).toEqual(['notInvitedWithinMonths']);
    expect(fieldsOf({ ...rule, year: 1999 })).toEqual(['cohortYear']);
  });

  it('names the bounds in its message parameters', () => {
    expect(cohortRuleIssues({ ...rule, age: 20 })[0]).toEqual({ field: 'cohortAge', key: 'validation.cohort.age', params: { min: 60, max: 110 } });
  });
});

describe('normaliseAreas', () => {
  it('trims, drops empty ones and keeps each area once whatever its case', () => {
    expect(normaliseAreas([' Fruängen ', '', 'fruängen', 'Hägersten', '  '])).toEqual(['Fruängen', 'Hägersten']);
  });
});

describe('isCompleteRule', () => {
  it('needs an age, a year and an area', () => {
    expect(isCompleteRule(rule)).toBe(true);
    expect(isCompleteRule({ ...rule, districtAreas: [] })).toBe(false);
    expect(isCompleteRule({ year: 2026, districtAreas: ['Fruängen'] })).toBe(false);
  });
});
