import type { RequestContext } from '@omsorg/platform';
import { CONTENT_LANGUAGES, type ContentLanguage, pickTranslation, type Translated } from '@omsorg/rules/offerings';
import { builder } from './builder.ts';

/**
 * The languages content is written in, as GraphQL names them: SV, SV_X_EASY (plain Swedish,
 * "lätt svenska"), FI, EN, AR. The portal passes the reader's language on every public read
 * (the request's locale knows no plain Swedish).
 */
export const ContentLanguageEnum = builder.enumType('ContentLanguage', {
  description: 'A language content is written in: Swedish, plain Swedish ("lätt svenska"), Finnish, English, Arabic.',
  values: Object.fromEntries(CONTENT_LANGUAGES.map((language) => [language.replaceAll('-', '_').toUpperCase(), { value: language }])) as Record<
    string,
    { value: ContentLanguage }
  >,
});

/** The language to answer in: the argument when given, else the request's locale. */
export function contentLanguage(context: RequestContext, language: ContentLanguage | null | undefined): ContentLanguage {
  return language ?? context.locale;
}

export type LocalizedValue = { text: string; language: ContentLanguage; translated: boolean };

/** One text of a translated object, in `language` or Swedish (never blank), saying which. */
export function localized<T extends Record<string, string>>(texts: Translated<T>, field: keyof T, language: ContentLanguage): LocalizedValue {
  const picked = pickTranslation(texts, language);
  const text = picked.value[field];
  if (text) return { text, language: picked.language, translated: picked.translated };
  return { text: texts.sv[field] ?? '', language: 'sv', translated: language === 'sv' };
}

export const LocalizedTextRef = builder.objectRef<LocalizedValue>('LocalizedText').implement({
  description: 'A text written by staff, in the language asked for or, where none is written yet, in Swedish.',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The text; plain text with the small safe markup of docs/OFFERINGS.md ("Safe text").' }),
    language: t.field({ type: ContentLanguageEnum, resolve: (value) => value.language, description: 'The language the text is in.' }),
    translated: t.exposeBoolean('translated', {
      description: 'False when the text is not written in the language asked for yet and Swedish is shown instead: the page says so.',
    }),
  }),
});
