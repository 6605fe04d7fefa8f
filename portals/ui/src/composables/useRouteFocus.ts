import { nextTick } from 'vue';
import type { Router } from 'vue-router';

/**
 * After an in-app navigation, focus moves to the new page's h1 (else to main), as a full page
 * load would put a screen-reader user at the top. The first load is left alone.
 */
export function useRouteFocus(router: Router): void {
  let first = true;
  router.afterEach(async (to, from, failure) => {
    if (failure) return;
    if (first) {
      first = false;
      return;
    }
    if (to.path === from.path) return;
    await nextTick();
    // Remote pages may render a frame later; give them one before looking for the heading.
    requestAnimationFrame(() => {
      const heading = document.querySelector<HTMLElement>('main h1');
      const target = heading ?? document.getElementById('main');
      if (!target) return;
      if (heading && !heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      target.focus();
    });
  });
}
