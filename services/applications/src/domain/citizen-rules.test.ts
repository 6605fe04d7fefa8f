import { describe, expect, it } from 'vitest';
import { formatApplicationReference, referenceYear } from './application-reference.ts';
import { appealDeadlineOf, appealInTime, appealRefusal, notificationDay } from './appeal-eligibility.ts';
import { canRespond, responseRefusal } from './investigation-response.ts';
import { serviceCatalogue } from './service-catalogue.ts';

describe('application reference', () => {
  it('is ANS, the year and six digits', () => {
    expect(formatApplicationReference(2026, 123)).toBe('ANS-2026-000123');
    expect(() => formatApplicationReference(2026, 0)).toThrow(RangeError);
  });

  it('takes the year in Stockholm: just after midnight on New Year is the new year', () => {
    expect(referenceYear(new Date('2026-12-31T23:30:00Z'))).toBe(2027);
  });
});

describe('responding to a communicated investigation', () => {
  const communicated = { communicatedAt: new Date('2026-11-02T09:00:00Z'), responseDueOn: '2026-11-09', response: null, caseStatus: 'COMMUNICATED' as const, servicesAwaitingDecision: 1 };

  it('is possible up to and including the last day', () => {
    expect(canRespond(communicated, '2026-11-09')).toBe(true);
    expect(responseRefusal(communicated, '2026-11-10')).toBe('DEADLINE_PASSED');
  });

  it('is not possible before it is communicated, nor twice', () => {
    expect(responseRefusal({ communicatedAt: null, responseDueOn: null, response: null, caseStatus: 'IN_INVESTIGATION', servicesAwaitingDecision: 1 }, '2026-11-03')).toBe('NOT_COMMUNICATED');
    expect(responseRefusal({ ...communicated, response: 'Jag håller med.' }, '2026-11-03')).toBe('ALREADY_RESPONDED');
  });
});

describe('appealing a decision', () => {
  const decided = { status: 'DECIDED' as const, notifiedOn: '2026-11-02', decidedAt: new Date('2026-10-30T10:00:00Z') };

  it('is open for a decision in force without an open appeal', () => {
    expect(appealRefusal(decided, [])).toBeNull();
    expect(appealRefusal(decided, [{ status: 'COURT_UPHELD' }])).toBeNull();
  });

  it('is closed for proposals, superseded decisions and while an appeal is open', () => {
    expect(appealRefusal({ ...decided, status: 'PROPOSED' }, [])).toBe('NOT_DECIDED');
    expect(appealRefusal({ ...decided, status: 'SUPERSEDED' }, [])).toBe('SUPERSEDED');
    expect(appealRefusal(decided, [{ status: 'RECEIVED' }])).toBe('ALREADY_APPEALED');
    expect(appealRefusal(decided, [{ status: 'FORWARDED_TO_COURT' }])).toBe('ALREADY_APPEALED');
  });

  it('is in time up to the computed deadline, and marked late after it', () => {
    expect(appealDeadlineOf(decided)).toBe('2026-11-23');
    expect(appealInTime(decided, '2026-11-23')).toBe(true);
    expect(appealInTime(decided, '2026-11-24')).toBe(false);
  });

  it('counts from the decision day plus two postal days when no notification day is recorded', () => {
    const unrecorded = { notifiedOn: null, decidedAt: new Date('2026-10-30T10:00:00Z') };
    expect(notificationDay(unrecorded)).toBe('2026-11-01');
    expect(appealDeadlineOf(unrecorded)).toBe('2026-11-23');
  });
});

describe('serviceCatalogue', () => {
  it('lists all twelve services, with the housing ones decided by a manager', () => {
    const catalogue = serviceCatalogue();
    expect(catalogue).toHaveLength(12);
    expect(catalogue.filter((info) => info.managerDecides).map((info) => info.type)).toEqual(['SHORT_TERM_STAY', 'NURSING_HOME', 'SERVICE_FLAT']);
    expect(catalogue.every((info) => info.needsAssessment)).toBe(true);
  });
});
