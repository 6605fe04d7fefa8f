import { partMessages } from '../../part-messages.ts';

/** The attendance page's and the monthly report's words, loaded by their routes' `meta.messages`. */
export const attendanceMessages = partMessages({
  sv: () => import('./locales/sv.json'),
  en: () => import('./locales/en.json'),
  fi: () => import('./locales/fi.json'),
  ar: () => import('./locales/ar.json'),
});
