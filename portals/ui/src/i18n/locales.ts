export const supportedLocales = ['sv', 'en', 'fi', 'ar'] as const;
export type Locale = (typeof supportedLocales)[number];
export const defaultLocale: Locale = 'sv';

/** Each language named in itself, so a person finds their own language whatever is shown. */
export const localeNames: Record<Locale, string> = {
  sv: 'Svenska',
  en: 'English',
  fi: 'Suomi',
  ar: 'العربية',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (supportedLocales as readonly string[]).includes(value);
}

export function directionOf(locale: Locale): 'ltr' | 'rtl' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}

export interface MessageTree {
  [key: string]: string | MessageTree;
}

/** Messages for every supported locale; a package's own strings sit under its namespace key. */
export type LocaleMessages = Record<Locale, MessageTree>;
