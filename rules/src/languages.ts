/**
 * The languages a person's preferred language may be (ISO 639 codes, as identity's
 * Person.preferredLanguage and an application's language answer hold them): Swedish, the
 * national minority languages and Swedish sign language, then the languages most spoken in
 * Stockholm. Identity accepts only these; the portals offer them, with names in their message files.
 */
export const PERSON_LANGUAGES = [
  'sv',
  'fi',
  'fit',
  'se',
  'smj',
  'sma',
  'rom',
  'yi',
  'swl',
  'ar',
  'fa',
  'prs',
  'ps',
  'so',
  'ti',
  'am',
  'bs',
  'hr',
  'sr',
  'sq',
  'tr',
  'ku',
  'pl',
  'ru',
  'uk',
  'ro',
  'hu',
  'el',
  'es',
  'de',
  'fr',
  'en',
  'zh',
  'vi',
  'th',
] as const;

export type PersonLanguage = (typeof PERSON_LANGUAGES)[number];

export function isPersonLanguage(value: string): value is PersonLanguage {
  return (PERSON_LANGUAGES as readonly string[]).includes(value);
}
