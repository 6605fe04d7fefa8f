import { defaultLocale, directionOf, isLocale, type Locale } from './locales.ts';

const storageKey = 'omsorg.locale';
let current: Locale = defaultLocale;

/** The locale the GraphQL client sends as accept-language; kept in step by applyLocale. */
export function currentLocale(): Locale {
  return current;
}

export function storedLocale(): Locale {
  try {
    const stored = globalThis.localStorage?.getItem(storageKey);
    return isLocale(stored) ? stored : defaultLocale;
  } catch {
    return defaultLocale;
  }
}

export function applyLocale(locale: Locale): void {
  current = locale;
  if (typeof document !== 'undefined') {
    document.documentElement.lang = locale;
    document.documentElement.dir = directionOf(locale);
  }
  try {
    globalThis.localStorage?.setItem(storageKey, locale);
  } catch {
    // Storage can be blocked (private mode); the choice then lasts for this page only.
  }
}
