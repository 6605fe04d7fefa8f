import { describe, expect, it } from 'vitest';
import { emptyAnswers, type ApplicationAnswers } from './answers.ts';
import { completenessIssues, draftAnswersSchema, isPhoneNumber, mergeDraftAnswers, NEEDS_MAX_LENGTH, normaliseStoredAnswers } from './answers-validation.ts';

function complete(): ApplicationAnswers {
  return {
    ...emptyAnswers(),
    services: [{ serviceType: 'HOME_CARE_PERSONAL', needs: 'Hjälp att duscha.' }],
    contact: { method: 'PHONE', phone: '070-123 45 67', email: '', bestTime: 'förmiddag' },
  };
}

function messagesOf(input: unknown): Array<{ path: string; message: string }> {
  const result = draftAnswersSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

describe('draftAnswersSchema', () => {
  it('accepts a partial draft and trims the text', () => {
    const result = draftAnswersSchema.parse({ services: [{ serviceType: 'SAFETY_ALARM', needs: '  Jag faller ibland.  ' }], phone: ' ' });
    expect(result).toEqual({ services: [{ serviceType: 'SAFETY_ALARM', needs: 'Jag faller ibland.' }], phone: '' });
  });

  it('accepts an empty draft', () => {
    expect(draftAnswersSchema.safeParse({}).success).toBe(true);
  });

  it('refuses the same service twice, pointing at the second', () => {
    const twice = [
      { serviceType: 'ESCORT', needs: '' },
      { serviceType: 'ESCORT', needs: '' },
    ];
    expect(messagesOf({ services: twice })).toEqual([{ path: 'services.1.serviceType', message: 'validation.application.serviceTwice' }]);
  });

  it('refuses needs longer than the limit, and accepts exactly the limit', () => {
    expect(messagesOf({ services: [{ serviceType: 'ESCORT', needs: 'x'.repeat(NEEDS_MAX_LENGTH + 1) }] })).toEqual([
      { path: 'services.0.needs', message: 'validation.application.needsTooLong' },
    ]);
    expect(messagesOf({ services: [{ serviceType: 'ESCORT', needs: 'x'.repeat(NEEDS_MAX_LENGTH) }] })).toEqual([]);
  });

  it('refuses a malformed phone number, e-mail address or language, but not empty ones', () => {
    expect(messagesOf({ phone: 'ring mig', email: 'signe@', language: 'Svenska!' }).map((issue) => issue.message)).toEqual([
      'validation.phone',
      'validation.email',
      'validation.application.language',
    ]);
    expect(messagesOf({ phone: '', email: '', language: '' })).toEqual([]);
  });

  it('refuses an unknown service type and a text where a yes/no belongs', () => {
    expect(messagesOf({ services: [{ serviceType: 'SPA_WEEKEND', needs: '' }] })).toHaveLength(1);
    expect(messagesOf({ livesAlone: 'ja' })).toHaveLength(1);
  });
});

describe('mergeDraftAnswers', () => {
  it('keeps what a page did not send and replaces what it sent', () => {
    const saved = complete();
    const merged = mergeDraftAnswers(saved, { livesAlone: true, email: 'signe@example.se' });
    expect(merged.services).toEqual(saved.services);
    expect(merged.situation.livesAlone).toBe(true);
    expect(merged.contact).toEqual({ method: 'PHONE', phone: '070-123 45 67', email: 'signe@example.se', bestTime: 'förmiddag' });
  });

  it('clears a field sent as null, and reads an empty language as Swedish', () => {
    const merged = mergeDraftAnswers(complete(), { contactMethod: null, services: null, language: '' });
    expect(merged.contact.method).toBeNull();
    expect(merged.services).toEqual([]);
    expect(merged.language).toBe('sv');
  });
});

describe('normaliseStoredAnswers', () => {
  it('fills in what an old row lacks', () => {
    expect(normaliseStoredAnswers({} as ApplicationAnswers)).toEqual(emptyAnswers());
  });
});

describe('completenessIssues', () => {
  it('finds nothing missing in a complete application', () => {
    expect(completenessIssues(complete())).toEqual([]);
  });

  it('asks for a service and a contact method in an empty one', () => {
    expect(completenessIssues(emptyAnswers())).toEqual([
      { field: 'services', key: 'validation.application.servicesRequired' },
      { field: 'contactMethod', key: 'validation.application.contactMethodRequired' },
    ]);
  });

  it('asks for the needs of each service without them', () => {
    const answers = { ...complete(), services: [{ serviceType: 'ESCORT' as const, needs: 'Till läkaren.' }, { serviceType: 'MEAL_DELIVERY' as const, needs: '  ' }] };
    expect(completenessIssues(answers)).toEqual([{ field: 'services.1.needs', key: 'validation.application.needsRequired' }]);
  });

  it('asks for the phone number or e-mail address that matches the contact method', () => {
    const byPhone = { ...complete(), contact: { method: 'PHONE' as const, phone: '', email: 'a@b.se', bestTime: '' } };
    expect(completenessIssues(byPhone)).toEqual([{ field: 'phone', key: 'validation.application.phoneRequired' }]);
    const byMail = { ...complete(), contact: { method: 'EMAIL' as const, phone: '', email: '', bestTime: '' } };
    expect(completenessIssues(byMail)).toEqual([{ field: 'email', key: 'validation.application.emailRequired' }]);
    const byLetter = { ...complete(), contact: { method: 'LETTER' as const, phone: '', email: '', bestTime: '' } };
    expect(completenessIssues(byLetter)).toEqual([]);
  });

  it('asks whom to contact when someone applies for another, and keeps whose number it is', () => {
    expect(completenessIssues(complete(), { forSomeoneElse: true })).toEqual([{ field: 'contactWhom', key: 'validation.application.contactWhomRequired' }]);
    expect(completenessIssues(complete())).toEqual([]);
    const erikAnswers = mergeDraftAnswers(complete(), draftAnswersSchema.parse({ contactWhom: 'REPRESENTATIVE', phone: '070-765 43 21', bestTime: 'efter 17' }));
    expect(erikAnswers.contact).toEqual({ method: 'PHONE', whom: 'REPRESENTATIVE', phone: '070-765 43 21', email: '', bestTime: 'efter 17' });
    expect(completenessIssues(erikAnswers, { forSomeoneElse: true })).toEqual([]);
    expect(mergeDraftAnswers(erikAnswers, { bestTime: 'förmiddag' }).contact.whom).toBe('REPRESENTATIVE');
    expect(messagesOf({ contactWhom: 'NEIGHBOUR' }).map((issue) => issue.path)).toEqual(['contactWhom']);
    // Answers saved before the question existed read as not answered.
    expect(normaliseStoredAnswers({ ...complete(), contact: { method: 'PHONE', phone: '070-123 45 67', email: '', bestTime: '' } }).contact.whom).toBeNull();
  });
});

describe('isPhoneNumber', () => {
  it('accepts numbers as people write them', () => {
    expect(isPhoneNumber('070-123 45 67')).toBe(true);
    expect(isPhoneNumber('+46 8 508 000 00')).toBe(true);
    expect(isPhoneNumber('12345')).toBe(false);
    expect(isPhoneNumber('070 CALL ME')).toBe(false);
  });
});
