import { ruleMessages } from '@omsorg/forms/messages';
import { lazyMessages } from '@omsorg/ui';

/** The programme page's words, loaded with its route (meta.messages), with the shared rules' messages. */
export const programmeMessages = lazyMessages({
  sv: () => Promise.all([import('./locales/sv.json'), ruleMessages('sv')]),
  en: () => Promise.all([import('./locales/en.json'), ruleMessages('en')]),
  fi: () => Promise.all([import('./locales/fi.json'), ruleMessages('fi')]),
  ar: () => Promise.all([import('./locales/ar.json'), ruleMessages('ar')]),
});
