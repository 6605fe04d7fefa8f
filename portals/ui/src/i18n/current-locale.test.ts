import { afterEach, describe, expect, it } from 'vitest';
import { applyLocale, chosenLocale, currentLocale, storedLocale } from './current-locale.ts';

const store = new Map<string, string>();
globalThis.localStorage ??= {
  getItem: (key: string) => store.get(key) ?? null,
  setItem: (key: string, value: string) => void store.set(key, value),
  removeItem: (key: string) => void store.delete(key),
  clear: () => store.clear(),
  key: () => null,
  length: 0,
} as Storage;

afterEach(() => globalThis.localStorage.clear());

describe('the chosen language', () => {
  it('is none until the user chooses: a language shown from identity or by default is not remembered', () => {
    applyLocale('fi', { remember: false });
    expect(currentLocale()).toBe('fi');
    expect(chosenLocale()).toBeNull();
    expect(storedLocale()).toBe('sv');
  });

  it('can be plain Swedish, which is remembered as such', () => {
    applyLocale('sv-x-easy');
    expect(currentLocale()).toBe('sv-x-easy');
    expect(storedLocale()).toBe('sv-x-easy');
  });

  it('is remembered when the user chooses it, and then wins at the next start', () => {
    applyLocale('en');
    expect(chosenLocale()).toBe('en');
    expect(storedLocale()).toBe('en');
  });
});
