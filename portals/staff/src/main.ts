import '@omsorg/ui/styles.css';
import { applyTextSize, createPortalI18n, loadRemotes, loadRouteMessages, messagesReady, useMe, useRouteFocus } from '@omsorg/ui';
import { createApp, watch } from 'vue';
import App from './App.vue';
import { messages } from './messages.ts';
import { remoteRegistry, staffRemotes } from './remotes.ts';
import { createStaffRouter } from './router.ts';

applyTextSize();
const i18n = createPortalI18n(messages);
const router = createStaffRouter();
useRouteFocus(router);
loadRouteMessages(router, i18n);

/** The longest the first paint waits for who is signed in and their remotes. */
const FIRST_VIEW_WAIT_MS = 5000;

// Mounted once the current language's messages are there, so no message key is ever shown;
// should they fail to arrive, the page is mounted anyway rather than left blank. It also waits
// (at most FIRST_VIEW_WAIT_MS) until the signed-in person's remotes have loaded: which remotes,
// and so how many menu entries, depends on their roles, and a menu that grows to a second line
// after the first paint pushes the whole page down (layout shift). So it is painted once, whole.
const app = createApp(App).use(i18n).use(router);
const firstView = new Promise<void>((resolve) => {
  watch(
    () => remoteRegistry.settled,
    (settled) => settled && resolve(),
    { immediate: true },
  );
  setTimeout(resolve, FIRST_VIEW_WAIT_MS);
});
void messagesReady(i18n)
  .catch((error: unknown) => console.error('Messages could not be loaded', error))
  .then(() => firstView)
  .finally(() => app.mount('#app'));

// Remotes are loaded only for a signed-in staff member, and only those their roles allow. The
// watch also covers "Försök igen" after the gateway was unreachable at first.
const { staffMember, status } = useMe();
let remotesRequested = false;
watch(
  [status, staffMember],
  async () => {
    if (status.value === 'idle' || status.value === 'loading') return;
    const staff = staffMember.value;
    if (staff && !remotesRequested) {
      remotesRequested = true;
      remoteRegistry.settled = false;
      await loadRemotes(staffRemotes, { router, i18n, roles: staff.roles, registry: remoteRegistry });
    }
    // Resolve a deep link again before settling, so "not found" never flashes while the
    // remote's page is still being fetched.
    const current = router.currentRoute.value;
    if (current.name === 'not-found') await router.replace({ path: current.path, query: current.query, hash: current.hash, force: true });
    remoteRegistry.settled = true;
  },
  { immediate: true },
);
