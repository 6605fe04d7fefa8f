import type { Actor } from '@omsorg/platform';
import { describe, expect, it } from 'vitest';
import { conversationUnitFor, doesOutreach, isOutreachStaffOf, mayReadConversation, mayWriteConversation, type ConversationFacts } from './access.ts';

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
