import { lazyMessages } from '@omsorg/ui';

/** One chunk per language, fetched when that language is shown (Swedish also as the fallback). */
export const messages = lazyMessages({
  sv: () => import('./locales/sv.json'),
  en: () => import('./locales/en.json'),
  fi: () => import('./locales/fi.json'),
  ar: () => import('./locales/ar.json'),
});
