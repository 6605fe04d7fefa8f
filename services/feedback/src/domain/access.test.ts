import type { Actor, StaffRole } from '@omsorg/platform';
import { describe, expect, it } from 'vitest';
import {
  feedbackListScope,
  isInListScope,
  isLoggedFeedbackRead,
  mayHandleFeedback,
  mayListFeedback,
  mayReadFeedback,
  mayReadFeedbackOpenings,
  mayReadSenderContact,
  mayRegisterFeedback,
  mayRevealFeedbackText,
} from './access.ts';

const UNIT = 'Hägersten-Älvsjö';
const staff = (role: StaffRole, staffId = 's', unit = UNIT): Actor => ({ kind: 'staff', staffId, roles: [role], unit });
const signe: Actor = { kind: 'person', personId: 'signe', actingFor: [] };
const anonymous: Actor = { kind: 'anonymous' };
const system: Actor = { kind: 'system' };
const ownUnit = { unit: UNIT, handlerId: null };
const noUnit = { unit: null, handlerId: null };
const otherUnit = { unit: 'Skärholmen', handlerId: null };
const assignedToHanna = { unit: UNIT, handlerId: 'hanna' };
const notNow = { sentInThisRequest: false };

describe('reading and handling an item', () => {
  it('is for the quality council and managers of its unit, or of any unit while it has none', () => {
    for (const role of ['QUALITY_COUNCIL', 'MANAGER'] as const) {
      expect(mayHandleFeedback(staff(role), ownUnit)).toBe(true);
      expect(mayHandleFeedback(staff(role), noUnit)).toBe(true);
      expect(mayHandleFeedback(staff(role), otherUnit)).toBe(false);
      expect(mayReadFeedback(staff(role), { ...otherUnit, ...notNow })).toBe(false);
      expect(mayReadSenderContact(staff(role), { ...otherUnit, ...notNow })).toBe(false);
    }
  });

  it('is for the assigned handler whatever their role, and for no other caseworker or outreach worker', () => {
    for (const role of ['CASEWORKER', 'OUTREACH', 'MANAGER', 'QUALITY_COUNCIL'] as const) {
      expect(mayHandleFeedback(staff(role, 'hanna', 'Skärholmen'), assignedToHanna)).toBe(true);
    }
    for (const role of ['CASEWORKER', 'OUTREACH'] as const) {
      for (const item of [ownUnit, noUnit, assignedToHanna]) {
        expect(mayHandleFeedback(staff(role, 'jonas'), item)).toBe(false);
        expect(mayReadFeedback(staff(role, 'jonas'), { ...item, ...notNow })).toBe(false);
        expect(mayReadSenderContact(staff(role, 'jonas'), { ...item, ...notNow })).toBe(false);
      }
    }
  });

  it('is never for a citizen, an anonymous visitor or the gateway, not even a handler id that matches', () => {
    for (const actor of [signe, anonymous, system]) {
      for (const item of [ownUnit, noUnit, { unit: null, handlerId: 'signe' }]) {
        expect(mayHandleFeedback(actor, item)).toBe(false);
        expect(mayReadFeedback(actor, { ...item, ...notNow })).toBe(false);
        expect(mayReadSenderContact(actor, { ...item, ...notNow })).toBe(false);
        expect(mayRevealFeedbackText(actor, item)).toBe(false);
      }
    }
  });

  it('shows the sender what they have just sent, and nothing later', () => {
    expect(mayReadSenderContact(anonymous, { sentInThisRequest: true })).toBe(true);
    expect(mayReadFeedback(signe, { sentInThisRequest: true })).toBe(true);
    expect(mayReadFeedback(signe, { sentInThisRequest: false })).toBe(false);
  });
});

describe('revealing the masked text', () => {
  it('is for the handler and the quality council of the unit, not for a manager who does not handle it', () => {
    expect(mayRevealFeedbackText(staff('CASEWORKER', 'hanna'), assignedToHanna)).toBe(true);
    expect(mayRevealFeedbackText(staff('QUALITY_COUNCIL'), ownUnit)).toBe(true);
    expect(mayRevealFeedbackText(staff('QUALITY_COUNCIL'), noUnit)).toBe(true);
    expect(mayRevealFeedbackText(staff('QUALITY_COUNCIL'), otherUnit)).toBe(false);
    expect(mayRevealFeedbackText(staff('MANAGER'), ownUnit)).toBe(false);
    expect(mayRevealFeedbackText(staff('MANAGER', 'hanna'), assignedToHanna)).toBe(true);
    expect(mayRevealFeedbackText(staff('CASEWORKER', 'jonas'), assignedToHanna)).toBe(false);
  });
});

describe('registering feedback', () => {
  it('is for the quality council and managers only', () => {
    expect(mayRegisterFeedback(staff('QUALITY_COUNCIL'))).toBe(true);
    expect(mayRegisterFeedback(staff('MANAGER'))).toBe(true);
    for (const actor of [staff('CASEWORKER'), staff('OUTREACH'), signe, anonymous, system]) expect(mayRegisterFeedback(actor)).toBe(false);
  });
});

describe('the staff list', () => {
  it('holds the unit, unitless and own items for the quality council and managers', () => {
    const scope = feedbackListScope(staff('QUALITY_COUNCIL', 'lena'));
    expect(isInListScope(scope, ownUnit)).toBe(true);
    expect(isInListScope(scope, noUnit)).toBe(true);
    expect(isInListScope(scope, otherUnit)).toBe(false);
    expect(isInListScope(scope, { unit: 'Skärholmen', handlerId: 'lena' })).toBe(true);
  });

  it('holds only their assigned items for a caseworker or outreach worker', () => {
    for (const role of ['CASEWORKER', 'OUTREACH'] as const) {
      const scope = feedbackListScope(staff(role, 'hanna'));
      expect(mayListFeedback(staff(role, 'hanna'))).toBe(true);
      expect(isInListScope(scope, assignedToHanna)).toBe(true);
      expect(isInListScope(scope, ownUnit)).toBe(false);
      expect(isInListScope(scope, noUnit)).toBe(false);
    }
  });

  it('is nobody’s but staff', () => {
    for (const actor of [signe, anonymous, system]) {
      expect(mayListFeedback(actor)).toBe(false);
      expect(isInListScope(feedbackListScope(actor), { unit: null, handlerId: null })).toBe(false);
    }
  });

  it('agrees with the item rule for every role and item', () => {
    const items = [ownUnit, noUnit, otherUnit, assignedToHanna, { unit: 'Skärholmen', handlerId: 'hanna' }];
    for (const role of ['CASEWORKER', 'OUTREACH', 'MANAGER', 'QUALITY_COUNCIL'] as const) {
      for (const id of ['hanna', 'jonas']) {
        const actor = staff(role, id);
        for (const item of items) expect(isInListScope(feedbackListScope(actor), item)).toBe(mayHandleFeedback(actor, item));
      }
    }
  });
});

describe('the access log and openings', () => {
  it('logs staff reads of signed feedback only', () => {
    expect(isLoggedFeedbackRead(staff('MANAGER'), { personId: 'signe' })).toBe(true);
    expect(isLoggedFeedbackRead(staff('MANAGER'), { personId: null })).toBe(false);
    expect(isLoggedFeedbackRead(signe, { personId: 'signe' })).toBe(false);
  });

  it('shows the openings to the sender and their representatives only', () => {
    expect(mayReadFeedbackOpenings(signe, 'signe')).toBe(true);
    expect(mayReadFeedbackOpenings({ kind: 'person', personId: 'erik', actingFor: ['signe'] }, 'signe')).toBe(true);
    expect(mayReadFeedbackOpenings(staff('MANAGER'), 'signe')).toBe(false);
  });
});
