import { defineRemoteModule } from '@omsorg/ui';
import { messages } from '../messages.ts';

/** Loaded by the staff shell only for users with the OUTREACH role. */
export default defineRemoteModule({
  routes: [
    {
      path: '/kampanjer',
      name: 'outreach-campaigns',
      component: () => import('./campaigns/CampaignsPage.vue'),
      meta: { titleKey: 'outreach.campaigns.title' },
    },
    {
      path: '/kampanjer/ny',
      name: 'outreach-campaign-new',
      component: () => import('./campaigns/CampaignPage.vue'),
      meta: { titleKey: 'outreach.staff.campaign.newTitle' },
    },
    {
      path: '/kampanjer/:id',
      name: 'outreach-campaign',
      component: () => import('./campaigns/CampaignPage.vue'),
      meta: { titleKey: 'outreach.staff.campaign.title' },
    },
  ],
  navigation: [{ to: '/kampanjer', labelKey: 'outreach.campaigns.title' }],
  messages,
});
