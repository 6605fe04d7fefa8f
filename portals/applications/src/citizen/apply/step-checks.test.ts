import { describe, expect, it } from 'vitest';
import { emptyAnswersForm, type AnswersForm } from './answers-form.ts';
import { checkStep, fieldIds, firstIncompleteStep, resumeStep, stepForServerField } from './step-checks.ts';
import { stepAt } from './steps.ts';

const complete: AnswersForm = {
  ...emptyAnswersForm(),
  services: ['HOME_CARE_PERSONAL', 'SAFETY_ALARM'],
  needs: { HOME_CARE_PERSONAL: 'Hjälp att duscha', SAFETY_ALARM: 'Jag har ramlat två gånger' },
  livesAlone: 'yes',
  recentHospitalStay: 'no',
  contactMethod: 'PHONE',
  phone: '070-123 45 67',
  interpreterNeeded: 'no',
  consentToContactHealthCare: 'yes',
};
const step = (path: string) => stepAt(path)!;

describe('checkStep', () => {
  it('asks a representative whom to contact on the contact details page, and links the issue to that choice', () => {
    const forErik = { later: false, forSomeoneElse: true };
    expect(checkStep(step('kontaktuppgifter'), complete, forErik)).toEqual([{ field: 'contactWhom', key: 'validation.application.contactWhomRequired' }]);
    expect(checkStep(step('kontaktuppgifter'), { ...complete, contactWhom: 'REPRESENTATIVE' }, forErik)).toEqual([]);
    expect(checkStep(step('kontaktuppgifter'), complete, { later: true, forSomeoneElse: true })).toEqual([]);
    expect(fieldIds.contactWhom).toBe('application-contact-whom');
    expect(stepForServerField('answers.contactWhom', complete)).toEqual({ step: step('kontaktuppgifter'), field: 'contactWhom' });
  });

  it('accepts every page of a complete application', () => {
    for (const path of ['insatser', 'behov/hemtjanst-omvardnad', 'bor-ensam', 'anhoriga', 'sjukhus', 'kontaktsatt', 'kontaktuppgifter', 'basta-tid', 'sprak', 'tolk', 'samtycke']) {
      expect(checkStep(step(path), complete), path).toEqual([]);
    }
  });

  it('asks for at least one service and for the needs in words', () => {
    expect(checkStep(step('insatser'), { ...complete, services: [] })).toEqual([{ field: 'services', key: 'apply.errors.servicesMissing' }]);
    expect(checkStep(step('behov/trygghetslarm'), { ...complete, needs: { SAFETY_ALARM: '  \n ' } })).toEqual([{ field: 'needs', key: 'apply.errors.needsMissing' }]);
    expect(checkStep(step('behov/trygghetslarm'), { ...complete, needs: { SAFETY_ALARM: 'a'.repeat(4003) } })[0]).toMatchObject({ key: 'apply.errors.tooLong', params: { max: 4000, count: 3 } });
  });

  it('asks for a yes or a no', () => {
    expect(checkStep(step('bor-ensam'), { ...complete, livesAlone: '' })[0]?.key).toBe('apply.errors.livesAloneMissing');
    expect(checkStep(step('samtycke'), { ...complete, consentToContactHealthCare: '' })[0]?.key).toBe('apply.errors.consentMissing');
  });

  it('leaves help from relatives and the best time optional', () => {
    expect(checkStep(step('anhoriga'), { ...complete, helpFromRelatives: '' })).toEqual([]);
    expect(checkStep(step('basta-tid'), { ...complete, bestTime: '' })).toEqual([]);
    expect(checkStep(step('anhoriga'), { ...complete, helpFromRelatives: 'x'.repeat(2001) })[0]?.key).toBe('apply.errors.tooLong');
  });

  it('asks for the number or address that belongs to the chosen way of contact', () => {
    expect(checkStep(step('kontaktuppgifter'), { ...complete, phone: '' })).toEqual([{ field: 'phone', key: 'validation.application.phoneRequired' }]);
    expect(checkStep(step('kontaktuppgifter'), { ...complete, contactMethod: 'EMAIL', phone: '' })).toEqual([{ field: 'email', key: 'validation.application.emailRequired' }]);
    expect(checkStep(step('kontaktuppgifter'), { ...complete, contactMethod: 'LETTER', phone: '' })).toEqual([]);
  });

  it('checks the form of a number or address that is given', () => {
    expect(checkStep(step('kontaktuppgifter'), { ...complete, phone: '08-12' })[0]?.key).toBe('validation.phone');
    expect(checkStep(step('kontaktuppgifter'), { ...complete, phone: '+46 8 508 000 00' })).toEqual([]);
    expect(checkStep(step('kontaktuppgifter'), { ...complete, email: 'signe.exempel.se' })[0]?.key).toBe('validation.email');
    expect(checkStep(step('kontaktuppgifter'), { ...complete, email: 'signe@exempel.se' })).toEqual([]);
    expect(checkStep(step('kontaktuppgifter'), { ...complete, email: `${'s'.repeat(200)}@exempel.se` })[0]).toMatchObject({ key: 'validation.tooLong', params: { maximum: 200 } });
  });

  it('saves for later what is there, unanswered, but not what the service would refuse', () => {
    const later = { later: true };
    expect(checkStep(step('insatser'), { ...complete, services: [] }, later)).toEqual([]);
    expect(checkStep(step('bor-ensam'), { ...complete, livesAlone: '' }, later)).toEqual([]);
    expect(checkStep(step('kontaktuppgifter'), { ...complete, phone: '' }, later)).toEqual([]);
    expect(checkStep(step('kontaktuppgifter'), { ...complete, phone: 'ring mig' }, later)[0]?.key).toBe('validation.phone');
    expect(checkStep(step('behov/trygghetslarm'), { ...complete, needs: {} }, later)).toEqual([]);
    expect(checkStep(step('behov/trygghetslarm'), { ...complete, needs: { SAFETY_ALARM: 'a'.repeat(4001) } }, later)[0]?.key).toBe('apply.errors.tooLong');
  });
});

describe('where to continue', () => {
  it('finds the first unanswered question, or the check page', () => {
    expect(firstIncompleteStep(emptyAnswersForm()).path).toBe('insatser');
    expect(firstIncompleteStep({ ...complete, needs: { HOME_CARE_PERSONAL: 'Duscha' } }).path).toBe('behov/trygghetslarm');
    expect(firstIncompleteStep(complete).path).toBe('kontrollera');
  });

  it('resumes on the saved page unless an earlier question is unanswered', () => {
    expect(resumeStep(complete, 'sprak').path).toBe('sprak');
    expect(resumeStep({ ...complete, livesAlone: '' }, 'sprak').path).toBe('bor-ensam');
    expect(resumeStep(complete, null).path).toBe('kontrollera');
    expect(resumeStep({ ...complete, contactMethod: 'LETTER' }, 'basta-tid').path).toBe('kontrollera');
  });
});

describe('stepForServerField', () => {
  it('finds the page of a server validation issue', () => {
    expect(stepForServerField('answers.phone', complete)).toMatchObject({ step: { path: 'kontaktuppgifter' }, field: 'phone' });
    expect(stepForServerField('services.1.needs', complete)).toMatchObject({ step: { path: 'behov/trygghetslarm' }, field: 'needs' });
    expect(stepForServerField('answers.consentToContactHealthCare', complete).field).toBe('consent');
    expect(stepForServerField('somethingElse', complete)).toMatchObject({ step: { path: 'insatser' }, field: 'services' });
  });

  it('points error links at the first tick box of the services page', () => {
    expect(fieldIds.services).toBe('application-service-hemtjanst-omvardnad');
  });
});
