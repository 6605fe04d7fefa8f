import { defineRemoteModule } from '@omsorg/ui';
import { messages, surveyMessages } from '../messages.ts';
import FeedbackWidget from './FeedbackWidget.vue';

export default defineRemoteModule({
  routes: [
    {
      path: '/synpunkter',
      name: 'feedback-form',
      component: () => import('./FeedbackPage.vue'),
      meta: { titleKey: 'feedback.form.title' },
    },
    // The yearly user survey (its part of issue 10): for people with current care services.
    { path: '/enkat', name: 'feedback-survey', component: () => import('./survey/SurveyPage.vue'), meta: { titleKey: 'feedback.survey.citizen.title', messages: surveyMessages } },
    { path: '/enkat/tack', name: 'feedback-survey-thanks', component: () => import('./survey/SurveyThanksPage.vue'), meta: { titleKey: 'feedback.survey.citizen.thanksTitle', messages: surveyMessages } },
    {
      path: '/synpunkter/status',
      name: 'feedback-status',
      component: () => import('./status/FeedbackStatusPage.vue'),
      meta: { titleKey: 'feedback.status.title' },
    },
    {
      path: '/synpunkter/mina',
      name: 'feedback-mine',
      component: () => import('./mine/MyFeedbackPage.vue'),
      meta: { titleKey: 'feedback.mine.title' },
    },
    {
      // A provider answers feedback forwarded to it, through the link in the mail (no sign-in).
      path: '/synpunkter/svar/:token',
      name: 'feedback-provider-answer',
      component: () => import('./provider/ProviderAnswerPage.vue'),
      props: true,
      meta: { titleKey: 'feedback.provider.title' },
    },
  ],
  navigation: [{ to: '/synpunkter', labelKey: 'feedback.nav.citizen' }],
  messages,
  widgets: { startPage: FeedbackWidget },
});
