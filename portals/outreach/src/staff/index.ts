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
      path: '/samtal/:bookingId',
      name: 'outreach-conversation',
      component: () => import('./conversation/ConversationPage.vue'),
      props: true,
      meta: { titleKey: 'outreach.conversation.title' },
    },
    {
      path: '/samtal/uppfoljningar',
      name: 'outreach-follow-ups',
      component: () => import('./follow-ups/FollowUpsPage.vue'),
      meta: { titleKey: 'outreach.followUps.title' },
    },
  ],
  navigation: [
    { to: '/kampanjer', labelKey: 'outreach.campaigns.title' },
    { to: '/samtal/uppfoljningar', labelKey: 'outreach.followUps.title' },
  ],
  messages,
});
