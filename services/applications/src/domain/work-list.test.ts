import { describe, expect, it } from 'vitest';
import { inboxStatuses } from './inbox.ts';
import { isFollowUpDue, isServiceToOrder, planOverdueIfOrderedBefore, WORK_KINDS, workKinds } from './work-list.ts';

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

  it('has a follow-up due from its day until it is done', () => {
    expect(isFollowUpDue({ dueOn: '2026-12-05', completedOn: null }, '2026-12-05')).toBe(true);
    expect(isFollowUpDue({ dueOn: '2026-12-06', completedOn: null }, '2026-12-05')).toBe(false);
    expect(isFollowUpDue({ dueOn: '2026-12-01', completedOn: '2026-12-02' }, '2026-12-05')).toBe(false);
  });

  it('has a granted service in force to order until it is ordered', () => {
    const granted = { status: 'DECIDED', outcome: 'PARTLY_GRANTED', validTo: null };
    expect(isServiceToOrder(granted, 0, '2026-12-05')).toBe(true);
    expect(isServiceToOrder(granted, 1, '2026-12-05')).toBe(false);
    expect(isServiceToOrder({ ...granted, outcome: 'DENIED' }, 0, '2026-12-05')).toBe(false);
    expect(isServiceToOrder({ ...granted, status: 'PROPOSED' }, 0, '2026-12-05')).toBe(false);
    expect(isServiceToOrder({ ...granted, validTo: '2026-12-04' }, 0, '2026-12-05')).toBe(false);
  });
});
