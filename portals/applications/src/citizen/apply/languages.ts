/**
 * Languages offered, as the codes the applications service accepts (ISO 639, like
 * Person.preferredLanguage): Swedish, the national minority languages and Swedish sign
 * language, then the languages most spoken in Stockholm. Names are in the message files.
 */
export const offeredLanguages = [
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

export function isOfferedLanguage(value: string): boolean {
  return (offeredLanguages as readonly string[]).includes(value);
}
