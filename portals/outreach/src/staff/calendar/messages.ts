import { ruleMessages } from '@omsorg/forms/messages';
import { lazyMessages } from '@omsorg/ui';

/** The calendar and availability pages' words, with the shared rules' messages, loaded when one of those pages is opened. */
export const calendarMessages = lazyMessages({
  sv: () => Promise.all([import('../../locales/calendar/sv.json'), ruleMessages('sv')]),
  en: () => Promise.all([import('../../locales/calendar/en.json'), ruleMessages('en')]),
  fi: () => Promise.all([import('../../locales/calendar/fi.json'), ruleMessages('fi')]),
  ar: () => Promise.all([import('../../locales/calendar/ar.json'), ruleMessages('ar')]),
});
