import type { Actor, StaffActor } from '@omsorg/platform';
import { describe, expect, it } from 'vitest';
import {
  assignRefusal,
  caseFilter,
  caseFilterFor,
  doesCasework,
  isUuid,
  mayChooseProvider,
  mayReadIndicators,
  mayRegisterApplication,
  maySeeCase,
  maySeeViolenceScreening,
  seesInternalEvents,
  takeRefusal,
  visibleDecisionStatuses,
  type CaseFacts,
} from './access.ts';

const signe = '00000000-0000-4000-8000-000000000001';
const erik = '00000000-0000-4000-8000-000000000002';
const karl = '00000000-0000-4000-8000-000000000003';
const hanna: StaffActor = { kind: 'staff', staffId: '00000000-0000-4000-8000-000000000010', roles: ['CASEWORKER'], unit: 'U' };
const olle: StaffActor = { kind: 'staff', staffId: '00000000-0000-4000-8000-000000000011', roles: ['CASEWORKER'], unit: 'U' };
const maria: StaffActor = { kind: 'staff', staffId: '00000000-0000-4000-8000-000000000012', roles: ['MANAGER'], unit: 'U' };
const otherManager: StaffActor = { kind: 'staff', staffId: '00000000-0000-4000-8000-000000000013', roles: ['MANAGER'], unit: 'V' };
const outreach: StaffActor = { kind: 'staff', staffId: '00000000-0000-4000-8000-000000000014', roles: ['OUTREACH'], unit: 'U' };
const council: StaffActor = { kind: 'staff', staffId: '00000000-0000-4000-8000-000000000015', roles: ['QUALITY_COUNCIL'], unit: 'U' };
const erikFor = (actingFor: string[]): Actor => ({ kind: 'person', personId: erik, actingFor });

const sent: CaseFacts = { applicantId: signe, unit: 'U', status: 'SUBMITTED', assigneeId: hanna.staffId };
const draft: CaseFacts = { ...sent, status: 'DRAFT', assigneeId: null };

describe('which cases an actor sees', () => {
  it('shows a citizen her own and those she currently represents, drafts included', () => {
    expect(caseFilter(erikFor([signe]))).toEqual({ applicantId: { $in: [erik, signe] } });
    expect(maySeeCase(erikFor([signe]), draft)).toBe(true);
    expect(maySeeCase(erikFor([]), sent)).toBe(false);
    expect(caseFilterFor(erikFor([]), signe)).toBeNull();
    expect(caseFilterFor(erikFor([signe]), signe)).toEqual({ applicantId: signe });
  });

  it('shows caseworkers and managers their unit’s cases, never a draft', () => {
    const filter = caseFilter(hanna);
    expect(filter).toMatchObject({ unit: 'U' });
    expect((filter as { status: { $in: string[] } }).status.$in).not.toContain('DRAFT');
    expect(caseFilterFor(hanna, signe)?.status?.$in).not.toContain('DRAFT');
    expect(maySeeCase(hanna, sent)).toBe(true);
    expect(maySeeCase(hanna, draft)).toBe(false);
    expect(maySeeCase(otherManager, sent)).toBe(false);
  });

  it('shows outreach staff, the quality council and anonymous visitors no case', () => {
    for (const actor of [outreach, council, { kind: 'anonymous' } as const]) {
      expect(caseFilter(actor)).toBeNull();
      expect(caseFilterFor(actor, signe)).toBeNull();
      expect(maySeeCase(actor, sent)).toBe(false);
      expect(doesCasework(actor)).toBe(false);
    }
  });

  it('hides proposals and internal events from citizens', () => {
    expect(visibleDecisionStatuses(erikFor([signe]))).not.toContain('PROPOSED');
    expect(visibleDecisionStatuses(hanna)).toContain('PROPOSED');
    expect(seesInternalEvents(erikFor([signe]))).toBe(false);
    expect(seesInternalEvents(hanna)).toBe(true);
  });
});

describe('the violence screening', () => {
  it('is for the assignee and the unit’s managers only', () => {
    expect(maySeeViolenceScreening(hanna, sent)).toBe(true);
    expect(maySeeViolenceScreening(maria, sent)).toBe(true);
    expect(maySeeViolenceScreening(olle, sent)).toBe(false);
    expect(maySeeViolenceScreening(otherManager, sent)).toBe(false);
    expect(maySeeViolenceScreening(olle, { ...sent, assigneeId: null })).toBe(false);
    expect(maySeeViolenceScreening(erikFor([signe]), sent)).toBe(false);
  });
});

describe('taking and assigning', () => {
  const member = (who: { staffId: string; unit: string; roles: readonly string[] }) => ({ id: who.staffId, unit: who.unit, roles: who.roles });

  it('lets a caseworker take only an unassigned case (or her own), a manager also an assigned one', () => {
    expect(takeRefusal(olle, { ...sent, assigneeId: null })).toBeNull();
    expect(takeRefusal(hanna, sent)).toBeNull();
    expect(takeRefusal(olle, sent)).toBe('ASSIGNED_TO_OTHER');
    expect(takeRefusal(maria, sent)).toBeNull();
  });

  it('lets only the assignee or a manager hand an assigned case on, to a caseworker or manager of its unit', () => {
    expect(assignRefusal(olle, sent, olle.staffId, member(olle))).toBe('ASSIGNED_TO_OTHER');
    expect(assignRefusal(olle, sent, null, null)).toBe('ASSIGNED_TO_OTHER');
    expect(assignRefusal(hanna, sent, olle.staffId, member(olle))).toBeNull();
    expect(assignRefusal(maria, sent, null, null)).toBeNull();
    expect(assignRefusal(olle, { ...sent, assigneeId: null }, maria.staffId, member(maria))).toBeNull();
  });

  it('refuses an assignee unknown here, of another unit, without a casework role, or not the one asked for', () => {
    expect(assignRefusal(maria, sent, karl, null)).toBe('NOT_ELIGIBLE');
    expect(assignRefusal(maria, sent, otherManager.staffId, member(otherManager))).toBe('NOT_ELIGIBLE');
    expect(assignRefusal(maria, sent, outreach.staffId, member(outreach))).toBe('NOT_ELIGIBLE');
    expect(assignRefusal(maria, sent, council.staffId, member(council))).toBe('NOT_ELIGIBLE');
    expect(assignRefusal(maria, sent, karl, member(olle))).toBe('NOT_ELIGIBLE');
  });
});

describe('isUuid', () => {
  it('accepts UUIDs only', () => {
    expect(isUuid(signe)).toBe(true);
    for (const value of ['', 'not-a-uuid', `${signe} `, "'; drop table x; --", null, undefined]) expect(isUuid(value)).toBe(false);
  });
});

describe('registering a phone, paper or discharge-notice application', () => {
  it('is for caseworkers and managers; a citizen, outreach, the quality council and strangers cannot', () => {
    expect(mayRegisterApplication(hanna)).toBe(true);
    expect(mayRegisterApplication(maria)).toBe(true);
    for (const actor of [erikFor([signe]), outreach, council, { kind: 'anonymous' } as Actor, { ...hanna, roles: [] } as Actor]) {
      expect(mayRegisterApplication(actor)).toBe(false);
    }
  });
});

describe('who may choose the provider of a granted service (LOV)', () => {
  const decided: CaseFacts = { ...sent, status: 'DECIDED' };
  it('lets the person and a representative acting for them now choose', () => {
    expect(mayChooseProvider({ kind: 'person', personId: signe, actingFor: [] }, decided)).toBe(true);
    expect(mayChooseProvider(erikFor([signe]), decided)).toBe(true);
  });
  it('refuses a representative whose right has ended, another citizen, and anyone anonymous', () => {
    expect(mayChooseProvider(erikFor([]), decided)).toBe(false);
    expect(mayChooseProvider({ kind: 'person', personId: karl, actingFor: [] }, decided)).toBe(false);
    expect(mayChooseProvider({ kind: 'anonymous' }, decided)).toBe(false);
  });
  it('lets casework staff of the unit record a choice made by phone, and nobody else on staff', () => {
    expect(mayChooseProvider(hanna, decided)).toBe(true);
    expect(mayChooseProvider(maria, decided)).toBe(true);
    expect(mayChooseProvider(otherManager, decided)).toBe(false);
    expect(mayChooseProvider(outreach, decided)).toBe(false);
    expect(mayChooseProvider(council, decided)).toBe(false);
  });
  it('never on a draft', () => {
    expect(mayChooseProvider({ kind: 'person', personId: signe, actingFor: [] }, { ...decided, status: 'DRAFT' })).toBe(false);
  });
});

describe('who reads the indicator report\'s figures', () => {
  it('lets the quality council and managers read them, and nobody else', () => {
    expect(mayReadIndicators(council)).toBe(true);
    expect(mayReadIndicators(maria)).toBe(true);
    for (const actor of [hanna, outreach, erikFor([signe]), { kind: 'anonymous' } as Actor]) expect(mayReadIndicators(actor)).toBe(false);
  });
});
