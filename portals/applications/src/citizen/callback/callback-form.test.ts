import { describe, expect, it } from 'vitest';
import type { CallbackRequest } from '../types.ts';
import { checkCallback, openCallbacks, toCallbackInput } from './callback-form.ts';

describe('checkCallback', () => {
  const valid = { personId: 'me', phone: '070-123 45 67', message: '' };

  it('accepts a phone number without a message', () => {
    expect(checkCallback(valid, ['me'])).toEqual([]);
  });

  it('asks for a number in the right form and whom the call is about', () => {
    expect(checkCallback({ ...valid, phone: ' ' }, ['me'])).toEqual([{ field: 'phone', key: 'phoneMissing' }]);
    expect(checkCallback({ ...valid, phone: 'ring mig' }, ['me'])[0]?.key).toBe('phoneInvalid');
    expect(checkCallback({ ...valid, personId: '' }, ['me', 'signe'])[0]?.key).toBe('personMissing');
    expect(checkCallback({ ...valid, personId: 'someone-else' }, ['me'])[0]?.key).toBe('personMissing');
  });

  it('limits the message', () => {
    expect(checkCallback({ ...valid, message: 'a'.repeat(1001) }, ['me'])[0]).toMatchObject({ field: 'message', key: 'tooLong' });
  });
});

describe('toCallbackInput', () => {
  it('sends the message only when there is one', () => {
    expect(toCallbackInput({ personId: 'me', phone: ' 070-123 45 67 ', message: '  ' })).toEqual({ personId: 'me', phone: '070-123 45 67' });
    expect(toCallbackInput({ personId: 'me', phone: '070-123 45 67', message: ' Om hemtjänsten ' }).message).toBe('Om hemtjänsten');
  });
});

describe('openCallbacks', () => {
  const request = (id: string, dueAt: string, completedAt: string | null = null): CallbackRequest => ({
    id,
    person: { id: 'p', fullName: 'Signe Andersson' },
    phone: '070-123 45 67',
    message: '',
    requestedAt: '2026-12-01T08:00:00Z',
    dueAt,
    completedAt,
  });

  it('lists calls not made yet, soonest first', () => {
    const list = [request('a', '2026-12-04T08:00:00Z'), request('b', '2026-12-03T08:00:00Z'), request('c', '2026-12-02T08:00:00Z', '2026-12-01T09:00:00Z')];
    expect(openCallbacks(list).map((r) => r.id)).toEqual(['b', 'a']);
  });
});
