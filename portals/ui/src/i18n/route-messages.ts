import type { Router } from 'vue-router';
import { mergeMessages, type PortalI18n } from './create-portal-i18n.ts';

/**
 * Loads the messages a route names in `meta.messages` (its own and its parents') before the route
 * is shown, so a remote loads the texts of its pages only when one is opened and what it shows
 * at once (start-page part, menu) stays small. Once loaded they follow language changes like any
 * other. Should they fail to arrive, the page is shown anyway rather than not at all.
 */
export function loadRouteMessages(router: Router, i18n: PortalI18n): void {
  router.beforeResolve(async (to) => {
    const wanted = to.matched.flatMap((record) => (record.meta.messages ? [record.meta.messages] : []));
    await Promise.all(wanted.map((messages) => mergeMessages(i18n, messages))).catch((error: unknown) => console.error('Messages could not be loaded', error));
  });
}
