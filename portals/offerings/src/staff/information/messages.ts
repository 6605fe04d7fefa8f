import { ruleMessages } from '@omsorg/forms/messages';
import { lazyMessages, type MessageLocale } from '@omsorg/ui';

/** The editor's words and the shared rules' (the forms' validation), loaded when the editor is opened. */
const load = (locale: MessageLocale) => () =>
  Promise.all([
    { sv: () => import('./locales/sv.json'), en: () => import('./locales/en.json'), fi: () => import('./locales/fi.json'), ar: () => import('./locales/ar.json') }[locale](),
    ruleMessages(locale),
  ]);

export const informationEditorMessages = lazyMessages({ sv: load('sv'), en: load('en'), fi: load('fi'), ar: load('ar') });
