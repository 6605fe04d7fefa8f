import { defineRemoteModule } from '@omsorg/ui';
import { messages } from '../messages.ts';
import ApplicationsWidget from './ApplicationsWidget.vue';

export default defineRemoteModule({
  routes: [
    {
      path: '/mina-arenden',
      name: 'applications-mine',
      component: () => import('./MyApplicationsPage.vue'),
      meta: { titleKey: 'applications.mine.title' },
    },
  ],
  navigation: [{ to: '/mina-arenden', labelKey: 'applications.mine.title' }],
  messages,
  widgets: { startPage: ApplicationsWidget },
});
