import { createMemoryHistory, createRouter } from 'vue-router';
import { createPortalI18n } from '../i18n/create-portal-i18n.ts';

/** Global plugins a ui component needs in a test: the portal i18n (Swedish) and a router. */
export function testPlugins() {
  const i18n = createPortalI18n({ sv: {}, en: {}, fi: {}, ar: {} });
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:any(.*)*', component: { template: '<div />' } }] });
  return { i18n, router, global: { plugins: [i18n, router] } };
}
