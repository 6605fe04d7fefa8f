import { describe, expect, it } from 'vitest';
import { canRespond, recordedResponseRefusal, responseRefusal } from './investigation-response.ts';

describe('a response once everything is decided', () => {
  const communicated = { communicatedAt: new Date('2026-11-02T09:00:00Z'), responseDueOn: '2026-11-09', response: null, servicesAwaitingDecision: 1 };

  it('is refused to the applicant though the window is still open', () => {
    expect(canRespond({ ...communicated, caseStatus: 'COMMUNICATED' }, '2026-11-05')).toBe(true);
    expect(responseRefusal({ ...communicated, caseStatus: 'DECIDED', servicesAwaitingDecision: 0 }, '2026-11-05')).toBe('ALREADY_DECIDED');
    expect(responseRefusal({ ...communicated, caseStatus: 'CLOSED' }, '2026-11-05')).toBe('CASE_CLOSED');
  });

  it('is refused to staff recording a letter, who may otherwise record late or again', () => {
    expect(recordedResponseRefusal({ ...communicated, response: 'Tidigare svar.', caseStatus: 'COMMUNICATED' })).toBeNull();
    expect(recordedResponseRefusal({ ...communicated, caseStatus: 'DECIDED', servicesAwaitingDecision: 0 })).toBe('ALREADY_DECIDED');
    expect(recordedResponseRefusal({ ...communicated, caseStatus: 'CLOSED' })).toBe('CASE_CLOSED');
    expect(recordedResponseRefusal({ communicatedAt: null, responseDueOn: null, response: null, caseStatus: 'IN_INVESTIGATION', servicesAwaitingDecision: 1 })).toBe('NOT_COMMUNICATED');
  });

  it('goes by the decisions, not by the case status: a service still waiting keeps the window open', () => {
    expect(responseRefusal({ ...communicated, caseStatus: 'COMMUNICATED', servicesAwaitingDecision: 0 }, '2026-11-05')).toBe('ALREADY_DECIDED');
    expect(responseRefusal({ ...communicated, caseStatus: 'DECIDED', servicesAwaitingDecision: 1 }, '2026-11-05')).toBeNull();
  });

  it('still says "not communicated" first, and "decided" before "already answered"', () => {
    expect(responseRefusal({ ...communicated, response: 'Ja.', caseStatus: 'DECIDED', servicesAwaitingDecision: 0 }, '2026-11-05')).toBe('ALREADY_DECIDED');
  });
});
