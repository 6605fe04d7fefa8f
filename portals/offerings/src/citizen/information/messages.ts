import { lazyMessages } from '@omsorg/ui';

/** The information pages' words, loaded when one of them is opened; plain Swedish has its own. */
export const informationMessages = lazyMessages({
  sv: () => import('./locales/sv.json'),
  'sv-x-easy': () => import('./locales/sv-x-easy.json'),
  en: () => import('./locales/en.json'),
  fi: () => import('./locales/fi.json'),
  ar: () => import('./locales/ar.json'),
});
