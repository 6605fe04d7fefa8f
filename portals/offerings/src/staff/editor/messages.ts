import { ruleMessages } from '@omsorg/forms/messages';
import { lazyMessages } from '@omsorg/ui';

type JsonModule = { default: object };
type Locale = 'sv' | 'en' | 'fi' | 'ar';
const own: Record<Locale, () => Promise<JsonModule>> = {
  sv: () => import('./locales/sv.json'),
  en: () => import('./locales/en.json'),
  fi: () => import('./locales/fi.json'),
  ar: () => import('./locales/ar.json'),
};
const load = (locale: Locale) => () => Promise.all<JsonModule>([own[locale](), ruleMessages(locale)]);

/** The editor's words, loaded with its routes (never on the citizen start page), with the shared rules' messages. */
export const editorMessages = lazyMessages({ sv: load('sv'), en: load('en'), fi: load('fi'), ar: load('ar') });
