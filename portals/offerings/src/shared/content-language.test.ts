import { describe, expect, it } from 'vitest';
import { ContentLanguage } from '../generated/graphql.ts';
import { contentLanguageOf, textLanguageAttributes } from './content-language.ts';

describe('content languages', () => {
  it('asks the API for plain Swedish in plain Swedish', () => {
    expect(contentLanguageOf('sv-x-easy')).toBe(ContentLanguage.SvXEasy);
    expect(contentLanguageOf('ar')).toBe(ContentLanguage.Ar);
  });

  it('marks a Swedish fallback lang="sv" (and left to right in an Arabic page), and nothing where the languages agree', () => {
    expect(textLanguageAttributes(ContentLanguage.Sv, 'fi')).toEqual({ lang: 'sv', dir: 'ltr' });
    expect(textLanguageAttributes(ContentLanguage.Sv, 'ar')).toEqual({ lang: 'sv', dir: 'ltr' });
    expect(textLanguageAttributes(ContentLanguage.Fi, 'fi')).toEqual({});
    // Plain Swedish falling back to Swedish is still Swedish to a screen reader.
    expect(textLanguageAttributes(ContentLanguage.Sv, 'sv-x-easy')).toEqual({});
  });
});
