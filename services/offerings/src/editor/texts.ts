import { CONTENT_LANGUAGES, type ContentLanguage, type Translated } from '@omsorg/rules/offerings';

/** One language's version of a text object, as the editor sends it. */
export type TextVersion<T extends Record<string, string>> = { language: ContentLanguage } & T;

/** The languages a text object is written in, in the order of CONTENT_LANGUAGES. */
export function writtenLanguages<T>(texts: Translated<T>): ContentLanguage[] {
  return CONTENT_LANGUAGES.filter((language) => texts[language] !== undefined && texts[language] !== null);
}

/** Every version as a list (for the editor), Swedish first. */
export function textVersions<T extends Record<string, string>>(texts: Translated<T>): Array<TextVersion<T>> {
  return writtenLanguages(texts).map((language) => ({ ...(texts[language] as T), language }));
}

const isEmpty = (value: Record<string, string>) => Object.values(value).every((text) => text === '');

/**
 * The texts after an edit: each language given replaces that language's version; a version other
 * than Swedish given with every field empty removes that translation; the rest stay as they were.
 * `changed` names what changed, "fi:title", for the history. `missingSwedish` when Swedish would
 * lack a required field.
 */
export function mergeTexts<T extends Record<string, string>>(
  current: Translated<T> | null,
  versions: ReadonlyArray<TextVersion<T>>,
  fields: ReadonlyArray<keyof T & string>,
): { texts: Translated<T> | null; changed: string[] } {
  const next: Partial<Record<ContentLanguage, T>> = { ...(current ?? {}) };
  const changed: string[] = [];
  for (const { language, ...given } of versions) {
    const value = Object.fromEntries(fields.map((field) => [field, (given as Record<string, string>)[field] ?? ''])) as T;
    const before = next[language];
    if (language !== 'sv' && isEmpty(value)) {
      if (before) {
        delete next[language];
        changed.push(...fields.filter((field) => before[field]).map((field) => `${language}:${field}`));
      }
      continue;
    }
    changed.push(...fields.filter((field) => (before?.[field] ?? '') !== value[field]).map((field) => `${language}:${field}`));
    next[language] = value;
  }
  if (!next.sv) return { texts: null, changed };
  return { texts: next as Translated<T>, changed };
}
