import { defineRemoteModule } from '@omsorg/ui';
import { messages } from '../messages.ts';

export default defineRemoteModule({
  routes: [
    {
      path: '/synpunkter',
      name: 'feedback-staff-list',
      component: () => import('./FeedbackListPage.vue'),
      meta: { titleKey: 'feedback.staff.title' },
    },
  ],
  navigation: [{ to: '/synpunkter', labelKey: 'feedback.nav.staff' }],
  messages,
});
