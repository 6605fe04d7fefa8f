import { defineRemoteModule } from '@omsorg/ui';
import { messages } from '../messages.ts';
import FeedbackWidget from './FeedbackWidget.vue';

export default defineRemoteModule({
  routes: [
    {
      path: '/synpunkter',
      name: 'feedback-form',
      component: () => import('./FeedbackPage.vue'),
      meta: { titleKey: 'feedback.form.title' },
    },
  ],
  navigation: [{ to: '/synpunkter', labelKey: 'feedback.nav.citizen' }],
  messages,
  widgets: { startPage: FeedbackWidget },
});
