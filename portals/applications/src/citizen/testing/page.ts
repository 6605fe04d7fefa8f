// Helpers for mounting a citizen page in a test (happy-dom), with the gateway stubbed by document hash.
import { documentHash } from '@omsorg/ui';
import { testPlugins } from '@omsorg/ui/testing';
import rulesSv from '@omsorg/rules/messages/sv.json';
import { mount } from '@vue/test-utils';
import { vi } from 'vitest';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
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

export type Sent = { hash: string; variables: Record<string, unknown> };
type Answer = (variables: Record<string, unknown>) => unknown;

/**
 * Stubs fetch as the gateway: each generated document is answered by its hash (trusted
 * documents: the body carries only the hash and the variables). Returns what was sent.
 */
export function stubGateway(answers: Array<[TypedDocumentNode<any, any>, Answer]>): Sent[] {
  const byHash = new Map(answers.map(([document, answer]) => [documentHash(document as TypedDocumentNode<unknown, never>), answer]));
  const sent: Sent[] = [];
  vi.stubGlobal('fetch', async (_url: string, init: { body: string }) => {
    const body = JSON.parse(init.body) as { variables?: Record<string, unknown>; extensions: { persistedQuery: { sha256Hash: string } } };
    const hash = body.extensions.persistedQuery.sha256Hash;
    const variables = body.variables ?? {};
    sent.push({ hash, variables });
    const data = byHash.get(hash)?.(variables) ?? { me: erik };
    return new Response(JSON.stringify({ data }), { headers: { 'content-type': 'application/json' } });
  });
  return sent;
}

/** What was sent with one document. */
export function sentWith(sent: Sent[], document: TypedDocumentNode<any, any>): Sent[] {
  const hash = documentHash(document as TypedDocumentNode<unknown, never>);
  return sent.filter((request) => request.hash === hash);
}

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
