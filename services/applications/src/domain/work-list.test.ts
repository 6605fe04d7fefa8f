import { describe, expect, it } from 'vitest';
import { inboxStatuses } from './inbox.ts';
import { planOverdueIfOrderedBefore, WORK_KINDS, workKinds } from './work-list.ts';

describe('the work list', () => {
  it('takes every kind of work when none is named, and only known kinds otherwise', () => {
    expect(workKinds(undefined)).toEqual([...WORK_KINDS]);
    expect(workKinds(['FOLLOW_UP_DUE', 'PONY', 'OPEN_APPEAL'])).toEqual(['OPEN_APPEAL', 'FOLLOW_UP_DUE']);
  });

  it('looks at decided and closed cases too when asked for work, never at drafts', () => {
    expect(inboxStatuses(undefined, true)).toEqual(['SUBMITTED', 'IN_INVESTIGATION', 'COMMUNICATED', 'DECIDED', 'CLOSED']);
    expect(inboxStatuses(undefined)).toEqual(['SUBMITTED', 'IN_INVESTIGATION', 'COMMUNICATED']);
    expect(inboxStatuses(['DRAFT', 'DECIDED'], true)).toEqual(['DECIDED']);
  });

  it('has a plan overdue the day after its 14 days, as isImplementationPlanMissing', () => {
    expect(planOverdueIfOrderedBefore('2026-12-15')).toBe('2026-12-01');
  });
});
