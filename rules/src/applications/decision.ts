import { isIsoDate } from '../dates.ts';
import type { RuleIssue } from '../issue.ts';

/** Hours in the longest month: home care cannot be granted for more. */
export const MAX_HOURS_PER_MONTH = 744;
export const MOTIVATION_MAX_LENGTH = 10_000;

const HOME_CARE: readonly string[] = ['HOME_CARE_PERSONAL', 'HOME_CARE_SERVICE'];

/** Home care is granted in hours a month; other services are not. */
export function isHomeCare(serviceType: string): boolean {
  return HOME_CARE.includes(serviceType);
}

/** The decision asks for hours: home care that is not denied. */
export function asksForHours(serviceType: string, outcome: string): boolean {
  return isHomeCare(serviceType) && outcome !== 'DENIED';
}

/** A decision as saved; a service narrows the service type to its own enum. */
export type DecisionDraft<ServiceType extends string = string> = {
  serviceType: ServiceType;
  outcome: 'GRANTED' | 'PARTLY_GRANTED' | 'DENIED';
  hoursPerMonth: number | null;
  validFrom: string;
  validTo: string | null;
  motivation: string;
  notifiedOn: string | null;
};

/**
 * What is wrong with a decision before it may be saved: hours only for home care and within
 * 0..744 a month, a validity period that does not end before it starts, a motivation. The
 * decision service refuses what this finds; the decision form shows it before sending.
 */
export function decisionIssues(draft: DecisionDraft): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (draft.hoursPerMonth !== null) {
    if (!isHomeCare(draft.serviceType)) issues.push({ field: 'hoursPerMonth', key: 'validation.decision.hoursOnlyHomeCare' });
    else if (draft.hoursPerMonth < 0) issues.push({ field: 'hoursPerMonth', key: 'validation.decision.hoursNegative' });
    else if (draft.hoursPerMonth > MAX_HOURS_PER_MONTH) issues.push({ field: 'hoursPerMonth', key: 'validation.decision.hoursTooMany', params: { maximum: MAX_HOURS_PER_MONTH } });
  } else if (asksForHours(draft.serviceType, draft.outcome)) {
    issues.push({ field: 'hoursPerMonth', key: 'validation.decision.hoursRequired' });
  }
  const validFromOk = isIsoDate(draft.validFrom);
  if (!validFromOk) issues.push({ field: 'validFrom', key: 'validation.day' });
  if (draft.validTo !== null) {
    if (!isIsoDate(draft.validTo)) issues.push({ field: 'validTo', key: 'validation.day' });
    else if (validFromOk && draft.validTo < draft.validFrom) issues.push({ field: 'validTo', key: 'validation.decision.validToBeforeValidFrom' });
  }
  const motivation = draft.motivation.trim();
  if (motivation.length === 0) issues.push({ field: 'motivation', key: 'validation.required' });
  else if (motivation.length > MOTIVATION_MAX_LENGTH) issues.push({ field: 'motivation', key: 'validation.tooLong', params: { maximum: MOTIVATION_MAX_LENGTH } });
  if (draft.notifiedOn !== null && !isIsoDate(draft.notifiedOn)) issues.push({ field: 'notifiedOn', key: 'validation.day' });
  return issues;
}
