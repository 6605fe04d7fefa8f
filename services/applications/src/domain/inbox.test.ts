import { describe, expect, it } from 'vitest';
import { inboxDueOn, inboxStatuses, isInboxOverdue, overdueIfSubmittedBefore } from './inbox.ts';

describe('inbox', () => {
  it('is due 14 days after submission and overdue the day after', () => {
    const submittedAt = new Date('2026-11-01T10:00:00Z');
    expect(inboxDueOn(submittedAt)).toBe('2026-11-15');
    expect(isInboxOverdue({ status: 'SUBMITTED', submittedAt }, '2026-11-15')).toBe(false);
    expect(isInboxOverdue({ status: 'IN_INVESTIGATION', submittedAt }, '2026-11-16')).toBe(true);
    expect(isInboxOverdue({ status: 'DECIDED', submittedAt }, '2026-12-16')).toBe(false);
  });
  it('lets the database decide overdue the same way', () => {
    const cutoff = overdueIfSubmittedBefore('2026-11-16');
    expect(new Date('2026-11-01T22:59:59Z') < cutoff).toBe(true); // still 1 November in Stockholm
    expect(new Date('2026-11-01T23:00:00Z') < cutoff).toBe(false); // 2 November
  });
  it('shows open cases by default and never drafts', () => {
    expect(inboxStatuses(undefined)).toEqual(['SUBMITTED', 'IN_INVESTIGATION', 'COMMUNICATED']);
    expect(inboxStatuses(['DRAFT', 'DECIDED'])).toEqual(['DECIDED']);
  });
});
