import { defineRemoteModule } from '@omsorg/ui';
import { messages } from '../messages.ts';
import VenuesWidget from './VenuesWidget.vue';

export default defineRemoteModule({
  routes: [
    {
      path: '/traffpunkter',
      name: 'offerings-venues',
      component: () => import('./VenuesPage.vue'),
      meta: { titleKey: 'offerings.venues.title' },
    },
  ],
  navigation: [{ to: '/traffpunkter', labelKey: 'offerings.venues.title' }],
  messages,
  widgets: { startPage: VenuesWidget },
});
