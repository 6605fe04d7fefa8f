import { createMemoryHistory, createRouter } from 'vue-router';
import { createPortalI18n } from '../i18n/create-portal-i18n.ts';
import sv from '../locales/sv.json';

/** Global plugins a ui component needs in a test: the portal i18n (Swedish, at once) and a router. */
export function testPlugins() {
  const i18n = createPortalI18n();
  // Loaded on demand in the portals; a test mounts synchronously, so Swedish is there from the start.
  i18n.global.mergeLocaleMessage('sv', sv);
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:any(.*)*', component: { template: '<div />' } }] });
  return { i18n, router, global: { plugins: [i18n, router] } };
}
