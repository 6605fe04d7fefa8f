import { describe, expect, it } from 'vitest';
import { WORK_KINDS } from '../../domain/work-list.ts';
import { referencePrefix, totalCountKey } from './inbox.ts';

const everything = [...WORK_KINDS];
const visible = ['SUBMITTED', 'IN_INVESTIGATION', 'COMMUNICATED', 'DECIDED', 'CLOSED'] as const;

describe('which tab count is a list’s total', () => {
  it('takes the count of the tab that opened the list', () => {
    expect(totalCountKey({})).toBe('open');
    expect(totalCountKey({ work: everything })).toBe('work');
    expect(totalCountKey({ work: everything, mine: true })).toBe('mine');
    expect(totalCountKey({ work: ['OPEN_APPEAL'] })).toBe('openAppeals');
    expect(totalCountKey({ work: ['SERVICE_NOT_ORDERED'], status: [...visible] })).toBe('servicesNotOrdered');
  });

  it('takes your own count for each link of the caseworker’s start page', () => {
    expect(totalCountKey({ status: ['SUBMITTED'], mine: true })).toBe('mineSubmitted');
    expect(totalCountKey({ work: ['OPEN_APPEAL'], mine: true })).toBe('mineOpenAppeals');
    expect(totalCountKey({ work: ['SERVICE_NOT_ORDERED'], mine: true })).toBe('mineServicesNotOrdered');
    expect(totalCountKey({ work: ['PLAN_OVERDUE'], mine: true })).toBe('minePlansOverdue');
    expect(totalCountKey({ work: ['FOLLOW_UP_DUE'], mine: true })).toBe('mineFollowUpsDue');
    // Never the unit's count for your list, nor yours for a narrower one.
    expect(totalCountKey({ work: ['OPEN_APPLICATION'], mine: true })).toBeNull();
    expect(totalCountKey({ mine: true })).toBeNull();
    expect(totalCountKey({ status: ['SUBMITTED'], mine: true, urgent: true })).toBeNull();
    expect(totalCountKey({ status: ['SUBMITTED', 'IN_INVESTIGATION'], mine: true })).toBeNull();
  });

  it('counts anything narrower on its own', () => {
    expect(totalCountKey({ work: everything, serviceType: 'ESCORT' })).toBeNull();
    expect(totalCountKey({ work: ['OPEN_APPEAL'], status: ['DECIDED'] })).toBeNull();
    expect(totalCountKey({ work: ['OPEN_APPEAL', 'PLAN_OVERDUE'] })).toBeNull();
    expect(totalCountKey({ status: [...visible] })).toBeNull();
    expect(totalCountKey({ reference: 'ANS' })).toBeNull();
    expect(totalCountKey({ urgent: false })).toBeNull();
  });
});

describe('a case number search', () => {
  it('matches by its start, spaces and LIKE wildcards taken literally', () => {
    expect(referencePrefix(' ANS-2026 ')).toBe('ANS-2026');
    expect(referencePrefix('10%_')).toBe('10\\%\\_');
  });
});
