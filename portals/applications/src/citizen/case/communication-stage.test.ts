import { describe, expect, it } from 'vitest';
import type { CitizenDecisionFragment as Decision, CitizenInvestigationFragment as Investigation, CitizenRequestedServiceFragment as RequestedService } from '../../generated/graphql.ts';
import { communicationStage, invitesResponse } from './communication-stage.ts';

const decided = { id: 'd', status: 'DECIDED', outcome: 'GRANTED', canAppeal: true, appeals: [] } as unknown as Decision;
const service = (id: string, decision: Decision | null = null): RequestedService => ({ id, serviceType: 'SAFETY_ALARM', needs: '', decision, decisions: [] });
const investigation = (over: Partial<Investigation> = {}): Investigation => ({
  communicatedAt: '2026-11-27T09:00:00Z',
  responseDueOn: '2026-12-04',
  lifeAreas: [],
  serviceDescriptions: [],
  response: null,
  respondedAt: null,
  canRespond: true,
  ...over,
});
const stage = (inv: Investigation | null, services: RequestedService[] = [service('a'), service('b')]) => communicationStage({ communicatedInvestigation: inv, requestedServices: services });

describe('where communication stands for the person', () => {
  it('says nothing before the investigation is communicated', () => {
    expect(stage(null)).toBeNull();
    expect(invitesResponse(null)).toBe(false);
  });

  it('invites a response while the window is open, and knows an answer and a passed window', () => {
    expect(stage(investigation())).toBe('open');
    expect(invitesResponse('open')).toBe(true);
    expect(stage(investigation({ respondedAt: '2026-12-01T10:00:00Z', response: 'Ja.', canRespond: false }))).toBe('responded');
    expect(stage(investigation({ canRespond: false }))).toBe('passed');
    expect(invitesResponse('passed')).toBe(false);
  });

  it('speaks of the rest once some services are decided, and of the decision once all are', () => {
    expect(stage(investigation(), [service('a', decided), service('b')])).toBe('openRest');
    expect(stage(investigation({ respondedAt: '2026-12-01T10:00:00Z', canRespond: false }), [service('a', decided), service('b')])).toBe('respondedRest');
    expect(stage(investigation(), [service('a', decided), service('b', decided)])).toBe('decided');
    expect(invitesResponse('decided')).toBe(false);
    // A proposal waiting for a manager is no decision.
    expect(stage(investigation(), [service('a', { ...decided, status: 'PROPOSED' } as Decision)])).toBe('open');
  });
});
