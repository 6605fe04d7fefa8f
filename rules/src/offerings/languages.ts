/**
 * The languages content is written in: Swedish, plain Swedish ("lätt svenska"), Finnish (the
 * Finnish administrative area), English and Arabic. Plain Swedish has the private-use tag
 * `sv-x-easy` so that everything not written in it falls back to Swedish.
 */
export const CONTENT_LANGUAGES = ['sv', 'sv-x-easy', 'fi', 'en', 'ar'] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

export function isContentLanguage(value: unknown): value is ContentLanguage {
  return typeof value === 'string' && (CONTENT_LANGUAGES as readonly string[]).includes(value);
}

/** A text written in several languages; Swedish is always there. */
export type Translated<T> = { sv: T } & Partial<Record<Exclude<ContentLanguage, 'sv'>, T>>;

/** The order a language is looked for in: itself, then Swedish (plain Swedish and the rest alike). */
export function fallbackChain(language: ContentLanguage): ContentLanguage[] {
  return language === 'sv' ? ['sv'] : [language, 'sv'];
}

/**
 * The version of a text to show in `language`: that language's, or else Swedish, and which
 * language it is in, so a page can say "Den här texten finns inte på finska ännu" instead of a blank.
 */
export function pickTranslation<T>(texts: Translated<T>, language: ContentLanguage): { value: T; language: ContentLanguage; translated: boolean } {
  for (const candidate of fallbackChain(language)) {
    const value = texts[candidate];
    if (value !== undefined && value !== null) return { value, language: candidate, translated: candidate === language };
  }
  return { value: texts.sv, language: 'sv', translated: language === 'sv' };
}
