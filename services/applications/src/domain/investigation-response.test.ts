import { describe, expect, it } from 'vitest';
import { canRespond, recordedResponseRefusal, responseRefusal } from './investigation-response.ts';

describe('a response once everything is decided', () => {
  const communicated = { communicatedAt: new Date('2026-11-02T09:00:00Z'), responseDueOn: '2026-11-09', response: null };

  it('is refused to the applicant though the window is still open', () => {
    expect(canRespond({ ...communicated, caseStatus: 'COMMUNICATED' }, '2026-11-05')).toBe(true);
    expect(responseRefusal({ ...communicated, caseStatus: 'DECIDED' }, '2026-11-05')).toBe('ALREADY_DECIDED');
    expect(responseRefusal({ ...communicated, caseStatus: 'CLOSED' }, '2026-11-05')).toBe('CASE_CLOSED');
  });

  it('is refused to staff recording a letter, who may otherwise record late or again', () => {
    expect(recordedResponseRefusal({ ...communicated, response: 'Tidigare svar.', caseStatus: 'COMMUNICATED' })).toBeNull();
    expect(recordedResponseRefusal({ ...communicated, caseStatus: 'DECIDED' })).toBe('ALREADY_DECIDED');
    expect(recordedResponseRefusal({ ...communicated, caseStatus: 'CLOSED' })).toBe('CASE_CLOSED');
    expect(recordedResponseRefusal({ communicatedAt: null, responseDueOn: null, response: null, caseStatus: 'IN_INVESTIGATION' })).toBe('NOT_COMMUNICATED');
  });

  it('still says "not communicated" first, and "decided" before "already answered"', () => {
    expect(responseRefusal({ ...communicated, response: 'Ja.', caseStatus: 'DECIDED' }, '2026-11-05')).toBe('ALREADY_DECIDED');
  });
});
