import { directionOf, languageTag, type Locale } from '@omsorg/ui';
import { ContentLanguage } from '../generated/graphql.ts';

/** The content language a reader of the UI locale asks the API for (plain Swedish too). */
const BY_LOCALE: Record<Locale, ContentLanguage> = {
  sv: ContentLanguage.Sv,
  'sv-x-easy': ContentLanguage.SvXEasy,
  en: ContentLanguage.En,
  fi: ContentLanguage.Fi,
  ar: ContentLanguage.Ar,
};

/** The UI locale of a content language (the locale whose messages and direction fit it). */
const LOCALE_OF: Record<ContentLanguage, Locale> = {
  [ContentLanguage.Sv]: 'sv',
  [ContentLanguage.SvXEasy]: 'sv-x-easy',
  [ContentLanguage.En]: 'en',
  [ContentLanguage.Fi]: 'fi',
  [ContentLanguage.Ar]: 'ar',
};

export function contentLanguageOf(locale: string): ContentLanguage {
  return BY_LOCALE[locale as Locale] ?? ContentLanguage.Sv;
}

export function localeOfContent(language: ContentLanguage): Locale {
  return LOCALE_OF[language];
}

/** The HTML lang of a text in `language` (plain Swedish is lang="sv", as the pages are). */
export function htmlLangOf(language: ContentLanguage): string {
  return languageTag(localeOfContent(language));
}

/**
 * `lang` and `dir` for a text in `language` shown to a reader of `locale`: nothing when they are
 * the same (the page's own lang holds), else the text's own, e.g. lang="sv" on a Swedish
 * fallback in an Arabic page, so a screen reader reads it with a Swedish voice.
 */
export function textLanguageAttributes(language: ContentLanguage, locale: Locale): { lang?: string; dir?: 'ltr' | 'rtl' } {
  const textLocale = localeOfContent(language);
  if (languageTag(textLocale) === languageTag(locale) && directionOf(textLocale) === directionOf(locale)) return {};
  return { lang: languageTag(textLocale), dir: directionOf(textLocale) };
}
