import { describe, expect, it } from 'vitest';
import { toCommunicateInput, toResponseInput, validateCommunicate, validateResponse } from './communication-form.ts';

describe('communicate the investigation', () => {
  it('takes a response window of 1 to 60 days, 7 unless changed', () => {
    expect(validateCommunicate({ responseDays: '7' })).toEqual([]);
    expect(validateCommunicate({ responseDays: 'sju' })).toEqual([{ field: 'responseDays', key: 'case.communication.errors.daysNumber' }]);
    expect(validateCommunicate({ responseDays: '0' })[0]?.key).toBe('case.communication.errors.daysRange');
    expect(validateCommunicate({ responseDays: '61' })[0]?.key).toBe('case.communication.errors.daysRange');
    expect(toCommunicateInput({ responseDays: ' 10 ' }, { id: 'a', version: 4 })).toEqual({ applicationId: 'a', version: 4, responseDays: 10 });
  });
});

describe('record a response received by phone or on paper', () => {
  it('needs the day it came and what it said, not a day ahead', () => {
    expect(validateResponse({ receivedOn: '', response: '' }, '2026-11-20').map((issue) => issue.field)).toEqual(['receivedOn', 'response']);
    expect(validateResponse({ receivedOn: '2026-11-21', response: 'ok' }, '2026-11-20')).toEqual([{ field: 'receivedOn', key: 'validation.dateInFuture' }]);
    expect(validateResponse({ receivedOn: '2026-11-20', response: 'Håller med' }, '2026-11-20')).toEqual([]);
  });

  it('maps to the input with the version', () => {
    expect(toResponseInput({ receivedOn: '2026-11-20', response: ' Erik ringde och håller med. ' }, { id: 'a', version: 9 })).toEqual({
      applicationId: 'a',
      version: 9,
      response: 'Erik ringde och håller med.',
      receivedOn: '2026-11-20',
    });
  });
});
