import { lazyMessages } from '@omsorg/ui';

/** The funnel's words, loaded with the campaign page (the chart itself loads only with the funnel). */
export const funnelMessages = lazyMessages({
  sv: () => import('../../../locales/funnel/sv.json'),
  en: () => import('../../../locales/funnel/en.json'),
  fi: () => import('../../../locales/funnel/fi.json'),
  ar: () => import('../../../locales/funnel/ar.json'),
});
