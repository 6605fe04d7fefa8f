import { describe, expect, it } from 'vitest';
import { grantsCareOn, hasCurrentCareServices, type CareDecision } from './care-status.ts';

const TODAY = '2026-12-05';
const granted: CareDecision = { status: 'DECIDED', outcome: 'GRANTED', validFrom: '2026-11-01', validTo: null };

describe('hasCurrentCareServices', () => {
  it('is true for a granted or partly granted decision in force today, until further notice or to a later day', () => {
    expect(hasCurrentCareServices([granted], TODAY)).toBe(true);
    expect(hasCurrentCareServices([{ ...granted, outcome: 'PARTLY_GRANTED', validTo: '2027-06-30' }], TODAY)).toBe(true);
  });

  it('counts the first and the last day of the period', () => {
    expect(grantsCareOn({ ...granted, validFrom: TODAY }, TODAY)).toBe(true);
    expect(grantsCareOn({ ...granted, validTo: TODAY }, TODAY)).toBe(true);
  });

  it('is false before the decision takes effect and after it ended', () => {
    expect(hasCurrentCareServices([{ ...granted, validFrom: '2026-12-06' }], TODAY)).toBe(false);
    expect(hasCurrentCareServices([{ ...granted, validTo: '2026-12-04' }], TODAY)).toBe(false);
  });

  it('is false for a denial, a proposal, a superseded decision and one without a start', () => {
    expect(hasCurrentCareServices([{ ...granted, outcome: 'DENIED' }], TODAY)).toBe(false);
    expect(hasCurrentCareServices([{ ...granted, status: 'PROPOSED' }], TODAY)).toBe(false);
    expect(hasCurrentCareServices([{ ...granted, status: 'SUPERSEDED' }], TODAY)).toBe(false);
    expect(hasCurrentCareServices([{ ...granted, validFrom: null }], TODAY)).toBe(false);
    expect(hasCurrentCareServices([], TODAY)).toBe(false);
  });

  it('follows a reconsidered appeal: the superseded denial does not count, the new grant does', () => {
    const appealed: CareDecision = { ...granted, status: 'SUPERSEDED', outcome: 'DENIED' };
    expect(hasCurrentCareServices([appealed, { ...granted, outcome: 'GRANTED' }], TODAY)).toBe(true);
    expect(hasCurrentCareServices([{ ...granted, status: 'SUPERSEDED' }, { ...granted, outcome: 'DENIED' }], TODAY)).toBe(false);
  });
});
