/**
 * The cohort rule of a campaign, as data: who is invited. Pure; the SQL that applies it is
 * schema/cohort-sql.ts, and both the preview and the fixing use that one statement.
 */
export type CohortRule = {
  /** The age reached in `year` (75: everyone born in year − 75). */
  age: number;
  year: number;
  /** District areas whose residents are included; empty includes nobody. */
  districtAreas: string[];
  /** Leave out people with current care services. */
  excludeCurrentCare: boolean;
  /** Leave out people in another campaign's cohort fixed within this many months; null for no such rule. */
  notInvitedWithinMonths: number | null;
};

export const COHORT_AGE_MIN = 60;
export const COHORT_AGE_MAX = 110;
export const COHORT_YEAR_MIN = 2000;
export const COHORT_YEAR_MAX = 2100;
export const COHORT_AREAS_MAX = 50;
export const COHORT_AREA_MAX_LENGTH = 100;
export const NOT_INVITED_MONTHS_MAX = 120;

export type CohortIssue = { field: string; key: string; params?: Record<string, string | number> };

/** Everyone who reaches `age` in `year` is born that one calendar year: the first and last birth day. */
export function birthDateRange(age: number, year: number): { from: string; to: string } {
  const born = String(year - age).padStart(4, '0');
  return { from: `${born}-01-01`, to: `${born}-12-31` };
}

/** Areas as typed: trimmed, empty ones dropped, each once (the first spelling kept), in the order given. */
export function normaliseAreas(areas: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const area of areas) {
    const trimmed = area.trim();
    const key = trimmed.toLocaleLowerCase('sv');
    if (trimmed === '' || seen.has(key)) continue;
    seen.add(key);
    result.push(trimmed);
  }
  return result;
}

const isWhole = (value: number, min: number, max: number) => Number.isInteger(value) && value >= min && value <= max;

/** What is wrong with a rule, as message keys (messages/cohort.ts); empty when it can be used. */
export function cohortRuleIssues(rule: CohortRule): CohortIssue[] {
  const issues: CohortIssue[] = [];
  if (!isWhole(rule.age, COHORT_AGE_MIN, COHORT_AGE_MAX)) {
    issues.push({ field: 'cohortAge', key: 'validation.cohort.age', params: { min: COHORT_AGE_MIN, max: COHORT_AGE_MAX } });
  }
  if (!isWhole(rule.year, COHORT_YEAR_MIN, COHORT_YEAR_MAX)) {
    issues.push({ field: 'cohortYear', key: 'validation.cohort.year', params: { min: COHORT_YEAR_MIN, max: COHORT_YEAR_MAX } });
  }
  if (rule.districtAreas.length > COHORT_AREAS_MAX) {
    issues.push({ field: 'districtAreas', key: 'validation.cohort.tooManyAreas', params: { max: COHORT_AREAS_MAX } });
  } else if (rule.districtAreas.some((area) => area.trim().length > COHORT_AREA_MAX_LENGTH)) {
    issues.push({ field: 'districtAreas', key: 'validation.cohort.areaTooLong', params: { max: COHORT_AREA_MAX_LENGTH } });
  }
  if (rule.notInvitedWithinMonths !== null && !isWhole(rule.notInvitedWithinMonths, 0, NOT_INVITED_MONTHS_MAX)) {
    issues.push({ field: 'notInvitedWithinMonths', key: 'validation.cohort.months', params: { min: 0, max: NOT_INVITED_MONTHS_MAX } });
  }
  return issues;
}

/** A rule is complete enough to pick anyone once it has an age, a year and at least one area. */
export function isCompleteRule(rule: Partial<CohortRule>): rule is CohortRule {
  return typeof rule.age === 'number' && typeof rule.year === 'number' && Array.isArray(rule.districtAreas) && rule.districtAreas.length > 0;
}
