import type { Actor } from '@omsorg/platform';
import { describe, expect, it } from 'vitest';
import { isPublished, mayActOnRegistration, mayEditOfferings, mayReadAttendanceReport, mayReadContent, maySeeRegistrations } from './access.ts';

const UNIT = 'Träffpunkter och aktiviteter, Hägersten-Älvsjö';
const kerstin: Actor = { kind: 'staff', staffId: '00000000-0000-4000-8000-000000000001', roles: ['ACTIVITIES'], unit: UNIT };
const otherUnit: Actor = { kind: 'staff', staffId: '00000000-0000-4000-8000-000000000002', roles: ['ACTIVITIES'], unit: 'Träffpunkter, Skärholmen' };
const hanna: Actor = { kind: 'staff', staffId: '00000000-0000-4000-8000-000000000003', roles: ['CASEWORKER', 'MANAGER', 'QUALITY_COUNCIL', 'OUTREACH'], unit: UNIT };
const signe: Actor = { kind: 'person', personId: '00000000-0000-4000-8000-0000000000a1', actingFor: [] };
const anonymous: Actor = { kind: 'anonymous' };
const now = new Date('2026-12-05T12:00:00Z');

describe('offerings access', () => {
  it('publishes only published content inside its dates', () => {
    expect(isPublished({ status: 'PUBLISHED', publishFrom: null, publishUntil: null }, now)).toBe(true);
    expect(isPublished({ status: 'DRAFT', publishFrom: null, publishUntil: null }, now)).toBe(false);
    expect(isPublished({ status: 'PUBLISHED', publishFrom: new Date('2026-12-06T00:00:00Z'), publishUntil: null }, now)).toBe(false);
    expect(isPublished({ status: 'PUBLISHED', publishFrom: null, publishUntil: now }, now)).toBe(false);
  });

  it('lets only the activities role edit and preview drafts', () => {
    const draft = { status: 'DRAFT' as const, publishFrom: null, publishUntil: null };
    expect(mayEditOfferings(kerstin)).toBe(true);
    for (const actor of [hanna, signe, anonymous]) {
      expect(mayEditOfferings(actor)).toBe(false);
      expect(mayReadContent(actor, draft, now)).toBe(false);
    }
    expect(mayReadContent(kerstin, draft, now)).toBe(true);
  });

  it('shows registrations only to the organiser unit’s activities staff', () => {
    expect(maySeeRegistrations(kerstin, { organiserUnit: UNIT })).toBe(true);
    for (const actor of [otherUnit, hanna, signe, anonymous]) expect(maySeeRegistrations(actor, { organiserUnit: UNIT })).toBe(false);
  });

  it('lets only the activities role read an attendance report', () => {
    expect(mayReadAttendanceReport(kerstin)).toBe(true);
    for (const actor of [hanna, signe, anonymous]) expect(mayReadAttendanceReport(actor)).toBe(false);
  });

  it('lets a person act on their own registration only', () => {
    expect(mayActOnRegistration(signe, { personId: '00000000-0000-4000-8000-0000000000a1' })).toBe(true);
    expect(mayActOnRegistration(signe, { personId: '00000000-0000-4000-8000-0000000000a2' })).toBe(false);
    expect(mayActOnRegistration(signe, { personId: null })).toBe(false);
    expect(mayActOnRegistration(kerstin, { personId: '00000000-0000-4000-8000-0000000000a1' })).toBe(false);
  });
});
