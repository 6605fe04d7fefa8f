import { lazyMessages } from '@omsorg/ui';

/**
 * The campaign page's words beyond the editor: its letters part and the editor's reminder field,
 * and the funnel (the chart itself loads only with the funnel). Loaded with the campaign pages
 * (their routes' meta.messages).
 */
export const campaignPageMessages = lazyMessages({
  sv: () => Promise.all([import('../../locales/letters/sv.json'), import('../../locales/funnel/sv.json')]),
  en: () => Promise.all([import('../../locales/letters/en.json'), import('../../locales/funnel/en.json')]),
  fi: () => Promise.all([import('../../locales/letters/fi.json'), import('../../locales/funnel/fi.json')]),
  ar: () => Promise.all([import('../../locales/letters/ar.json'), import('../../locales/funnel/ar.json')]),
});
