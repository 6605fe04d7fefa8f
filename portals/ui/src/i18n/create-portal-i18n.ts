import { createI18n } from 'vue-i18n';
import ar from '../locales/ar.json';
import en from '../locales/en.json';
import fi from '../locales/fi.json';
import sv from '../locales/sv.json';
import { applyLocale, storedLocale } from './current-locale.ts';
import { defaultLocale, supportedLocales, type LocaleMessages } from './locales.ts';

const uiMessages: LocaleMessages = { sv, en, fi, ar };

/**
 * The one i18n instance of a shell: Swedish by default, the ui's strings plus the shell's;
 * remotes add theirs with mergeMessages when they load.
 */
export function createPortalI18n(shellMessages: LocaleMessages) {
  const locale = storedLocale();
  applyLocale(locale);
  const messages = Object.fromEntries(
    supportedLocales.map((l) => [l, { ...uiMessages[l], ...shellMessages[l] }]),
  ) as LocaleMessages;
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: defaultLocale,
    messages,
    missingWarn: false,
    fallbackWarn: false,
  });
}

export type PortalI18n = ReturnType<typeof createPortalI18n>;

export function mergeMessages(i18n: PortalI18n, messages: Partial<LocaleMessages>): void {
  for (const locale of supportedLocales) {
    const bundle = messages[locale];
    if (bundle) i18n.global.mergeLocaleMessage(locale, bundle);
  }
}
