import { addDaysTo } from './calendar.ts';
import type { ServiceType } from './service-types.ts';
import { isDay } from './stockholm-time.ts';

/** Hours in the longest month: home care cannot be granted for more. */
export const MAX_HOURS_PER_MONTH = 744;
export const MOTIVATION_MAX_LENGTH = 10_000;
/** A decision sent by post is taken to reach the person two days after it is decided. */
export const POSTAL_DELIVERY_DAYS = 2;

const HOME_CARE: readonly ServiceType[] = ['HOME_CARE_PERSONAL', 'HOME_CARE_SERVICE'];

export function isHomeCare(serviceType: ServiceType): boolean {
  return HOME_CARE.includes(serviceType);
}

export type DecisionDraft = {
  serviceType: ServiceType;
  outcome: 'GRANTED' | 'PARTLY_GRANTED' | 'DENIED';
  hoursPerMonth: number | null;
  validFrom: string;
  validTo: string | null;
  motivation: string;
  notifiedOn: string | null;
};

/** A problem with one field, as a message key the service translates. */
export type DecisionIssue = { field: string; key: string; params?: Record<string, string | number> };

/**
 * What is wrong with a decision before it may be saved: hours only for home care and within
 * 0..744 a month, a validity period that does not end before it starts, a motivation.
 */
export function decisionIssues(draft: DecisionDraft): DecisionIssue[] {
  const issues: DecisionIssue[] = [];
  if (draft.hoursPerMonth !== null) {
    if (!isHomeCare(draft.serviceType)) issues.push({ field: 'hoursPerMonth', key: 'validation.decision.hoursOnlyHomeCare' });
    else if (draft.hoursPerMonth < 0) issues.push({ field: 'hoursPerMonth', key: 'validation.decision.hoursNegative' });
    else if (draft.hoursPerMonth > MAX_HOURS_PER_MONTH) issues.push({ field: 'hoursPerMonth', key: 'validation.decision.hoursTooMany', params: { maximum: MAX_HOURS_PER_MONTH } });
  } else if (isHomeCare(draft.serviceType) && draft.outcome !== 'DENIED') {
    issues.push({ field: 'hoursPerMonth', key: 'validation.decision.hoursRequired' });
  }
  const validFromOk = isDay(draft.validFrom);
  if (!validFromOk) issues.push({ field: 'validFrom', key: 'validation.day' });
  if (draft.validTo !== null) {
    if (!isDay(draft.validTo)) issues.push({ field: 'validTo', key: 'validation.day' });
    else if (validFromOk && draft.validTo < draft.validFrom) issues.push({ field: 'validTo', key: 'validation.decision.validToBeforeValidFrom' });
  }
  const motivation = draft.motivation.trim();
  if (motivation.length === 0) issues.push({ field: 'motivation', key: 'validation.required' });
  else if (motivation.length > MOTIVATION_MAX_LENGTH) issues.push({ field: 'motivation', key: 'validation.tooLong', params: { maximum: MOTIVATION_MAX_LENGTH } });
  if (draft.notifiedOn !== null && !isDay(draft.notifiedOn)) issues.push({ field: 'notifiedOn', key: 'validation.day' });
  return issues;
}

/** When the person is taken to know of the decision: given, or two days after it by post. */
export function notificationDay(decidedOn: string, notifiedOn: string | null): string {
  return notifiedOn ?? addDaysTo(decidedOn, POSTAL_DELIVERY_DAYS);
}

/** Only granted services are ordered, started and followed up. */
export function isGranted(outcome: DecisionDraft['outcome']): boolean {
  return outcome !== 'DENIED';
}
