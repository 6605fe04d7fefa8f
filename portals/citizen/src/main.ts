import '@omsorg/ui/styles.css';
import { applyTextSize, createPortalI18n, loadRemotes, loadRouteMessages, messagesReady, useRouteFocus } from '@omsorg/ui';
import { createApp } from 'vue';
import App from './App.vue';
import { messages } from './messages.ts';
import { citizenRemotes, remoteRegistry } from './remotes.ts';
import { createCitizenRouter } from './router.ts';

applyTextSize();
const i18n = createPortalI18n(messages);
const router = createCitizenRouter();
useRouteFocus(router);
loadRouteMessages(router, i18n);

// Mounted once the current language's messages are there, so no message key is ever shown;
// should they fail to arrive, the page is mounted anyway rather than left blank.
const app = createApp(App).use(i18n).use(router);
void messagesReady(i18n)
  .catch((error: unknown) => console.error('Messages could not be loaded', error))
  .finally(() => app.mount('#app'));

// The shell is usable at once; remotes join as they arrive. A deep link into a remote that
// landed on "not found" before its routes existed is resolved again.
void loadRemotes(citizenRemotes, { router, i18n, registry: remoteRegistry }).then(async () => {
  const current = router.currentRoute.value;
  if (current.name === 'not-found') await router.replace({ path: current.path, query: current.query, hash: current.hash, force: true });
  remoteRegistry.settled = true;
});
