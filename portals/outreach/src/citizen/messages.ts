import { ruleMessages } from '@omsorg/forms/messages';
import { lazyMessages } from '@omsorg/ui';

/** What the citizen remote shows at once: its start-page part. */
export const citizenStartMessages = lazyMessages({
  sv: () => import('../locales/citizen/start/sv.json'),
  en: () => import('../locales/citizen/start/en.json'),
  fi: () => import('../locales/citizen/start/fi.json'),
  ar: () => import('../locales/citizen/start/ar.json'),
});

/** The citizen pages' texts and the shared rules' messages, loaded when one of the pages is opened. */
export const citizenMessages = lazyMessages({
  sv: () => Promise.all([import('../locales/citizen/sv.json'), import('../locales/booking/sv.json'), ruleMessages('sv')]),
  en: () => Promise.all([import('../locales/citizen/en.json'), import('../locales/booking/en.json'), ruleMessages('en')]),
  fi: () => Promise.all([import('../locales/citizen/fi.json'), import('../locales/booking/fi.json'), ruleMessages('fi')]),
  ar: () => Promise.all([import('../locales/citizen/ar.json'), import('../locales/booking/ar.json'), ruleMessages('ar')]),
});
