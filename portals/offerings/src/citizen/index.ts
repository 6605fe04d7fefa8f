import { defineRemoteModule } from '@omsorg/ui';
import { findMessages, messages } from '../messages.ts';
import VenuesWidget from './VenuesWidget.vue';
import { informationMessages } from './information/messages.ts';
import { registrationMessages } from './registration/messages.ts';

export default defineRemoteModule({
  routes: [
    {
      path: '/traffpunkter',
      name: 'offerings-venues',
      component: () => import('./VenuesPage.vue'),
      meta: { titleKey: 'offerings.venues.title', messages: findMessages },
    },
    { path: '/traffpunkter/:venueId', name: 'offerings-venue', component: () => import('./venue/VenuePage.vue'), meta: { titleKey: 'offerings.venues.title', messages: findMessages } },
    { path: '/aktiviteter', name: 'offerings-find', component: () => import('./find/FindPage.vue'), meta: { titleKey: 'offerings.activities.title', messages: findMessages } },
    { path: '/aktiviteter/:sessionId', name: 'offerings-session', component: () => import('./session/SessionPage.vue'), meta: { titleKey: 'offerings.activities.title', messages: findMessages } },
    { path: '/information', name: 'offerings-information', component: () => import('./information/InformationListPage.vue'), meta: { titleKey: 'offerings.information.title', messages: informationMessages } },
    {
      path: '/information/:slug',
      name: 'offerings-information-page',
      component: () => import('./information/InformationPage.vue'),
      props: true,
      meta: { titleKey: 'offerings.information.title', messages: informationMessages },
    },
    // Registration (issue 11): cancel with a code, and "Mina anmälningar".
    {
      path: '/aktiviteter/anmalan/avboka',
      name: 'offerings-cancel-by-code',
      component: () => import('./registration/CancelByCodePage.vue'),
      meta: { titleKey: 'offerings.registration.cancelPage.title', messages: registrationMessages },
    },
    {
      path: '/aktiviteter/mina-anmalningar',
      name: 'offerings-my-registrations',
      component: () => import('./registration/MyRegistrationsPage.vue'),
      meta: { titleKey: 'offerings.registration.myPage.title', messages: registrationMessages },
    },
  ],
  navigation: [
    { to: '/aktiviteter', labelKey: 'offerings.activities.title' },
    { to: '/traffpunkter', labelKey: 'offerings.venues.title' },
    { to: '/information', labelKey: 'offerings.nav.information' },
  ],
  messages,
  widgets: { startPage: VenuesWidget },
});
