import { defineRemoteModule } from '@omsorg/ui';
import { staffMessages } from '../messages.ts';
import { staffNavigation } from './navigation.ts';
import StaffStartPart from './start/StaffStartPart.vue';

const caseTitle = (step: string) => `applications.staff.case.${step}.title`;

export default defineRemoteModule({
  routes: [
    {
      path: '/inkorg',
      name: 'applications-staff-inbox',
      component: () => import('./inbox/InboxPage.vue'),
      meta: { titleKey: 'applications.staff.inbox.title' },
    },
    {
      path: '/arenden/:id',
      component: () => import('./case/CaseLayout.vue'),
      children: [
        { path: '', name: 'applications-staff-case', component: () => import('./case/overview/CaseOverviewPage.vue'), meta: { titleKey: caseTitle('overview') } },
        {
          path: 'utredning',
          name: 'applications-staff-case-investigation',
          component: () => import('./case/investigation/InvestigationPage.vue'),
          meta: { titleKey: caseTitle('investigation') },
        },
        {
          path: 'kommunicering',
          name: 'applications-staff-case-communication',
          component: () => import('./case/communication/CommunicationPage.vue'),
          meta: { titleKey: caseTitle('communication') },
        },
        {
          path: 'arendedragning',
          name: 'applications-staff-case-review',
          component: () => import('./case/review/CaseReviewPage.vue'),
          meta: { titleKey: caseTitle('review') },
        },
        {
          path: 'beslut',
          name: 'applications-staff-case-decisions',
          component: () => import('./case/decision/DecisionPage.vue'),
          meta: { titleKey: caseTitle('decision') },
        },
        {
          path: 'overklagande',
          name: 'applications-staff-case-appeals',
          component: () => import('./case/appeal/AppealPage.vue'),
          meta: { titleKey: caseTitle('appeal') },
        },
        {
          path: 'bestallning',
          name: 'applications-staff-case-orders',
          component: () => import('./case/order/OrderPage.vue'),
          meta: { titleKey: caseTitle('order') },
        },
        {
          path: 'uppfoljning',
          name: 'applications-staff-case-follow-up',
          component: () => import('./case/follow-up/CaseFollowUpPage.vue'),
          meta: { titleKey: caseTitle('followUp') },
        },
      ],
    },
    {
      path: '/registrera-ansokan',
      name: 'applications-staff-register-application',
      component: () => import('./intake/RegisterApplicationPage.vue'),
      meta: { titleKey: 'applications.staff.intake.title' },
    },
    {
      path: '/arendedragning',
      name: 'applications-staff-case-review-agenda',
      component: () => import('./review/CaseReviewAgendaPage.vue'),
      meta: { titleKey: 'applications.staff.agenda.title' },
    },
    {
      path: '/beslut-att-fatta',
      name: 'applications-staff-decision-queue',
      component: () => import('./decisions/DecisionQueuePage.vue'),
      meta: { titleKey: 'applications.staff.queue.title' },
    },
    {
      path: '/uppfoljningar',
      name: 'applications-staff-follow-ups',
      component: () => import('./follow-ups/FollowUpsPage.vue'),
      meta: { titleKey: 'applications.staff.followUps.title' },
    },
    {
      path: '/statistik',
      name: 'applications-staff-statistics',
      component: () => import('./statistics/StatisticsPage.vue'),
      meta: { titleKey: 'applications.staff.statistics.title' },
    },
    {
      path: '/statistik/ej-verkstallda-beslut',
      name: 'applications-staff-not-started',
      component: () => import('./statistics/NotStartedReportPage.vue'),
      meta: { titleKey: 'applications.staff.notStarted.title' },
    },
  ],
  navigation: staffNavigation,
  messages: staffMessages,
  widgets: { startPage: StaffStartPart },
});
