// Helpers for mounting a citizen page in a test (happy-dom), with the gateway stubbed by document hash.
import { sentWith, stubGateway as stubUiGateway, testPlugins, type SentOperation } from '@omsorg/ui/testing';
import rulesSv from '@omsorg/rules/messages/sv.json';
import { mount } from '@vue/test-utils';
import type { Component } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import citizenSv from '../../locales/citizen/sv.json';
import sharedSv from '../../locales/sv.json';

/** Who is signed in unless a test says otherwise (the ui's Me query, answered for any unknown hash). */
export const erik = {
  __typename: 'Person',
  id: 'erik',
  givenName: 'Erik',
  familyName: 'Andersson',
  fullName: 'Erik Andersson',
  preferredLanguage: 'sv',
  interpreterNeeded: false,
  districtArea: null,
  mayActFor: [],
};

/** The gateway stubbed by document hash; any other document (the ui's Me) answers Erik. */
export function stubGateway(answers: Parameters<typeof stubUiGateway>[0]): SentOperation[] {
  return stubUiGateway(answers, () => ({ me: erik }));
}

export { sentWith, type SentOperation as Sent };

/** Mounts a page at an address, in Swedish, with the citizen's and the rules' messages. */
export async function mountPage(page: Component, path: string, props: Record<string, unknown> = {}) {
  const { i18n } = testPlugins();
  i18n.global.mergeLocaleMessage('sv', { ...sharedSv, applications: { ...sharedSv.applications, ...citizenSv.applications }, rules: rulesSv });
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/ansokan/:id/:rest(.*)*', component: { template: '<div />' } },
      { path: '/mina-arenden/:id/:rest(.*)*', component: { template: '<div />' } },
      { path: '/:any(.*)*', component: { template: '<div />' } },
    ],
  });
  await router.push(path);
  const wrapper = mount(page, { props, global: { plugins: [i18n, router] }, attachTo: document.body });
  return { page: wrapper, router };
}
