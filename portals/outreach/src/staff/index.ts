import { defineRemoteModule } from '@omsorg/ui';
import { messages } from '../messages.ts';
import { campaignPageMessages } from './campaigns/messages.ts';
import { residentsMessages } from './residents/messages.ts';
import { calendarMessages } from './calendar/messages.ts';

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
      meta: { titleKey: 'outreach.staff.campaign.newTitle', messages: campaignPageMessages },
    },
    {
      path: '/kampanjer/:id',
      name: 'outreach-campaign',
      component: () => import('./campaigns/CampaignPage.vue'),
      meta: { titleKey: 'outreach.staff.campaign.title', messages: campaignPageMessages },
    },
    {
      path: '/invanare',
      name: 'outreach-residents',
      component: () => import('./residents/ResidentsPage.vue'),
      meta: { titleKey: 'outreach.residents.title', messages: residentsMessages },
    },
    {
      path: '/kalender',
      name: 'outreach-calendar',
      component: () => import('./calendar/CalendarPage.vue'),
      meta: { titleKey: 'outreach.calendar.title', messages: calendarMessages },
    },
    {
      path: '/tillganglighet',
      name: 'outreach-availability',
      component: () => import('./availability/AvailabilityPage.vue'),
      meta: { titleKey: 'outreach.availability.title', messages: calendarMessages },
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
    {
      path: '/brev',
      name: 'outreach-letters',
      component: () => import('./LettersToPostPage.vue'),
      meta: { titleKey: 'outreach.letters.title' },
    },
  ],
  navigation: [
    { to: '/kampanjer', labelKey: 'outreach.campaigns.title' },
    { to: '/invanare', labelKey: 'outreach.residents.title' },
    { to: '/kalender', labelKey: 'outreach.nav.calendar' },
    { to: '/tillganglighet', labelKey: 'outreach.nav.availability' },
    { to: '/samtal/uppfoljningar', labelKey: 'outreach.followUps.title' },
    { to: '/brev', labelKey: 'outreach.letters.title' },
  ],
  messages,
});
