import type { Actor } from '@omsorg/platform';
import { describe, expect, it } from 'vitest';
import {
  campaignListFilter,
  conversationUnitFor,
  doesOutreach,
  isOutreachStaffOf,
  letterUnitOf,
  mayAnswerInvitationSignedIn,
  mayBookForPerson,
  mayBookInCalendar,
  mayManageAvailability,
  mayViewCalendar,
  mayChangeCampaign,
  mayHandleLettersOf,
  mayCreateCampaign,
  mayReadCohort,
  mayReadConversation,
  mayReadIndicators,
  maySeeCampaign,
  mayWriteConversation,
  type ConversationFacts,
  sessionOpensInvitation,
} from './access.ts';

const UNIT = 'Beställarenheten äldre, Hägersten-Älvsjö';
const outreach: Actor = { kind: 'staff', staffId: '5a1e0c7d-3b2f-4e6a-9d8c-7b6a5f4e3d21', roles: ['OUTREACH'], unit: UNIT };
const otherUnit: Actor = { ...outreach, unit: 'Beställarenheten äldre, Skärholmen' };
const caseworker: Actor = { kind: 'staff', staffId: '9b2f6a14-1c3e-4d5f-8a7b-2c4d6e8f0a12', roles: ['CASEWORKER'], unit: UNIT };
const citizen: Actor = { kind: 'person', personId: '3d0c4c0e-7a57-4f0a-9a56-6a7d3e1f2b01', actingFor: [] };

describe('outreach staff of a unit', () => {
  it('is outreach staff of that unit only', () => {
    expect(isOutreachStaffOf(outreach, UNIT)).toBe(true);
    expect(isOutreachStaffOf(otherUnit, UNIT)).toBe(false);
  });

  it('is never a caseworker, a citizen or nobody', () => {
    for (const actor of [caseworker, citizen, { kind: 'anonymous' } as const]) {
      expect(doesOutreach(actor)).toBe(false);
      expect(isOutreachStaffOf(actor, UNIT)).toBe(false);
    }
  });
});

describe('invitations', () => {
  const now = new Date('2026-12-05T12:00:00Z');
  const session = { invitationId: 'a1', expiresAt: new Date('2026-12-05T20:00:00Z') };

  it('a session opens its own invitation until it expires', () => {
    expect(sessionOpensInvitation(session, 'a1', now)).toBe(true);
    expect(sessionOpensInvitation(session, 'a1', new Date('2026-12-05T20:00:00Z'))).toBe(false);
  });

  it('a session never opens another invitation, and no session opens any', () => {
    expect(sessionOpensInvitation(session, 'b2', now)).toBe(false);
    expect(sessionOpensInvitation(null, 'a1', now)).toBe(false);
  });

  it('signed in: the person and whoever represents them now, nobody else', () => {
    const signe = '7f1d2c3b-0000-4000-8000-000000000001';
    const erik: Actor = { kind: 'person', personId: '7f1d2c3b-0000-4000-8000-000000000002', actingFor: [signe] };
    const stranger: Actor = { kind: 'person', personId: '7f1d2c3b-0000-4000-8000-000000000003', actingFor: [] };
    expect(mayAnswerInvitationSignedIn({ kind: 'person', personId: signe, actingFor: [] }, { personId: signe })).toBe(true);
    expect(mayAnswerInvitationSignedIn(erik, { personId: signe })).toBe(true);
    for (const actor of [stranger, outreach, caseworker, { kind: 'anonymous' } as const]) expect(mayAnswerInvitationSignedIn(actor, { personId: signe })).toBe(false);
  });
});

describe('campaigns and cohorts', () => {
  const campaign = { unit: UNIT };
  const nobody = [caseworker, citizen, { kind: 'anonymous' } as const, otherUnit];

  it('lets outreach staff of the campaign’s unit see it, change it and read its cohort', () => {
    expect(mayCreateCampaign(outreach)).toBe(true);
    expect(maySeeCampaign(outreach, campaign)).toBe(true);
    expect(mayChangeCampaign(outreach, campaign)).toBe(true);
    expect(mayReadCohort(outreach, campaign)).toBe(true);
    expect(campaignListFilter(outreach)).toEqual({ unit: UNIT });
  });

  it('lets no caseworker, citizen, visitor or outreach worker of another unit see, change or read it', () => {
    for (const actor of nobody) {
      expect(maySeeCampaign(actor, campaign)).toBe(false);
      expect(mayChangeCampaign(actor, campaign)).toBe(false);
      expect(mayReadCohort(actor, campaign)).toBe(false);
    }
  });

  it('lets only outreach staff create one, and lists another unit’s worker only their own unit', () => {
    for (const actor of [caseworker, citizen, { kind: 'anonymous' } as const]) {
      expect(mayCreateCampaign(actor)).toBe(false);
      expect(campaignListFilter(actor)).toBeNull();
    }
    expect(campaignListFilter(otherUnit)).toEqual({ unit: 'Beställarenheten äldre, Skärholmen' });
  });
});

describe('calendar and bookings', () => {
  const omar = outreach as Extract<Actor, { kind: 'staff' }>;
  const ownCalendar = { workerId: omar.staffId, workerUnit: UNIT };
  const colleagueCalendar = { workerId: 'c0ffee00-0000-4000-8000-000000000001', workerUnit: UNIT };
  const otherUnitCalendar = { workerId: 'c0ffee00-0000-4000-8000-000000000002', workerUnit: 'Beställarenheten äldre, Skärholmen' };
  const unknownWorker = { workerId: 'c0ffee00-0000-4000-8000-000000000003', workerUnit: null };

  it('let the worker and outreach staff of the unit change availability, see and book', () => {
    for (const rule of [mayManageAvailability, mayViewCalendar, mayBookInCalendar]) {
      expect(rule(outreach, ownCalendar)).toBe(true);
      expect(rule(outreach, colleagueCalendar)).toBe(true);
      // The worker's own calendar, before outreach heard of them from identity.
      expect(rule(outreach, { workerId: omar.staffId, workerUnit: null })).toBe(true);
    }
    expect(mayBookForPerson(outreach, colleagueCalendar, true)).toBe(true);
  });

  it('refuse outreach staff of another unit, caseworkers, citizens and visitors', () => {
    const nobody = { kind: 'anonymous' } as const;
    for (const rule of [mayManageAvailability, mayViewCalendar, mayBookInCalendar]) {
      expect(rule(outreach, otherUnitCalendar)).toBe(false);
      expect(rule(outreach, unknownWorker)).toBe(false);
      expect(rule({ ...otherUnit, staffId: 'c0ffee00-0000-4000-8000-000000000009' } as Actor, ownCalendar)).toBe(false);
      for (const actor of [caseworker, citizen, nobody]) expect(rule(actor, ownCalendar)).toBe(false);
      // A caseworker is not the worker even with the worker's id.
      expect(rule({ ...caseworker, staffId: omar.staffId } as Actor, { workerId: omar.staffId, workerUnit: null })).toBe(false);
    }
    expect(mayBookForPerson(outreach, ownCalendar, false)).toBe(false);
    expect(mayBookForPerson(otherUnit, colleagueCalendar, true)).toBe(false);
  });
});

describe('conversations', () => {
  const manager: Actor = { ...caseworker, staffId: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f', roles: ['MANAGER'] };
  const caseworkerElsewhere: Actor = { ...caseworker, unit: 'Beställarenheten äldre, Skärholmen' };
  const referred: ConversationFacts = { unit: UNIT, shareRecordConsent: true, referral: { unit: UNIT, consented: true } };
  const notReferred: ConversationFacts = { unit: UNIT, shareRecordConsent: true, referral: null };

  it('is written and read by the outreach staff of its unit, not of another', () => {
    expect(mayWriteConversation(outreach, notReferred)).toBe(true);
    expect(mayReadConversation(outreach, notReferred)).toBe(true);
    expect(mayWriteConversation(otherUnit, referred)).toBe(false);
    expect(mayReadConversation(otherUnit, referred)).toBe(false);
  });

  it('is read, never written, by caseworkers and managers of the receiving unit after a referral with consent', () => {
    for (const actor of [caseworker, manager]) {
      expect(mayReadConversation(actor, referred)).toBe(true);
      expect(mayWriteConversation(actor, referred)).toBe(false);
    }
  });

  it('is closed to a caseworker without a referral, without consent to share, or of another unit', () => {
    expect(mayReadConversation(caseworker, notReferred)).toBe(false);
    expect(mayReadConversation(caseworker, { ...referred, shareRecordConsent: false })).toBe(false);
    expect(mayReadConversation(caseworker, { ...referred, referral: { unit: UNIT, consented: false } })).toBe(false);
    expect(mayReadConversation(caseworkerElsewhere, referred)).toBe(false);
  });

  it('is closed to citizens, even the person, and to visitors not signed in', () => {
    for (const actor of [citizen, { kind: 'anonymous' } as const]) {
      expect(mayReadConversation(actor, referred)).toBe(false);
      expect(mayWriteConversation(actor, referred)).toBe(false);
    }
  });

  it('starts in the campaign’s unit for its outreach staff, or in the worker’s own unit for the slot’s worker only', () => {
    const worker = (outreach as { staffId: string }).staffId;
    expect(conversationUnitFor(outreach, { campaignUnit: UNIT, workerId: crypto.randomUUID() })).toBe(UNIT);
    expect(conversationUnitFor(otherUnit, { campaignUnit: UNIT, workerId: worker })).toBeNull();
    expect(conversationUnitFor(outreach, { campaignUnit: null, workerId: worker })).toBe(UNIT);
    expect(conversationUnitFor(outreach, { campaignUnit: null, workerId: crypto.randomUUID() })).toBeNull();
    expect(conversationUnitFor(caseworker, { campaignUnit: UNIT, workerId: worker })).toBeNull();
  });
});

describe('letters and notices', () => {
  it('are handled by the outreach staff of the sending unit only', () => {
    expect(mayHandleLettersOf(outreach, UNIT)).toBe(true);
    expect(letterUnitOf(outreach)).toBe(UNIT);
    expect(mayHandleLettersOf(otherUnit, UNIT)).toBe(false);
    expect(letterUnitOf(otherUnit)).not.toBe(UNIT);
  });

  it('are never a caseworker’s, a citizen’s or an anonymous visitor’s', () => {
    for (const actor of [caseworker, citizen, { kind: 'anonymous' } as const]) {
      expect(mayHandleLettersOf(actor, UNIT)).toBe(false);
      expect(letterUnitOf(actor)).toBeNull();
    }
  });
});

describe('who reads the indicator report\'s outreach figures', () => {
  it('lets the quality council and managers read them, and refuses outreach staff, caseworkers, citizens and anonymous callers', () => {
    expect(mayReadIndicators({ ...caseworker, roles: ['QUALITY_COUNCIL'] })).toBe(true);
    expect(mayReadIndicators({ ...caseworker, roles: ['MANAGER'] })).toBe(true);
    for (const actor of [outreach, caseworker, citizen, { kind: 'anonymous' } as Actor]) expect(mayReadIndicators(actor)).toBe(false);
  });
});
