import { describe, expect, it } from 'vitest';
import { visibleApplications, visibleApplicationsOf } from './visibility.ts';

const signe = '00000000-0000-4000-8000-000000000001';
const erik = '00000000-0000-4000-8000-000000000002';
const karl = '00000000-0000-4000-8000-000000000003';

describe('visibleApplications', () => {
  it('lets a citizen see her own and those she represents', () => {
    expect(visibleApplications({ kind: 'person', personId: erik, actingFor: [signe] })).toEqual({ applicantId: { $in: [erik, signe] } });
  });

  it('lets staff see their unit', () => {
    expect(visibleApplications({ kind: 'staff', staffId: karl, roles: ['CASEWORKER'], unit: 'U' })).toEqual({ unit: 'U' });
  });

  it('shows no case files to outreach staff or the quality council', () => {
    expect(visibleApplications({ kind: 'staff', staffId: karl, roles: ['OUTREACH'], unit: 'U' })).toBeNull();
    expect(visibleApplications({ kind: 'staff', staffId: karl, roles: ['QUALITY_COUNCIL'], unit: 'U' })).toBeNull();
  });

  it('shows nothing to anonymous visitors', () => {
    expect(visibleApplications({ kind: 'anonymous' })).toBeNull();
  });
});

describe('visibleApplicationsOf', () => {
  it('refuses another person’s applications', () => {
    expect(visibleApplicationsOf({ kind: 'person', personId: karl, actingFor: [] }, signe)).toBeNull();
  });

  it('allows a representative', () => {
    expect(visibleApplicationsOf({ kind: 'person', personId: erik, actingFor: [signe] }, signe)).toEqual({ applicantId: signe });
  });
});
