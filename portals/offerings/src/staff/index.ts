import { defineRemoteModule } from '@omsorg/ui';
import { messages } from '../messages.ts';

/** Staff look venues up in the same list the citizens see. */
export default defineRemoteModule({
  routes: [
    {
      path: '/traffpunkter',
      name: 'offerings-staff-venues',
      component: () => import('../citizen/VenuesPage.vue'),
      meta: { titleKey: 'offerings.venues.title' },
    },
  ],
  navigation: [{ to: '/traffpunkter', labelKey: 'offerings.venues.title' }],
  messages,
});
