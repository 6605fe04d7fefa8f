import { registerFeedbackInput } from '@omsorg/rules/feedback';
import { describe, expect, it } from 'vitest';
import { registerInitialValues, senderGenderOf, toRegisterFeedbackInput } from './register-form.ts';

const TODAY = '2026-12-05';
const schema = registerFeedbackInput(TODAY);
const postcard = { ...registerInitialValues(TODAY), channel: 'POSTCARD', type: 'COMPLAINT', subject: 'MISSED_OR_DELAYED_SERVICE', text: 'Hemtjänsten kom två timmar sent.' };

describe('registering feedback from a postcard, a call, a letter or a visit', () => {
  it('asks for the channel, the type, the subject and the text, and refuses a day after today', () => {
    const empty = schema.safeParse({ ...registerInitialValues(TODAY), receivedOn: '2026-12-06' });
    const fields = empty.error?.issues.map((issue) => issue.path.join('.'));
    expect(fields).toEqual(expect.arrayContaining(['channel', 'type', 'subject', 'text', 'receivedOn']));
    expect(empty.error?.issues.find((issue) => issue.path[0] === 'receivedOn')?.message).toBe('validation.notInFuture');
    expect(schema.safeParse({ ...postcard, channel: 'WEB' }).success).toBe(false);
  });

  it('needs an address for an answer by letter, and no answer for an anonymous sender', () => {
    expect(schema.safeParse({ ...postcard, answerBy: 'LETTER' }).error?.issues[0]).toMatchObject({ path: ['contactAddress'], message: 'validation.feedback.addressNeeded' });
    expect(schema.safeParse({ ...postcard, anonymous: true, answerBy: 'PHONE' }).error?.issues[0]).toMatchObject({ path: ['answerBy'] });
  });

  it('sends no contact details for an anonymous sender, and blanks as left out', () => {
    const checked = schema.parse({ ...postcard, anonymous: true, contactName: 'Greta' });
    expect(toRegisterFeedbackInput(checked)).toMatchObject({ anonymous: true, contactName: null, contactAddress: null, answerBy: 'NONE', targetName: null });
    const signed = schema.parse({ ...postcard, contactName: ' Greta Ek ', contactAddress: 'Storgatan 1\n123 45 Stockholm', answerBy: 'LETTER' });
    expect(toRegisterFeedbackInput(signed)).toMatchObject({ contactName: 'Greta Ek', contactAddress: 'Storgatan 1\n123 45 Stockholm', answerBy: 'LETTER', channel: 'POSTCARD' });
  });

  it('links a known sender found by personnummer, never an anonymous one', () => {
    const personId = '5b1f8a52-3c1e-4c7e-9a0e-2f6b7d9e1a01';
    expect(toRegisterFeedbackInput(schema.parse({ ...postcard, personId })).personId).toBe(personId);
    expect(toRegisterFeedbackInput(schema.parse(postcard)).personId).toBeNull();
    expect(schema.safeParse({ ...postcard, anonymous: true, personId }).error?.issues[0]).toMatchObject({ path: ['anonymous'], message: 'validation.feedback.anonymousWithPerson' });
    expect(schema.safeParse({ ...postcard, personId: 'signe' }).error?.issues[0]).toMatchObject({ path: ['personId'], message: 'validation.feedback.personId' });
  });

  it('takes the sender\'s gender from the personnummer', () => {
    expect(senderGenderOf('194203152386')).toBe('WOMAN');
    expect(senderGenderOf('19450808-3195')).toBe('MAN');
    expect(senderGenderOf('1945')).toBe('UNKNOWN');
  });
});
