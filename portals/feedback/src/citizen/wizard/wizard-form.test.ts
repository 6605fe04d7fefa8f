import { describe, expect, it } from 'vitest';
import { emptyWizard, MYSELF, stepFieldIds, stepOfFieldId, toReceipt, toSubmitInput, withoutSensitiveDetails, wizardSchema, wizardSteps, type WizardValues } from './wizard-form.ts';

const SIGNE = '3d0c4c0e-7a57-4f0a-9a56-6a7d3e1f2b01';
const visitor = wizardSchema(() => null);
const representative = wizardSchema(() => [MYSELF, SIGNE]);
const valid: WizardValues = { ...emptyWizard(), type: 'COMPLAINT', target: 'HOME_CARE_PROVIDER', subject: 'MISSED_OR_DELAYED_SERVICE', text: 'Ingen kom i tisdags.', anonymity: 'ANONYMOUS' };
const issues = (values: WizardValues, schema = visitor) => schema.safeParse(values).error?.issues.map((issue) => [issue.path.join('.'), issue.message]) ?? [];
const input = (values: WizardValues, schema = visitor) => toSubmitInput(schema.parse(values));

describe('the wizard’s steps', () => {
  it('has six steps for a visitor and asks a representative whom it concerns second', () => {
    expect(wizardSteps(false)).toEqual(['type', 'target', 'subject', 'text', 'contact', 'review']);
    expect(wizardSteps(true)).toEqual(['type', 'forWhom', 'target', 'subject', 'text', 'contact', 'review']);
  });

  it('knows which page asks a field, so that a mistake the service finds is shown there', () => {
    const steps = wizardSteps(true);
    expect(stepOfFieldId(steps, 'feedback-contact-address')).toBe('contact');
    expect(stepOfFieldId(steps, 'feedback-for-whom')).toBe('forWhom');
    expect(stepOfFieldId(steps, 'feedback-target-name')).toBe('target');
    expect(stepOfFieldId(wizardSteps(false), 'feedback-for-whom')).toBe('review');
    expect(stepFieldIds('text')).toEqual(['feedback-text']);
  });
});

describe('the wizard’s rules', () => {
  it('accepts a complete anonymous complaint', () => {
    expect(issues(valid)).toEqual([]);
  });

  it('asks every question in the form’s own words', () => {
    expect(issues(emptyWizard())).toEqual([
      ['type', 'errors.typeMissing'],
      ['target', 'errors.targetMissing'],
      ['subject', 'errors.subjectMissing'],
      ['text', 'errors.textMissing'],
      ['anonymity', 'errors.anonymityMissing'],
    ]);
  });

  it('asks a representative whom it concerns, and takes only themself or a person they represent', () => {
    expect(issues(valid, representative)).toEqual([['forWhom', 'errors.forWhomMissing']]);
    expect(issues({ ...valid, forWhom: 'someone-else' }, representative)).toEqual([['forWhom', 'errors.forWhomMissing']]);
    expect(issues({ ...valid, forWhom: SIGNE }, representative)).toEqual([]);
  });

  it('needs where to answer for the way chosen, with the shared rule, only when not anonymous', () => {
    const named = { ...valid, anonymity: 'NAMED' };
    expect(issues({ ...named, answerBy: 'LETTER' })).toEqual([['contactAddress', 'validation.feedback.addressNeeded']]);
    expect(issues({ ...named, answerBy: 'EMAIL', contactEmail: 'signe.exempel.se' })).toEqual([['contactEmail', 'validation.email']]);
    expect(issues({ ...named, answerBy: 'PHONE' })).toEqual([['contactPhone', 'validation.feedback.phoneNeeded']]);
    expect(issues({ ...named, answerBy: 'LETTER', contactAddress: 'Storgatan 1\n123 45 Stockholm' })).toEqual([]);
    expect(issues({ ...valid, answerBy: 'LETTER', contactEmail: 'nonsense' })).toEqual([]);
  });

  it('refuses a provider name over 200 and a text over 10 000 characters, and takes control characters out', () => {
    expect(issues({ ...valid, targetName: 'x'.repeat(201), text: 'a'.repeat(10_001) })).toEqual([
      ['targetName', 'validation.feedback.targetNameTooLong'],
      ['text', 'validation.feedback.textTooLong'],
    ]);
    expect(issues({ ...valid, text: '\u0000\u0007 ' })).toEqual([['text', 'errors.textMissing']]);
  });
});

describe('toSubmitInput', () => {
  it('sends nothing of the sender, nor whom it concerns, when anonymous', () => {
    expect(input({ ...valid, forWhom: SIGNE, contactName: 'Erik', answerBy: 'LETTER', contactAddress: 'Storgatan 1', targetName: ' Omsorg AB ' }, representative)).toEqual({
      type: 'COMPLAINT',
      subject: 'MISSED_OR_DELAYED_SERVICE',
      target: 'HOME_CARE_PROVIDER',
      targetName: 'Omsorg AB',
      text: 'Ingen kom i tisdags.',
      anonymous: true,
    });
  });

  it('sends whom it concerns, the details given and the address only for a letter', () => {
    const named: WizardValues = { ...valid, anonymity: 'NAMED', forWhom: SIGNE, contactName: ' Erik ', contactPhone: '070-123 45 67', answerBy: 'LETTER', contactAddress: ' Storgatan 1 ' };
    expect(input(named, representative)).toEqual({
      type: 'COMPLAINT',
      subject: 'MISSED_OR_DELAYED_SERVICE',
      target: 'HOME_CARE_PROVIDER',
      text: 'Ingen kom i tisdags.',
      anonymous: false,
      concernsPersonId: SIGNE,
      contactName: 'Erik',
      contactPhone: '070-123 45 67',
      answerBy: 'LETTER',
      contactAddress: 'Storgatan 1',
    });
    expect(input({ ...named, forWhom: MYSELF, answerBy: 'PHONE' }, representative)).not.toHaveProperty('contactAddress');
    expect(input({ ...named, forWhom: MYSELF, answerBy: 'PHONE' }, representative)).not.toHaveProperty('concernsPersonId');
  });

  it('drops a provider name typed before choosing a target that takes none', () => {
    expect(input({ ...valid, target: 'REGION', targetName: 'Omsorg AB' })).not.toHaveProperty('targetName');
  });

  it('tells the receipt how the sender will be answered', () => {
    const sent = { referenceNumber: 'SYN-2026-000001', anonymous: false };
    expect(toReceipt(sent, { ...input(valid), anonymous: false, answerBy: 'EMAIL' }, true)).toEqual({ ...sent, answerBy: 'EMAIL', signedIn: true });
    expect(toReceipt({ ...sent, anonymous: true }, { ...input(valid), answerBy: 'EMAIL' }, true)).toEqual({ ...sent, anonymous: true, answerBy: 'NONE', signedIn: false });
  });
});

describe('withoutSensitiveDetails', () => {
  it('takes out every personnummer the rule finds and tidies the spaces', () => {
    expect(withoutSensitiveDetails('Mamma 19510923-2388 fick ingen hjälp, inte heller 510923-2388.')).toBe('Mamma fick ingen hjälp, inte heller.');
    expect(withoutSensitiveDetails('Ring 070-123 45 67')).toBe('Ring 070-123 45 67');
  });
});
