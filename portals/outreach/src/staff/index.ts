import { defineRemoteModule } from '@omsorg/ui';
import { messages } from '../messages.ts';

/** Loaded by the staff shell only for users with the OUTREACH role. */
export default defineRemoteModule({
  routes: [
    {
      path: '/kampanjer',
      name: 'outreach-campaigns',
      component: () => import('./CampaignsPage.vue'),
      meta: { titleKey: 'outreach.campaigns.title' },
    },
    {
      path: '/brev',
      name: 'outreach-letters',
      component: () => import('./LettersToPostPage.vue'),
      meta: { titleKey: 'outreach.letters.title' },
    },
  ],
  navigation: [
    { to: '/kampanjer', labelKey: 'outreach.campaigns.title' },
    { to: '/brev', labelKey: 'outreach.letters.title' },
  ],
  messages,
});
