import { describe, expect, it } from 'vitest';
import type { CitizenAppealFragment as Appeal, CitizenDecisionFragment as Decision, CitizenRequestedServiceFragment as RequestedService } from '../../generated/graphql.ts';
import { appealableDecisions, appealsOf, deadlineState, hasDecisionLetter, isInForce } from './decisions.ts';

const appeal = (id: string, receivedOn: string): Appeal => ({ id, receivedOn, inTime: true, status: 'RECEIVED', forwardedOn: null, courtDecidedOn: null });
const decision = (over: Partial<Decision> = {}): Decision => ({
  id: 'd1',
  status: 'DECIDED',
  outcome: 'DENIED',
  hoursPerMonth: null,
  validFrom: '2026-12-01',
  validTo: null,
  motivation: '',
  decidedAt: '2026-11-30T10:00:00Z',
  notifiedOn: '2026-12-02',
  appealDeadline: '2026-12-23',
  canAppeal: true,
  appeals: [],
  providerChoice: null,
  order: null,
  providerOptions: { totalCount: 0 },
  ...over,
});
const service = (over: Partial<RequestedService> = {}): RequestedService => ({
  id: 's1',
  serviceType: 'NURSING_HOME',
  needs: '',
  decision: null,
  decisions: [],
  ...over,
});

describe('decisions', () => {
  it('counts only decided, not replaced, decisions', () => {
    expect(isInForce(decision())).toBe(true);
    expect(isInForce(decision({ status: 'PROPOSED' }))).toBe(false);
    expect(isInForce(null)).toBe(false);
    expect(hasDecisionLetter({ requestedServices: [service(), service({ decision: decision({ status: 'PROPOSED' }) })] })).toBe(false);
    expect(hasDecisionLetter({ requestedServices: [service({ decision: decision() })] })).toBe(true);
  });

  it('offers to appeal only what the service says can be appealed', () => {
    const services = [service({ id: 'a', decision: decision({ id: 'x' }) }), service({ id: 'b', decision: decision({ id: 'y', canAppeal: false }) })];
    expect(appealableDecisions(services).map((c) => c.decision.id)).toEqual(['x']);
  });

  it('lists every appeal of a service once, oldest first', () => {
    const s = service({
      decision: decision({ appeals: [appeal('2', '2026-12-10')] }),
      decisions: [
        { id: 'old', status: 'SUPERSEDED', appeals: [appeal('1', '2026-12-05')] },
        { id: 'd1', status: 'DECIDED', appeals: [appeal('2', '2026-12-10')] },
      ],
    });
    expect(appealsOf(s).map((a) => a.id)).toEqual(['1', '2']);
  });

  it('tells whether a deadline is still open, including its last day', () => {
    expect(deadlineState('2026-12-23', '2026-12-20')).toEqual({ kind: 'open', daysLeft: 3 });
    expect(deadlineState('2026-12-23', '2026-12-23')).toEqual({ kind: 'open', daysLeft: 0 });
    expect(deadlineState('2026-12-23', '2026-12-24')).toEqual({ kind: 'passed' });
  });
});
