import { describe, expect, it } from 'vitest';
import type { CitizenCallbackFragment } from '../../generated/graphql.ts';
import { callbackSchema, openCallbacks, toCallbackInput } from './callback-form.ts';

const issues = (values: object, allowed = ['me']) => callbackSchema(() => allowed).safeParse(values).error?.issues.map((issue) => [issue.path.join('.'), issue.message]) ?? [];

describe('callbackSchema', () => {
  const valid = { personId: 'me', phone: '070-123 45 67', message: '' };

  it('accepts a phone number without a message', () => {
    expect(issues(valid)).toEqual([]);
  });

  it('asks for a number in the right form (the shared phone rule) and whom the call is about', () => {
    expect(issues({ ...valid, phone: ' ' })).toEqual([['phone', 'callback.errors.phoneMissing']]);
    expect(issues({ ...valid, phone: 'ring mig' })).toEqual([['phone', 'validation.phone']]);
    expect(issues({ ...valid, personId: '' }, ['me', 'signe'])).toEqual([['personId', 'callback.errors.personMissing']]);
    expect(issues({ ...valid, personId: 'someone-else' })).toEqual([['personId', 'callback.errors.personMissing']]);
  });

  it('limits the message as the service does, counting the text as it is stored', () => {
    expect(issues({ ...valid, message: 'a'.repeat(2001) })).toEqual([['message', 'validation.tooLong']]);
    expect(issues({ ...valid, message: ` ${'a'.repeat(2000)}\u0007 ` })).toEqual([]);
  });
});

describe('toCallbackInput', () => {
  const checked = (values: object) => callbackSchema(() => ['me']).parse(values);
  it('sends the message only when there is one', () => {
    expect(toCallbackInput(checked({ personId: 'me', phone: ' 070-123 45 67 ', message: '  ' }))).toEqual({ personId: 'me', phone: '070-123 45 67' });
    expect(toCallbackInput(checked({ personId: 'me', phone: '070-123 45 67', message: ' Om hemtjänsten ' })).message).toBe('Om hemtjänsten');
  });
});

describe('openCallbacks', () => {
  const request = (id: string, dueAt: string, completedAt: string | null = null): CitizenCallbackFragment => ({
    id,
    person: { id: 'p', fullName: 'Signe Andersson' },
    requestedByYou: true,
    application: null,
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
