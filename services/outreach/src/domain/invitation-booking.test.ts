import type { Actor } from '@omsorg/platform';
import { describe, expect, it } from 'vitest';
import { invitationHoldsBooking, invitationMayBookSlot, mayNoteHearingOrMemory } from './access.ts';
import { excludedMeetingKinds, INVITATION_BOOKING_DAYS, invitationBookingWindow, offeredMeetingKinds } from './invitation-booking.ts';

describe('offeredMeetingKinds', () => {
  it('offers every kind with free times, each once, meeting place first and video last', () => {
    expect(offeredMeetingKinds(['VIDEO', 'PHONE', 'MEETING_PLACE', 'PHONE', 'HOME'], { hearingOrMemoryNoted: false })).toEqual(['MEETING_PLACE', 'HOME', 'PHONE', 'VIDEO']);
  });

  it('leaves video out when hearing or memory problems are noted, and nothing else', () => {
    expect(offeredMeetingKinds(['VIDEO', 'PHONE', 'HEALTH_CENTRE'], { hearingOrMemoryNoted: true })).toEqual(['HEALTH_CENTRE', 'PHONE']);
    expect(offeredMeetingKinds(['VIDEO'], { hearingOrMemoryNoted: true })).toEqual([]);
    expect(excludedMeetingKinds({ hearingOrMemoryNoted: true })).toEqual(['VIDEO']);
    expect(excludedMeetingKinds({ hearingOrMemoryNoted: false })).toEqual([]);
  });

  it('offers nothing when no kind has free times', () => {
    expect(offeredMeetingKinds([], { hearingOrMemoryNoted: false })).toEqual([]);
  });

  it('offers times from now for eight weeks', () => {
    const now = new Date('2026-12-05T10:00:00Z');
    const window = invitationBookingWindow(now);
    expect(window.from).toEqual(now);
    expect((window.to.getTime() - now.getTime()) / 86_400_000).toBe(INVITATION_BOOKING_DAYS);
    expect(INVITATION_BOOKING_DAYS).toBe(56);
  });
});

describe('access: booking through an invitation', () => {
  const invitation = { id: 'i1', personId: 'p1', campaignId: 'c1' };

  it('books only times of the campaign’s own unit', () => {
    expect(invitationMayBookSlot({ unit: 'Hägersten' }, 'Hägersten')).toBe(true);
    expect(invitationMayBookSlot({ unit: 'Hägersten' }, 'Skärholmen')).toBe(false);
    expect(invitationMayBookSlot({ unit: 'Hägersten' }, null)).toBe(false);
  });

  it('reaches its own booking, or staff’s booking for the same person and campaign, never another’s', () => {
    expect(invitationHoldsBooking(invitation, { invitationId: 'i1', personId: 'p1', campaignId: 'c1' })).toBe(true);
    expect(invitationHoldsBooking(invitation, { invitationId: null, personId: 'p1', campaignId: 'c1' })).toBe(true);
    expect(invitationHoldsBooking(invitation, { invitationId: 'i2', personId: 'p1', campaignId: 'c1' })).toBe(false);
    expect(invitationHoldsBooking(invitation, { invitationId: null, personId: 'p2', campaignId: 'c1' })).toBe(false);
    expect(invitationHoldsBooking(invitation, { invitationId: null, personId: 'p1', campaignId: 'c2' })).toBe(false);
    expect(invitationHoldsBooking(invitation, { invitationId: null, personId: 'p1', campaignId: null })).toBe(false);
  });

  it('lets only outreach staff of the campaign’s unit note hearing or memory problems', () => {
    const staff = (unit: string, roles: Extract<Actor, { kind: 'staff' }>['roles']): Actor => ({ kind: 'staff', staffId: 's1', unit, roles });
    expect(mayNoteHearingOrMemory(staff('Hägersten', ['OUTREACH']), { unit: 'Hägersten' })).toBe(true);
    expect(mayNoteHearingOrMemory(staff('Skärholmen', ['OUTREACH']), { unit: 'Hägersten' })).toBe(false);
    expect(mayNoteHearingOrMemory(staff('Hägersten', ['CASEWORKER']), { unit: 'Hägersten' })).toBe(false);
    expect(mayNoteHearingOrMemory({ kind: 'person', personId: 'p1', actingFor: [] }, { unit: 'Hägersten' })).toBe(false);
    expect(mayNoteHearingOrMemory({ kind: 'anonymous' }, { unit: 'Hägersten' })).toBe(false);
  });
});
