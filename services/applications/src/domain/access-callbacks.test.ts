import type { Actor, StaffActor } from '@omsorg/platform';
import { describe, expect, it } from 'vitest';
import { callbackOutcomeRefusal, mayFollowCallbackToCase, maySeeCallbackNotes, maySeeCallbackRequester, type CallbackFacts, type CaseFacts } from './access.ts';

const signe = '00000000-0000-4000-8000-000000000001';
const erik = '00000000-0000-4000-8000-000000000002';
const anna = '00000000-0000-4000-8000-000000000003';
const hanna: StaffActor = { kind: 'staff', staffId: '00000000-0000-4000-8000-000000000010', roles: ['CASEWORKER'], unit: 'U' };
const maria: StaffActor = { kind: 'staff', staffId: '00000000-0000-4000-8000-000000000012', roles: ['MANAGER'], unit: 'U' };
const otherUnit: StaffActor = { kind: 'staff', staffId: '00000000-0000-4000-8000-000000000013', roles: ['CASEWORKER'], unit: 'V' };
const outreach: StaffActor = { kind: 'staff', staffId: '00000000-0000-4000-8000-000000000014', roles: ['OUTREACH'], unit: 'U' };
const person = (personId: string, actingFor: string[] = []): Actor => ({ kind: 'person', personId, actingFor });

/** Erik asked to be called about Signe. */
const open: CallbackFacts = { unit: 'U', personId: signe, requestedById: erik, completedAt: null };
const done: CallbackFacts = { ...open, completedAt: new Date('2026-12-07T09:00:00Z') };
const signesCase: CaseFacts = { applicantId: signe, unit: 'U', status: 'SUBMITTED' };

describe('recording how a callback went', () => {
  it('is for the caseworkers and managers of its unit, once', () => {
    expect(callbackOutcomeRefusal(hanna, open)).toBeNull();
    expect(callbackOutcomeRefusal(maria, open)).toBeNull();
    expect(callbackOutcomeRefusal(hanna, done)).toBe('DONE');
  });

  it('is refused to another unit, to staff who do no casework and to citizens, even the one who asked', () => {
    for (const actor of [otherUnit, outreach, person(erik, [signe]), person(signe), { kind: 'anonymous' } as const]) {
      expect(callbackOutcomeRefusal(actor, open)).toBe('FORBIDDEN');
    }
  });
});

describe('who asked for a callback', () => {
  it('is shown to the unit that calls back, and to the one who asked while they act for the person', () => {
    expect(maySeeCallbackRequester(hanna, open)).toBe(true);
    expect(maySeeCallbackRequester(person(erik, [signe]), open)).toBe(true);
  });

  it('is not shown to another unit, to the person or another representative, nor to Erik once he no longer represents her', () => {
    expect(maySeeCallbackRequester(otherUnit, open)).toBe(false);
    expect(maySeeCallbackRequester(outreach, open)).toBe(false);
    expect(maySeeCallbackRequester(person(signe), open)).toBe(false);
    expect(maySeeCallbackRequester(person(anna, [signe]), open)).toBe(false);
    expect(maySeeCallbackRequester(person(erik), open)).toBe(false);
    expect(maySeeCallbackRequester(person(signe), { ...open, requestedById: null })).toBe(false);
  });
});

describe('the case a callback links to', () => {
  it('is linked for those who may see the case', () => {
    expect(mayFollowCallbackToCase(hanna, signesCase)).toBe(true);
    expect(mayFollowCallbackToCase(person(erik, [signe]), signesCase)).toBe(true);
    expect(mayFollowCallbackToCase(person(signe), signesCase)).toBe(true);
  });

  it('is not linked for another unit, for Erik after his representation ended, nor when there is no case', () => {
    expect(mayFollowCallbackToCase(otherUnit, signesCase)).toBe(false);
    expect(mayFollowCallbackToCase(outreach, signesCase)).toBe(false);
    expect(mayFollowCallbackToCase(person(erik), signesCase)).toBe(false);
    expect(mayFollowCallbackToCase(hanna, null)).toBe(false);
    expect(mayFollowCallbackToCase(hanna, { ...signesCase, status: 'DRAFT' })).toBe(false);
  });
});

describe('how a call went and its note', () => {
  it('are for the caseworkers and managers of the callback’s unit only', () => {
    expect(maySeeCallbackNotes(hanna, done)).toBe(true);
    expect(maySeeCallbackNotes(maria, done)).toBe(true);
    for (const actor of [otherUnit, outreach, person(erik, [signe]), person(signe), { kind: 'anonymous' } as const]) {
      expect(maySeeCallbackNotes(actor, done)).toBe(false);
    }
  });
});
