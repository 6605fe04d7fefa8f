import { describe, expect, it } from 'vitest';
import { preferredLanguageOf } from './person-language.ts';

describe('a newly registered person’s preferred language', () => {
  it('is Swedish when staff gave none', () => {
    expect(preferredLanguageOf(undefined)).toBe('sv');
    expect(preferredLanguageOf(null)).toBe('sv');
    expect(preferredLanguageOf('  ')).toBe('sv');
  });

  it('takes a known code, also a national minority language of three letters, whatever its case', () => {
    expect(preferredLanguageOf('fi')).toBe('fi');
    expect(preferredLanguageOf(' FI ')).toBe('fi');
    expect(preferredLanguageOf('smj')).toBe('smj');
    expect(preferredLanguageOf('ar')).toBe('ar');
  });

  it('refuses a code that is well formed but no language we know, and anything else', () => {
    for (const given of ['xx', 'zzz', 'finska', 'f', 'fi-FI', 'sv;']) expect(preferredLanguageOf(given), given).toBeNull();
  });
});
