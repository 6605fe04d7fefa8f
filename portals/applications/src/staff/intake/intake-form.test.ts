import { describe, expect, it } from 'vitest';
import { ApplicationChannel, ContactMethod, ServiceType } from '../../generated/graphql.ts';
import { emptyIntakeForm, emptyNewPerson, intakeSchema, lookupSchema, newPersonSchema, toRegisterApplicationInput, toRegisterPersonInput, type IntakeForm } from './intake-form.ts';

const now = { receivedOn: '2026-12-05', receivedTime: '08:15' };
const filled = (overrides: Partial<IntakeForm> = {}): IntakeForm => ({
  ...emptyIntakeForm(now, { preferredLanguage: 'fi', interpreterNeeded: true }),
  channel: ApplicationChannel.Phone,
  services: [ServiceType.HomeCarePersonal],
  needs: { [ServiceType.HomeCarePersonal]: 'Hjälp med dusch.' },
  contactMethod: ContactMethod.Phone,
  phone: '070-123 45 67',
  ...overrides,
});
const messages = (form: IntakeForm) => intakeSchema(() => now).safeParse(form).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('the registration form', () => {
  it('starts at now, in the person’s language and with their interpreter need', () => {
    expect(emptyIntakeForm(now, { preferredLanguage: 'fi', interpreterNeeded: true })).toMatchObject({ receivedOn: '2026-12-05', receivedTime: '08:15', language: 'fi', interpreterNeeded: 'yes' });
  });

  it('does not preset a stored language the city does not offer, but still the interpreter need', () => {
    expect(emptyIntakeForm(now, { preferredLanguage: 'xx', interpreterNeeded: true })).toMatchObject({ language: 'sv', interpreterNeeded: 'yes' });
    expect(emptyIntakeForm(now, { preferredLanguage: 'Finnish', interpreterNeeded: false })).toMatchObject({ language: 'sv', interpreterNeeded: 'no' });
    expect(emptyIntakeForm(now, { preferredLanguage: '', interpreterNeeded: false })).toMatchObject({ language: 'sv' });
  });

  it('starts in Swedish with the interpreter question unanswered when no person is known yet', () => {
    expect(emptyIntakeForm(now)).toMatchObject({ language: 'sv', interpreterNeeded: '' });
  });

  it('accepts a complete phone application', () => {
    expect(messages(filled())).toEqual([]);
  });

  it('says what is missing, in the service’s words where the service checks it too', () => {
    expect(messages(filled({ channel: '', services: [], contactMethod: '' }))).toEqual(['channel: intake.errors.channel', 'services: intake.errors.services', 'contactMethod: intake.errors.contactMethod']);
    expect(messages(filled({ needs: {}, phone: '' }))).toEqual(['needs: intake.errors.needs', 'phone: validation.application.phoneRequired']);
    expect(messages(filled({ receivedTime: '08:16' }))).toEqual(['receivedTime: validation.timeNotInFuture']);
    expect(messages(filled({ receivedOn: '2026-12-06' }))).toEqual(['receivedOn: validation.notInFuture']);
  });

  it('refuses a malformed personnummer before asking anyone', () => {
    expect(lookupSchema.safeParse({ personalIdentityNumber: '19450808-3196' }).error?.issues[0]?.message).toBe('validation.personalIdentityNumber.checksum');
    expect(lookupSchema.parse({ personalIdentityNumber: '19450808-3195' })).toEqual({ personalIdentityNumber: '194508083195' });
  });

  it('sends the citizen form’s answers, and a discharge notice as urgent', () => {
    const input = toRegisterApplicationInput('karl', filled({ channel: ApplicationChannel.HospitalDischarge }), 'key');
    expect(input).toMatchObject({
      applicantId: 'karl',
      channel: 'HOSPITAL_DISCHARGE',
      urgent: true,
      receivedOn: '2026-12-05',
      receivedTime: '08:15',
      registrationKey: 'key',
      answers: { services: [{ serviceType: 'HOME_CARE_PERSONAL', needs: 'Hjälp med dusch.' }], contactMethod: 'PHONE', phone: '070-123 45 67', language: 'fi', interpreterNeeded: true },
    });
    expect(toRegisterApplicationInput('karl', filled(), 'key').urgent).toBe(false);
  });
});

describe('registering a person who is new', () => {
  const issues = (form: Record<string, string>) => newPersonSchema.safeParse(form).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

  it('asks for the language, Swedish until changed, and whether an interpreter is needed', () => {
    expect(emptyNewPerson).toMatchObject({ preferredLanguage: 'sv', interpreterNeeded: '' });
    expect(issues({ ...emptyNewPerson, givenName: 'Aili', familyName: 'Korhonen' })).toEqual(['interpreterNeeded: intake.errors.interpreterNeeded']);
    expect(issues({ givenName: 'Aili', familyName: 'Korhonen', preferredLanguage: 'finska', interpreterNeeded: 'yes' })).toEqual(['preferredLanguage: intake.errors.preferredLanguage']);
  });

  it('sends what staff recorded to identity, and the application then starts from it', () => {
    const form = newPersonSchema.parse({ givenName: 'Aili', familyName: 'Korhonen', preferredLanguage: 'fi', interpreterNeeded: 'yes' });
    const input = toRegisterPersonInput('19380101-9922', form);
    expect(input).toEqual({ personalIdentityNumber: '19380101-9922', givenName: 'Aili', familyName: 'Korhonen', preferredLanguage: 'fi', interpreterNeeded: true });
    expect(emptyIntakeForm(now, { preferredLanguage: input.preferredLanguage!, interpreterNeeded: input.interpreterNeeded! })).toMatchObject({ language: 'fi', interpreterNeeded: 'yes' });
  });
});
