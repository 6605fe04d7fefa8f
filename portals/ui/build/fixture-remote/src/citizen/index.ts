// A remote's citizen entry whose start-page part has styles of its own, and shares a styled
// component with a lazily loaded page (federation.test.ts).
import { defineRemoteModule } from '@omsorg/ui';
import Widget from './Widget.vue';

const none = async () => ({});

export default defineRemoteModule({
  routes: [{ path: '/fixture', component: () => import('./Page.vue') }],
  navigation: [],
  messages: { sv: none, en: none, fi: none, ar: none },
  widgets: { startPage: Widget },
});
