import { describe, expect, it } from 'vitest';
import { issuesOf } from '../../testing/schema-issues.ts';
import { communicateSchema, responseSchema, toCommunicateInput, toResponseInput } from './communication-form.ts';

const today = '2026-11-20';

describe('communicate the investigation', () => {
  it('takes a response window of 1 to 60 days, 7 unless changed', () => {
    expect(issuesOf(communicateSchema, { responseDays: '7' })).toEqual([]);
    expect(issuesOf(communicateSchema, { responseDays: 'sju' })).toEqual([['responseDays', 'case.communication.errors.daysNumber']]);
    expect(issuesOf(communicateSchema, { responseDays: '0' })).toEqual([['responseDays', 'case.communication.errors.daysRange']]);
    expect(issuesOf(communicateSchema, { responseDays: '61' })).toEqual([['responseDays', 'case.communication.errors.daysRange']]);
    expect(toCommunicateInput(communicateSchema.parse({ responseDays: ' 10 ' }), { id: 'a', version: 4 })).toEqual({ applicationId: 'a', version: 4, responseDays: 10 });
  });
});

describe('record a response received by phone or on paper', () => {
  it('needs the day it came and what it said, not a day ahead', () => {
    expect(issuesOf(responseSchema(today), { receivedOn: '', response: '' })).toEqual([
      ['receivedOn', 'case.communication.errors.receivedOnMissing'],
      ['response', 'case.communication.errors.responseMissing'],
    ]);
    expect(issuesOf(responseSchema(today), { receivedOn: '2026-11-21', response: 'ok' })).toEqual([['receivedOn', 'validation.notInFuture']]);
    expect(issuesOf(responseSchema(today), { receivedOn: today, response: 'Håller med' })).toEqual([]);
  });

  it('maps to the input with the version', () => {
    const checked = responseSchema(today).parse({ receivedOn: today, response: ' Erik ringde och håller med. ' });
    expect(toResponseInput(checked, { id: 'a', version: 9 })).toEqual({
      applicationId: 'a',
      version: 9,
      response: 'Erik ringde och håller med.',
      receivedOn: today,
    });
  });
});
