import { createRouter, createWebHistory } from 'vue-router';
import MyDetailsPage from './pages/MyDetailsPage.vue';
import NotFoundPage from './pages/NotFoundPage.vue';
import StartPage from './pages/StartPage.vue';

export function createCitizenRouter() {
  return createRouter({
    history: createWebHistory(),
    routes: [
      { path: '/', name: 'start', component: StartPage, meta: { titleKey: 'citizen.start.title' } },
      { path: '/mina-uppgifter', name: 'my-details', component: MyDetailsPage, meta: { titleKey: 'citizen.myDetails.title' } },
      { path: '/:pathMatch(.*)*', name: 'not-found', component: NotFoundPage, meta: { titleKey: 'citizen.notFound.title' } },
    ],
    scrollBehavior: (to, _from, saved) => saved ?? (to.hash ? { el: to.hash } : { top: 0 }),
  });
}
