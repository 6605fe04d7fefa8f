import { defineRemoteModule } from '@omsorg/ui';
import { messages } from '../messages.ts';
import { lettersMessages } from './letters/messages.ts';
import { residentsMessages } from './residents/messages.ts';

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
      meta: { titleKey: 'outreach.staff.campaign.newTitle', messages: lettersMessages },
    },
    {
      path: '/kampanjer/:id',
      name: 'outreach-campaign',
      component: () => import('./campaigns/CampaignPage.vue'),
      meta: { titleKey: 'outreach.staff.campaign.title', messages: lettersMessages },
    },
    {
      path: '/invanare',
      name: 'outreach-residents',
      component: () => import('./residents/ResidentsPage.vue'),
      meta: { titleKey: 'outreach.residents.title', messages: residentsMessages },
    },
  ],
  navigation: [
    { to: '/kampanjer', labelKey: 'outreach.campaigns.title' },
    { to: '/invanare', labelKey: 'outreach.residents.title' },
  ],
  messages,
});
