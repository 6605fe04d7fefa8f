import { describe, expect, it } from 'vitest';
import { communicationIssues, communicationStatus, exceptionToRecord, type CommunicationStatus } from './communication-before-decision.ts';

const sent = new Date('2026-11-20T09:00:00Z');
const notSent = communicationStatus(null, '2026-12-01');
const open = communicationStatus({ communicatedAt: sent, responseDueOn: '2026-12-04', respondedAt: null }, '2026-12-04');
const passed = communicationStatus({ communicatedAt: sent, responseDueOn: '2026-12-04', respondedAt: null }, '2026-12-05');
const answered = communicationStatus({ communicatedAt: sent, responseDueOn: '2026-12-04', respondedAt: new Date('2026-11-25T10:00:00Z') }, '2026-11-26');
const keys = (outcome: string, status: CommunicationStatus, exception: 'CANNOT_BE_DEFERRED' | null = null, note: string | null = null) =>
  communicationIssues({ outcome, exception, note }, status).map((issue) => `${issue.field}:${issue.key}`);

describe('communication before a decision (förvaltningslagen 25 §)', () => {
  it('knows each stage, the window open up to and including its last day', () => {
    expect(notSent).toEqual({ state: 'NOT_COMMUNICATED', responseDueOn: null });
    expect(communicationStatus({ communicatedAt: null, responseDueOn: null, respondedAt: null }, '2026-12-01').state).toBe('NOT_COMMUNICATED');
    expect(open).toEqual({ state: 'WINDOW_OPEN', responseDueOn: '2026-12-04' });
    expect(passed.state).toBe('WINDOW_PASSED');
    expect(answered.state).toBe('RESPONDED');
  });

  it('refuses a denial or partial grant before communication, or while the window is open', () => {
    expect(keys('DENIED', notSent)).toEqual(['communicationException:validation.communication.missing']);
    expect(keys('PARTLY_GRANTED', notSent)).toEqual(['communicationException:validation.communication.missing']);
    expect(communicationIssues({ outcome: 'DENIED', exception: null, note: null }, open)).toEqual([
      { field: 'communicationException', key: 'validation.communication.windowOpen', params: { date: '2026-12-04' } },
    ]);
  });

  it('allows it once answered or once the window passed', () => {
    expect(keys('DENIED', answered)).toEqual([]);
    expect(keys('PARTLY_GRANTED', passed)).toEqual([]);
  });

  it('never stops a service granted as asked', () => {
    expect(keys('GRANTED', notSent)).toEqual([]);
    expect(keys('GRANTED', open)).toEqual([]);
  });

  it('allows an exception only with a note saying why, of bounded length', () => {
    expect(keys('DENIED', notSent, 'CANNOT_BE_DEFERRED')).toEqual(['communicationExceptionNote:validation.communication.noteRequired']);
    expect(keys('DENIED', notSent, 'CANNOT_BE_DEFERRED', '   ')).toEqual(['communicationExceptionNote:validation.communication.noteRequired']);
    expect(keys('DENIED', open, 'CANNOT_BE_DEFERRED', 'Utskrivning i dag, hjälpen kan inte vänta.')).toEqual([]);
    expect(keys('DENIED', notSent, 'CANNOT_BE_DEFERRED', 'x'.repeat(2001))).toEqual(['communicationExceptionNote:validation.tooLong']);
  });

  it('records the exception only when the decision rests on it', () => {
    const choice = { outcome: 'DENIED', exception: 'CANNOT_BE_DEFERRED' as const, note: ' Brådskande. ' };
    expect(exceptionToRecord(choice, notSent)).toEqual({ exception: 'CANNOT_BE_DEFERRED', note: 'Brådskande.' });
    expect(exceptionToRecord(choice, answered)).toBeNull();
    expect(exceptionToRecord({ ...choice, outcome: 'GRANTED' }, notSent)).toBeNull();
    expect(exceptionToRecord({ ...choice, exception: null }, notSent)).toBeNull();
  });
});
