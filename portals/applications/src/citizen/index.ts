import { defineRemoteModule } from '@omsorg/ui';
import type { RouteRecordRaw } from 'vue-router';
import { citizenMessages, citizenStartMessages } from '../messages.ts';
import { stepPaths } from './apply/steps.ts';
import ApplicationsWidget from './ApplicationsWidget.vue';

const stepPage = () => import('./apply/ApplicationStepPage.vue');
/** Every page's title, and the citizen texts it is written in (loaded when a page is opened). */
const title = (key: string) => ({ titleKey: `applications.citizen.${key}`, messages: citizenMessages });

/** One route per question, so that each page has its own address and title. */
const questionRoutes: RouteRecordRaw[] = (
  [
    ['services', 'apply.services.title'],
    ['livesAlone', 'apply.livesAlone.title'],
    ['relatives', 'apply.relatives.title'],
    ['hospital', 'apply.hospital.title'],
    ['contactMethod', 'apply.contactMethod.title'],
    ['contactDetails', 'apply.contactDetails.title'],
    ['bestTime', 'apply.bestTime.title'],
    ['language', 'apply.language.title'],
    ['interpreter', 'apply.interpreter.title'],
    ['consent', 'apply.consent.title'],
  ] as const
).map(([kind, titleKey]) => ({
  path: `/ansokan/:id/${stepPaths[kind]}`,
  name: `applications-apply-${kind}`,
  component: stepPage,
  props: { stepPath: stepPaths[kind] },
  meta: title(titleKey),
}));

export default defineRemoteModule({
  routes: [
    { path: '/mina-arenden', name: 'applications-mine', component: () => import('./mine/MyApplicationsPage.vue'), meta: title('mine.title') },
    { path: '/mina-arenden/:id', name: 'applications-case', component: () => import('./case/CasePage.vue'), meta: title('case.routeTitle') },
    {
      path: '/mina-arenden/:id/utredning',
      name: 'applications-investigation',
      component: () => import('./case/InvestigationPage.vue'),
      meta: title('investigation.title'),
    },
    {
      path: '/mina-arenden/:id/utforare/:decisionId',
      name: 'applications-choose-provider',
      component: () => import('./provider/ChooseProviderPage.vue'),
      meta: title('chooseProvider.titleLoading'),
    },
    { path: '/mina-arenden/:id/overklaga', name: 'applications-appeal', component: () => import('./case/AppealPage.vue'), meta: title('appeal.title') },
    {
      path: '/mina-arenden/:id/vem-har-oppnat',
      name: 'applications-opened-by',
      component: () => import('./case/OpenedByPage.vue'),
      meta: title('openedBy.title'),
    },
    { path: '/ansokan', name: 'applications-apply', component: () => import('./apply/ApplyStartPage.vue'), meta: title('apply.title') },
    { path: '/ansokan/vem', name: 'applications-apply-for-whom', component: () => import('./apply/ForWhomPage.vue'), meta: title('apply.forWhom.title') },
    { path: '/ansokan/:id', name: 'applications-apply-resume', component: () => import('./apply/ResumePage.vue'), meta: title('apply.title') },
    ...questionRoutes,
    {
      path: '/ansokan/:id/behov/:service',
      name: 'applications-apply-needs',
      component: stepPage,
      props: (route) => ({ stepPath: `behov/${String(route.params.service)}` }),
      meta: title('apply.needs.title'),
    },
    { path: '/ansokan/:id/kontrollera', name: 'applications-apply-check', component: () => import('./apply/CheckAnswersPage.vue'), meta: title('check.title') },
    { path: '/ansokan/:id/skickad', name: 'applications-apply-sent', component: () => import('./apply/ApplicationSentPage.vue'), meta: title('sent.title') },
    { path: '/bli-uppringd', name: 'applications-callback', component: () => import('./callback/CallbackPage.vue'), meta: title('callback.title') },
  ],
  navigation: [
    { to: '/ansokan', labelKey: 'applications.citizen.nav.apply' },
    { to: '/mina-arenden', labelKey: 'applications.citizen.nav.mine' },
  ],
  messages: citizenStartMessages,
  widgets: { startPage: ApplicationsWidget },
});
