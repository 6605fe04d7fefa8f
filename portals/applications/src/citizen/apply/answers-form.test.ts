import { describe, expect, it } from 'vitest';
import type { CitizenDraftFragment } from '../../generated/graphql.ts';
import { answersFormFrom, emptyAnswersForm, toAnswersInput } from './answers-form.ts';

const saved: CitizenDraftFragment['answers'] = {
  services: [
    { serviceType: 'NURSING_HOME', needs: 'Klarar inte trappan' },
    { serviceType: 'HOME_CARE_PERSONAL', needs: 'Duscha' },
  ],
  livesAlone: true,
  helpFromRelatives: 'Erik handlar',
  recentHospitalStay: false,
  contactMethod: 'EMAIL',
  contactWhom: 'REPRESENTATIVE',
  phone: '',
  email: 'erik@exempel.se',
  bestTime: '',
  language: 'fi',
  interpreterNeeded: null,
  consentToContactHealthCare: true,
};

describe('answersFormFrom', () => {
  it('turns the saved answers into the pages’ values', () => {
    expect(answersFormFrom(saved)).toEqual({
      services: ['HOME_CARE_PERSONAL', 'NURSING_HOME'],
      needs: { NURSING_HOME: 'Klarar inte trappan', HOME_CARE_PERSONAL: 'Duscha' },
      livesAlone: 'yes',
      helpFromRelatives: 'Erik handlar',
      recentHospitalStay: 'no',
      contactMethod: 'EMAIL',
      contactWhom: 'REPRESENTATIVE',
      phone: '',
      email: 'erik@exempel.se',
      bestTime: '',
      language: 'fi',
      interpreterNeeded: '',
      consentToContactHealthCare: 'yes',
    });
  });

  it('reads Swedish when no language is saved', () => {
    expect(answersFormFrom({ ...saved, language: '' }).language).toBe('sv');
  });
});

describe('toAnswersInput', () => {
  it('sends the whole document back unchanged', () => {
    expect(toAnswersInput(answersFormFrom(saved))).toEqual({
      services: [
        { serviceType: 'HOME_CARE_PERSONAL', needs: 'Duscha' },
        { serviceType: 'NURSING_HOME', needs: 'Klarar inte trappan' },
      ],
      livesAlone: true,
      helpFromRelatives: 'Erik handlar',
      recentHospitalStay: false,
      contactMethod: 'EMAIL',
      contactWhom: 'REPRESENTATIVE',
      phone: '',
      email: 'erik@exempel.se',
      bestTime: '',
      language: 'fi',
      consentToContactHealthCare: true,
    });
  });

  it('leaves out questions not answered yet, so nothing saved is cleared', () => {
    const input = toAnswersInput(emptyAnswersForm());
    expect(input).not.toHaveProperty('livesAlone');
    expect(input).not.toHaveProperty('contactMethod');
    expect(input).not.toHaveProperty('consentToContactHealthCare');
    expect(input.services).toEqual([]);
  });

  it('sends only ticked services, with their needs trimmed, and keeps the text of an unticked one out', () => {
    const form = { ...emptyAnswersForm(), services: ['SAFETY_ALARM' as const], needs: { SAFETY_ALARM: '  Ramlat\r\n  ', MEAL_DELIVERY: 'Glömd' } };
    expect(toAnswersInput(form).services).toEqual([{ serviceType: 'SAFETY_ALARM', needs: 'Ramlat' }]);
  });

  it('trims contact details and drops control characters from text', () => {
    const input = toAnswersInput({ ...emptyAnswersForm(), phone: ' 070-123 45 67 ', helpFromRelatives: 'Dottern\u0007 hjälper' });
    expect(input.phone).toBe('070-123 45 67');
    expect(input.helpFromRelatives).toBe('Dottern hjälper');
  });
});
