import { ruleMessages } from '@omsorg/forms/messages';
import { lazyMessages } from '@omsorg/ui';

/**
 * One chunk per language, fetched when that language is shown (Swedish also as the fallback),
 * with the shared rules' messages (form validation) beside the remote's own.
 */
export const messages = lazyMessages({
  sv: () => Promise.all([import('./locales/sv.json'), import('./locales/conversation/sv.json'), ruleMessages('sv')]),
  en: () => Promise.all([import('./locales/en.json'), import('./locales/conversation/en.json'), ruleMessages('en')]),
  fi: () => Promise.all([import('./locales/fi.json'), import('./locales/conversation/fi.json'), ruleMessages('fi')]),
  ar: () => Promise.all([import('./locales/ar.json'), import('./locales/conversation/ar.json'), ruleMessages('ar')]),
});
