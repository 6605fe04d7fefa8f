import { describe, expect, it } from 'vitest';
import { issuesOf } from '../../testing/schema-issues.ts';
import { caseReviewSchema, toFlagInput, upcomingWeeks } from './case-review-form.ts';

describe('case review', () => {
  it('offers this week and the next ones with their working days', () => {
    expect(upcomingWeeks('2026-11-26', 2)).toEqual([
      { week: '2026-W48', monday: '2026-11-23', friday: '2026-11-27' },
      { week: '2026-W49', monday: '2026-11-30', friday: '2026-12-04' },
    ]);
  });

  it('needs a week and a reason', () => {
    expect(issuesOf(caseReviewSchema, { week: '', reason: ' ' })).toEqual([
      ['week', 'case.review.errors.week'],
      ['reason', 'case.review.errors.reason'],
    ]);
    expect(issuesOf(caseReviewSchema, { week: '2026-W48', reason: 'Ansökan om vård- och omsorgsboende' })).toEqual([]);
  });

  it('maps the flag to the input', () => {
    expect(toFlagInput(caseReviewSchema.parse({ week: '2026-W48', reason: ' Principiellt ärende ' }), 'app-1')).toEqual({ applicationId: 'app-1', week: '2026-W48', reason: 'Principiellt ärende' });
  });
});
