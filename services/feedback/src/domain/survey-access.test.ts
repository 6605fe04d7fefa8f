import type { Actor, StaffRole } from '@omsorg/platform';
import { describe, expect, it } from 'vitest';
import { doesSurveyWork, mayAnswerSurveyFor, mayManageSurveysOf, surveyRespondentsOf } from './survey-access.ts';

const UNIT = 'Beställarenheten äldre, Hägersten-Älvsjö';
const staff = (role: StaffRole, unit = UNIT): Actor => ({ kind: 'staff', staffId: crypto.randomUUID(), roles: [role], unit });
const SIGNE = crypto.randomUUID();
const signe: Actor = { kind: 'person', personId: SIGNE, actingFor: [] };
const erik: Actor = { kind: 'person', personId: crypto.randomUUID(), actingFor: [SIGNE] };
const karl: Actor = { kind: 'person', personId: crypto.randomUUID(), actingFor: [] };
const open = { hasCurrentCareServices: true, alreadyAnswered: false, surveyOpen: true };

describe('who may work with a unit’s surveys', () => {
  it('lets the unit’s quality council and managers, and no one else', () => {
    expect(mayManageSurveysOf(staff('QUALITY_COUNCIL'), UNIT)).toBe(true);
    expect(mayManageSurveysOf(staff('MANAGER'), UNIT)).toBe(true);
    for (const actor of [staff('CASEWORKER'), staff('OUTREACH'), staff('QUALITY_COUNCIL', 'Enskede-Årsta-Vantör'), signe, { kind: 'anonymous' } as Actor, { kind: 'system' } as Actor]) {
      expect(mayManageSurveysOf(actor, UNIT)).toBe(false);
    }
    expect(doesSurveyWork(staff('CASEWORKER'))).toBe(false);
    expect(doesSurveyWork(signe)).toBe(false);
  });
});

describe('who may answer a survey online', () => {
  it('lets a person with current care services answer for themself, and a representative for them', () => {
    expect(mayAnswerSurveyFor(signe, SIGNE, open)).toBe(true);
    expect(mayAnswerSurveyFor(erik, SIGNE, open)).toBe(true);
    expect(surveyRespondentsOf(erik)).toEqual([erik.kind === 'person' ? erik.personId : '', SIGNE]);
  });

  it('refuses anyone else for her, anyone without services, a second answer, a closed survey, staff and strangers', () => {
    expect(mayAnswerSurveyFor(karl, SIGNE, open)).toBe(false);
    expect(mayAnswerSurveyFor(signe, SIGNE, { ...open, hasCurrentCareServices: false })).toBe(false);
    expect(mayAnswerSurveyFor(signe, SIGNE, { ...open, alreadyAnswered: true })).toBe(false);
    expect(mayAnswerSurveyFor(erik, SIGNE, { ...open, alreadyAnswered: true })).toBe(false);
    expect(mayAnswerSurveyFor(signe, SIGNE, { ...open, surveyOpen: false })).toBe(false);
    expect(mayAnswerSurveyFor(staff('QUALITY_COUNCIL'), SIGNE, open)).toBe(false);
    expect(mayAnswerSurveyFor({ kind: 'anonymous' }, SIGNE, open)).toBe(false);
    expect(surveyRespondentsOf(staff('MANAGER'))).toEqual([]);
  });
});
