import { lazyMessages } from '@omsorg/ui';

/** The residents page's words, loaded when the page is opened (its route's meta.messages). */
export const residentsMessages = lazyMessages({
  sv: () => import('../../locales/residents/sv.json'),
  en: () => import('../../locales/residents/en.json'),
  fi: () => import('../../locales/residents/fi.json'),
  ar: () => import('../../locales/residents/ar.json'),
});
