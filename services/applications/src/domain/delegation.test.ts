import { describe, expect, it } from 'vitest';
import { canDecide } from './delegation.ts';

describe('canDecide', () => {
  it('lets a caseworker decide home care up to 99 hours a month and a safety alarm', () => {
    expect(canDecide(['CASEWORKER'], 'HOME_CARE_PERSONAL', 99)).toEqual({ allowed: true });
    expect(canDecide(['CASEWORKER'], 'SAFETY_ALARM', null)).toEqual({ allowed: true });
  });

  it('reserves home care over 99 hours for a manager', () => {
    expect(canDecide(['CASEWORKER'], 'HOME_CARE_SERVICE', 100)).toEqual({ allowed: false, requiredRole: 'MANAGER', reason: 'HOURS_ABOVE_LIMIT' });
    expect(canDecide(['MANAGER'], 'HOME_CARE_SERVICE', 100)).toEqual({ allowed: true });
  });

  it.each(['NURSING_HOME', 'SERVICE_FLAT', 'SHORT_TERM_STAY'] as const)('reserves %s for a manager', (service) => {
    expect(canDecide(['CASEWORKER'], service, null)).toMatchObject({ allowed: false, reason: 'RESERVED_SERVICE' });
    expect(canDecide(['MANAGER'], service, null)).toEqual({ allowed: true });
  });

  it('lets no other role decide', () => {
    expect(canDecide(['OUTREACH'], 'SAFETY_ALARM', null).allowed).toBe(false);
    expect(canDecide(['QUALITY_COUNCIL'], 'SAFETY_ALARM', null).allowed).toBe(false);
  });
});
