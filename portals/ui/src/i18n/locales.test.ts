import { describe, expect, it } from 'vitest';
import { directionOf, isLocale, languageTag, localeNames, staffLocales, supportedLocales } from './locales.ts';

describe('the languages of the user interface', () => {
  it('include plain Swedish, named in itself, next to Swedish', () => {
    expect(supportedLocales).toEqual(['sv', 'sv-x-easy', 'en', 'fi', 'ar']);
    expect(localeNames['sv-x-easy']).toBe('Lätt svenska');
    expect(isLocale('sv-x-easy')).toBe(true);
    expect(isLocale('sv-SE')).toBe(false);
  });

  it('tag plain Swedish as Swedish, left to right', () => {
    expect(languageTag('sv-x-easy')).toBe('sv');
    expect(languageTag('fi')).toBe('fi');
    expect(directionOf('sv-x-easy')).toBe('ltr');
    expect(directionOf('ar')).toBe('rtl');
  });

  it('leave plain Swedish out of the staff workspace', () => {
    expect(staffLocales).toEqual(['sv', 'en', 'fi', 'ar']);
  });
});
