import { defineRemoteModule } from '@omsorg/ui';
import InvitationWidget from './invitation/InvitationWidget.vue';
import { citizenMessages, citizenStartMessages } from './messages.ts';

const invitationPage = () => import('./invitation/InvitationPage.vue');
const bookingPage = () => import('./booking/BookingPage.vue');
/** Every page's title, and the citizen texts it is written in (loaded when a page is opened). */
const title = (key: string) => ({ titleKey: `outreach.citizen.${key}`, messages: citizenMessages });

/**
 * The citizen side: answering an invitation to a health conversation, with the code from the
 * letter and the birth date (no BankID), or signed in from the start page.
 */
export default defineRemoteModule({
  routes: [
    { path: '/inbjudan', name: 'outreach-invitation-open', component: () => import('./invitation/OpenInvitationPage.vue'), meta: title('open.title') },
    { path: '/inbjudan/svar', name: 'outreach-invitation', component: invitationPage, meta: title('page.title') },
    { path: '/inbjudningar/:invitationId', name: 'outreach-my-invitation', component: invitationPage, props: true, meta: title('page.title') },
    { path: '/inbjudan/boka', name: 'outreach-invitation-booking', component: bookingPage, meta: { titleKey: 'outreach.booking.title', messages: citizenMessages } },
    { path: '/inbjudningar/:invitationId/boka', name: 'outreach-my-invitation-booking', component: bookingPage, props: true, meta: { titleKey: 'outreach.booking.title', messages: citizenMessages } },
  ],
  navigation: [],
  messages: citizenStartMessages,
  widgets: { startPage: InvitationWidget },
});
