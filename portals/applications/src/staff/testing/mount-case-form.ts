/* eslint-disable vue/one-component-per-file -- a shell and a page, the smallest harness for a case form (as in the ui's SessionEndedNotice test) */
import { createPortalI18n, SessionEndedNotice } from '@omsorg/ui';
import { mount } from '@vue/test-utils';
import { vi } from 'vitest';
import { defineComponent, h, shallowRef, type Component } from 'vue';
import { createMemoryHistory, createRouter, RouterView } from 'vue-router';
import { messages } from '../../messages.ts';
import { provideCase } from '../case/case-context.ts';
import type { StaffApplication } from '../types.ts';

const HANNA = { __typename: 'StaffMember', id: 's-hanna', name: 'Hanna Lind', username: 'hanna', unitId: 'u-1', roles: ['CASEWORKER'] };

/**
 * The gateway as it answers once the sign-in has ended: `me` still answers (the staff member was
 * read before), every other operation is refused with SESSION_ENDED, as the shared client sees it.
 */
export function sessionEndsOnNextSave(): void {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const { query } = JSON.parse(String(init.body)) as { query: string };
      const body = /\bme\b/.test(query) && !/mutation/.test(query)
        ? { data: { me: HANNA } }
        : { errors: [{ message: 'Din inloggning har avslutats.', extensions: { code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' } }] };
      return new Response(JSON.stringify(body), { status: 'errors' in body ? 401 : 200, headers: { 'content-type': 'application/json' } });
    }),
  );
}

/** A case step's form on `path`, inside a staff shell with its session-ended notice, on the case `application`. */
export async function mountCaseForm(form: Component, application: StaffApplication, path: string, props: Record<string, unknown> = {}) {
  const i18n = createPortalI18n(messages);
  const page = defineComponent({ setup: () => () => h(form, props) });
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:any(.*)*', component: page }] });
  await router.push(path);
  await router.isReady();
  const Shell = defineComponent({
    setup() {
      provideCase({ application: shallowRef(application), support: shallowRef(null), reload: async () => {}, replace: () => {} });
      return () => h('div', [h(SessionEndedNotice), h(RouterView)]);
    },
  });
  return mount(Shell, { attachTo: document.body, global: { plugins: [i18n, router] } });
}
