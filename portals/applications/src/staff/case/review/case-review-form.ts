import { addDays, isIsoWeek, isoWeek, shiftWeek, weekMonday } from '../../shared/dates.ts';
import { maxLength, type FormIssue } from '../../shared/form-issues.ts';
import type { ServiceType } from '../../types.ts';

/** Housing is always presented at the weekly case review under the delegation order. */
export const reviewedServiceTypes: readonly ServiceType[] = ['NURSING_HOME', 'SERVICE_FLAT', 'SHORT_TERM_STAY'];

export interface WeekOption {
  week: string;
  monday: string;
  friday: string;
}

/** This week and the coming ones, for choosing the meeting. */
export function upcomingWeeks(today: string, count: number): WeekOption[] {
  const first = isoWeek(today);
  return Array.from({ length: count }, (_, i) => {
    const week = shiftWeek(first, i);
    const monday = weekMonday(week);
    return { week, monday, friday: addDays(monday, 4) };
  });
}

export interface CaseReviewForm {
  week: string;
  reason: string;
}

export function validateCaseReview(form: CaseReviewForm): FormIssue[] {
  const issues: FormIssue[] = [];
  if (!isIsoWeek(form.week)) issues.push({ field: 'week', key: 'case.review.errors.week' });
  if (!form.reason.trim()) issues.push({ field: 'reason', key: 'case.review.errors.reason' });
  issues.push(...maxLength(form.reason, 2000, 'reason'));
  return issues;
}

export function toFlagInput(form: CaseReviewForm, applicationId: string) {
  return { applicationId, week: form.week, reason: form.reason.trim() };
}

export function validateOutcome(outcome: string): FormIssue[] {
  if (!outcome.trim()) return [{ field: 'outcome', key: 'agenda.errors.outcome' }];
  return maxLength(outcome, 4000, 'outcome');
}
