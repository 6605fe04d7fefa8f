import { describe, expect, it } from 'vitest';
import { aDecision, anApplication, anInvestigation } from '../testing/fixtures.ts';
import { stepState } from './case-steps.ts';


describe('stepState', () => {
  it('shows a new case with everything still to do', () => {
    const application = anApplication();
    expect(stepState('investigation', application)).toBe('todo');
    expect(stepState('communication', application)).toBe('todo');
    expect(stepState('decision', application)).toBe('todo');
    expect(stepState('order', application)).toBe('none');
    expect(stepState('appeal', application)).toBe('none');
  });

  it('calls the investigation done when every service is described and assessed', () => {
    const started = anApplication({ investigation: anInvestigation({ assessment: 'Bedömning' }) });
    expect(stepState('investigation', started)).toBe('started');
    const done = anApplication({
      investigation: anInvestigation({
        assessment: 'Bedömning',
        serviceDescriptions: ['rs-home', 'rs-alarm', 'rs-nursing'].map((id) => ({ requestedServiceId: id, serviceType: 'SAFETY_ALARM' as const, text: 'Beskriven' })),
      }),
    });
    expect(stepState('investigation', done)).toBe('done');
  });

  it('follows decisions, orders and appeals per service', () => {
    const application = anApplication();
    application.requestedServices[0]!.decisions = [aDecision({ id: 'd1' })];
    application.requestedServices[2]!.decisions = [aDecision({ id: 'd3', status: 'PROPOSED', outcome: 'DENIED' })];
    expect(stepState('decision', application)).toBe('started');
    expect(stepState('order', application)).toBe('todo');
    application.requestedServices[0]!.decisions = [
      aDecision({
        id: 'd1',
        appeals: [{ id: 'a', receivedOn: '2026-12-01', channel: 'WEB', text: 'x', inTime: true, status: 'RECEIVED', forwardedOn: null, courtDecidedOn: null, courtNote: null }],
      }),
    ];
    expect(stepState('appeal', application)).toBe('started');
  });
});
