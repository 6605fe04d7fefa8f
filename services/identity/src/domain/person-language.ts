import { isPersonLanguage, type PersonLanguage } from '@omsorg/rules/languages';

/** A person's language when nobody said otherwise. */
export const DEFAULT_PERSON_LANGUAGE: PersonLanguage = 'sv';

/**
 * The preferred language to store for a person, as staff gave it: a known code (any case, spaces
 * around it ignored), Swedish when none was given; null when it is not a language we know, so
 * that no letter or mail is ever chosen by a code nobody can read.
 */
export function preferredLanguageOf(given: string | null | undefined): PersonLanguage | null {
  const code = (given ?? '').trim().toLowerCase();
  if (code === '') return DEFAULT_PERSON_LANGUAGE;
  return isPersonLanguage(code) ? code : null;
}
