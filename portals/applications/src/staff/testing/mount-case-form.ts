/* eslint-disable vue/one-component-per-file -- a shell and a page, the smallest harness for a case form (as in the ui's SessionEndedNotice test) */
import { documentHash } from '@omsorg/ui';
import { stubGatewayResponses } from '@omsorg/ui/testing';
import { mount } from '@vue/test-utils';
import { vi } from 'vitest';
import { defineComponent, h, shallowRef, type Component } from 'vue';
import { createMemoryHistory, createRouter, RouterView } from 'vue-router';
import * as generated from '../../generated/graphql.ts';
import type { CaseApplication } from '../case/case-data.ts';

const HANNA = { __typename: 'StaffMember', id: 's-hanna', name: 'Hanna Lind', username: 'hanna', unitId: 'u-1', roles: ['CASEWORKER'] };

/** The hashes of this package's operations (generated documents carry only their hash). */
const ownOperations = new Set(
  Object.values(generated).flatMap((value) => (typeof value === 'object' && value !== null && '__meta__' in value ? [documentHash(value as never)] : [])),
);

/**
 * The gateway as it answers once the sign-in has ended: the shell's `me` (an operation of the ui
 * package) still answers, as the staff member was read before; every operation of this package
 * is refused with SESSION_ENDED, as the shared client sees it.
 */
export function sessionEndsOnNextSave(): void {
  stubGatewayResponses(({ hash }) =>
    ownOperations.has(hash)
      ? { status: 401, body: { errors: [{ message: 'Din inloggning har avslutats.', extensions: { code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' } }] } }
      : { body: { data: { me: HANNA } } },
  );
}

/**
 * Opens a case step's form on `path` as a browser loads the page: fresh modules (so nothing but
 * sessionStorage survives from an earlier "page", as after the sign-in's redirect), the staff
 * shell's session-ended notice above it, on the case `application`. Returns the ui module too.
 */
export async function openCasePage(loadForm: () => Promise<{ default: Component }>, application: CaseApplication, path: string, props: Record<string, unknown> = {}) {
  vi.resetModules();
  const [ui, { staffMessages }, { provideCase }, { default: form }] = await Promise.all([
    import('@omsorg/ui'),
    import('../../messages.ts'),
    import('../case/case-context.ts'),
    loadForm(),
  ]);
  const page = defineComponent({ setup: () => () => h(form, props) });
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:any(.*)*', component: page }] });
  await router.push(path);
  await router.isReady();
  const Shell = defineComponent({
    setup() {
      provideCase({ application: shallowRef(application), support: shallowRef(null), reload: async () => {}, replace: () => {} });
      return () => h('div', [h(ui.SessionEndedNotice, { tellKeptNotSaved: true }), h(RouterView)]);
    },
  });
  const i18n = ui.createPortalI18n(staffMessages);
  await ui.messagesReady(i18n);
  const wrapper = mount(Shell, { attachTo: document.body, global: { plugins: [i18n, router] } });
  return Object.assign(wrapper, { ui });
}
