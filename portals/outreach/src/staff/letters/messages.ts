import { lazyMessages } from '@omsorg/ui';

/** The campaign page's letters part and the editor's reminder field, loaded with the campaign page (its route's meta.messages). */
export const lettersMessages = lazyMessages({
  sv: () => import('../../locales/letters/sv.json'),
  en: () => import('../../locales/letters/en.json'),
  fi: () => import('../../locales/letters/fi.json'),
  ar: () => import('../../locales/letters/ar.json'),
});
