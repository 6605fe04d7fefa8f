import { defaultLocale, directionOf, isLocale, languageTag, type Locale } from './locales.ts';

const storageKey = 'omsorg.locale';
let current: Locale = defaultLocale;

/**
 * The locale the GraphQL client sends as accept-language; kept in step by applyLocale. Plain
 * Swedish is sent as `sv-x-easy`, which every service's negotiateLocale reads as Swedish.
 */
export function currentLocale(): Locale {
  return current;
}

/** The language the user chose themself in this browser, or null when they never chose one. */
export function chosenLocale(): Locale | null {
  try {
    const stored = globalThis.localStorage?.getItem(storageKey);
    return isLocale(stored) ? stored : null;
  } catch {
    return null;
  }
}

export function storedLocale(): Locale {
  return chosenLocale() ?? defaultLocale;
}

/**
 * Shows the page in `locale`. `remember` (the default) stores it as the user's own choice, which
 * then wins over the language identity holds for them; a language taken from there, or the
 * default at start-up, is applied without being remembered.
 */
export function applyLocale(locale: Locale, { remember = true }: { remember?: boolean } = {}): void {
  current = locale;
  if (typeof document !== 'undefined') {
    // Plain Swedish is Swedish to a screen reader and a browser: lang="sv".
    document.documentElement.lang = languageTag(locale);
    document.documentElement.dir = directionOf(locale);
  }
  if (!remember) return;
  try {
    globalThis.localStorage?.setItem(storageKey, locale);
  } catch {
    // Storage can be blocked (private mode); the choice then lasts for this page only.
  }
}
