import { addDays, isIsoWeek, isoWeek, shiftWeek, weekMonday } from '../../shared/dates.ts';
import { caseReviewText } from '@omsorg/rules/applications';
import { z } from 'zod';
import type { FlagForCaseReviewInput, ServiceType } from '../../../generated/graphql.ts';

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

/** Put the case on a week's case review, and why. */
export const caseReviewSchema = z.object({
  week: z.string().refine(isIsoWeek, 'case.review.errors.week'),
  reason: caseReviewText('case.review.errors.reason'),
});

export function toFlagInput(form: z.output<typeof caseReviewSchema>, applicationId: string): FlagForCaseReviewInput {
  return { applicationId, week: form.week, reason: form.reason };
}

