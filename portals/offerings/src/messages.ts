import { lazyMessages } from '@omsorg/ui';

/** One chunk per language, fetched when that language is shown (Swedish also as the fallback). */
export const messages = lazyMessages({
  sv: () => import('./locales/sv.json'),
  en: () => import('./locales/en.json'),
  fi: () => import('./locales/fi.json'),
  ar: () => import('./locales/ar.json'),
});

/** The find pages (activities, a session, a venue, the venue filters): loaded with their routes, not on the start page. */
export const findMessages = lazyMessages({
  sv: () => import('./citizen/find/locales/sv.json'),
  en: () => import('./citizen/find/locales/en.json'),
  fi: () => import('./citizen/find/locales/fi.json'),
  ar: () => import('./citizen/find/locales/ar.json'),
});
