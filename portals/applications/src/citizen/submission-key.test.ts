import { describe, expect, it } from 'vitest';
import { submissionKeyFor } from './submission-key.ts';

function memoryStorage() {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), items };
}

describe('submissionKeyFor', () => {
  it('makes one key per draft and gives the same one back every time', () => {
    const storage = memoryStorage();
    let made = 0;
    const newKey = () => `key-${++made}`;
    expect(submissionKeyFor('a', storage, newKey)).toBe('key-1');
    expect(submissionKeyFor('a', storage, newKey)).toBe('key-1');
    expect(submissionKeyFor('b', storage, newKey)).toBe('key-2');
    expect(storage.items.get('omsorg.applications.submissionKey.a')).toBe('key-1');
  });

  it('keeps the key after a reload (the same session storage)', () => {
    const storage = memoryStorage();
    storage.setItem('omsorg.applications.submissionKey.c', 'saved-key');
    expect(submissionKeyFor('c', storage, () => 'new')).toBe('saved-key');
  });

  it('still gives one key per draft when storage is blocked', () => {
    const blocked = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
    };
    const first = submissionKeyFor('d', blocked, () => 'one');
    expect(submissionKeyFor('d', blocked, () => 'two')).toBe(first);
  });

  it('uses random UUIDs by default', () => {
    expect(submissionKeyFor('e', memoryStorage())).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
