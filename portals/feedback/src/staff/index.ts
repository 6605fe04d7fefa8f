import { defineRemoteModule, StaffRole } from '@omsorg/ui';
import { handlingMessages, indicatorsMessages, messages, statisticsMessages, surveyMessages } from '../messages.ts';
import { qualityRoutes } from './quality/routes.ts';

/** The quality council's and managers' pages; a caseworker or outreach worker loads this remote only for the items assigned to them. */
const OVERSIGHT = [StaffRole.QualityCouncil, StaffRole.Manager];

export default defineRemoteModule({
  routes: [
    {
      path: '/synpunkter',
      name: 'feedback-staff-list',
      component: () => import('./FeedbackListPage.vue'),
      meta: { titleKey: 'feedback.staff.title', messages: handlingMessages },
    },
    {
      path: '/synpunkter/registrera',
      name: 'feedback-staff-register',
      component: () => import('./register/RegisterFeedbackPage.vue'),
      meta: { titleKey: 'feedback.staff.registerTitle', messages: handlingMessages },
    },
    {
      path: '/synpunkter/:id',
      name: 'feedback-staff-item',
      component: () => import('./item/FeedbackItemPage.vue'),
      props: true,
      meta: { titleKey: 'feedback.staff.itemTitle', messages: handlingMessages },
    },
    // The yearly user survey (its part of issue 10).
    { path: '/kvalitet/enkat', name: 'feedback-survey-results', component: () => import('./survey/SurveyResultsPage.vue'), meta: { titleKey: 'feedback.survey.staff.title', messages: surveyMessages } },
    {
      path: '/kvalitet/enkat/:surveyId/papper',
      name: 'feedback-survey-paper',
      component: () => import('./survey/PaperSurveyPage.vue'),
      props: true,
      meta: { titleKey: 'feedback.survey.staff.paper.title', messages: surveyMessages },
    },
    ...qualityRoutes,
    {
      path: '/synpunkter/statistik',
      name: 'feedback-staff-statistics',
      component: () => import('./statistics/StatisticsPage.vue'),
      meta: { titleKey: 'feedback.statistics.title', messages: statisticsMessages },
    },
    {
      path: '/kvalitet/indikatorer',
      name: 'feedback-staff-indicators',
      component: () => import('./indicators/IndicatorsPage.vue'),
      meta: { titleKey: 'feedback.indicators.title', messages: indicatorsMessages },
    },
  ],
  navigation: [
    { to: '/synpunkter', labelKey: 'feedback.nav.staff' },
    { to: '/avvikelser', labelKey: 'feedback.nav.deviations', roles: OVERSIGHT },
    { to: '/lex-sarah', labelKey: 'feedback.nav.lexSarah', roles: OVERSIGHT },
    { to: '/kvalitetsrad', labelKey: 'feedback.nav.council', roles: OVERSIGHT },
    { to: '/synpunkter/statistik', labelKey: 'feedback.nav.statistics', roles: OVERSIGHT },
    { to: '/kvalitet/indikatorer', labelKey: 'feedback.nav.indicators', roles: OVERSIGHT },
    { to: '/kvalitet/enkat', labelKey: 'feedback.survey.nav.staff', roles: OVERSIGHT },
  ],
  messages,
});
