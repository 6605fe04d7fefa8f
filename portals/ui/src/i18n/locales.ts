/**
 * The languages of the user interface. `sv-x-easy` is plain Swedish ("lätt svenska"): Swedish in
 * short sentences and common words. It is Swedish to everything but the texts: the page's `lang`
 * is `sv`, dates and numbers are Swedish, the services are asked in Swedish (negotiateLocale reads
 * `sv-x-easy` as `sv`), and a package need not write it: a missing plain-Swedish message is the
 * Swedish one, key by key.
 */
export const supportedLocales = ['sv', 'sv-x-easy', 'en', 'fi', 'ar'] as const;
export type Locale = (typeof supportedLocales)[number];
export const defaultLocale: Locale = 'sv';

/** Plain Swedish, the one locale whose messages are optional. */
export const plainSwedish = 'sv-x-easy' satisfies Locale;

/** The languages every package writes its messages in (plain Swedish is optional). */
export type MessageLocale = Exclude<Locale, typeof plainSwedish>;

/** The languages a staff workspace offers: plain Swedish is for the citizen pages. */
export const staffLocales: readonly Locale[] = supportedLocales.filter((locale) => locale !== plainSwedish);

/** Each language named in itself, so a person finds their own language whatever is shown. */
export const localeNames: Record<Locale, string> = {
  sv: 'Svenska',
  'sv-x-easy': 'Lätt svenska',
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

/**
 * The language tag of the written language, for `lang` attributes: plain Swedish is Swedish
 * (`sv`), so every screen reader picks its Swedish voice (a private-use tag is not understood by
 * all of them; see docs/OFFERINGS.md "Languages").
 */
export function languageTag(locale: Locale): MessageLocale {
  return locale === plainSwedish ? 'sv' : locale;
}

export interface MessageTree {
  [key: string]: string | MessageTree;
}

/** Messages for every supported locale; a package's own strings sit under its namespace key. */
export type LocaleMessages = Record<MessageLocale, MessageTree> & Partial<Record<typeof plainSwedish, MessageTree>>;
