import type { RouteRecordRaw } from 'vue-router';
import { qualityMessages } from './messages.ts';

/** The quality work's staff pages (lex Sarah, deviations, the council), with their own words. */
const meta = (titleKey: string) => ({ titleKey, messages: qualityMessages });

export const qualityRoutes: RouteRecordRaw[] = [
  { path: '/lex-sarah', name: 'feedback-lex-sarah', component: () => import('./lex-sarah/LexSarahListPage.vue'), meta: meta('feedback.quality.lexSarah.title') },
  { path: '/lex-sarah/:id', name: 'feedback-lex-sarah-report', component: () => import('./lex-sarah/LexSarahReportPage.vue'), meta: meta('feedback.quality.lexSarah.reportPageTitle') },
  { path: '/avvikelser', name: 'feedback-deviations', component: () => import('./deviations/DeviationListPage.vue'), meta: meta('feedback.quality.deviation.title') },
  { path: '/avvikelser/:id', name: 'feedback-deviation', component: () => import('./deviations/DeviationPage.vue'), meta: meta('feedback.quality.deviation.pageTitleShort') },
  { path: '/kvalitetsrad', name: 'feedback-council', component: () => import('./council/CouncilListPage.vue'), meta: meta('feedback.quality.council.title') },
  { path: '/kvalitetsrad/atgarder', name: 'feedback-council-actions', component: () => import('./council/CouncilActionsPage.vue'), meta: meta('feedback.quality.council.actionsTitle') },
  { path: '/kvalitetsrad/:id', name: 'feedback-council-meeting', component: () => import('./council/CouncilMeetingPage.vue'), meta: meta('feedback.quality.council.meetingPageTitle') },
];
