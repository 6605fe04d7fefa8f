import { defineRemoteModule } from '@omsorg/ui';
import { messages } from '../messages.ts';

export default defineRemoteModule({
  routes: [
    {
      path: '/inkorg',
      name: 'applications-inbox',
      component: () => import('./InboxPage.vue'),
      meta: { titleKey: 'applications.inbox.title' },
    },
  ],
  navigation: [{ to: '/inkorg', labelKey: 'applications.inbox.title' }],
  messages,
});
