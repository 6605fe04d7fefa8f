// @vitest-environment happy-dom
import { createPortalI18n, messagesReady } from '@omsorg/ui';
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { staffMessages } from '../../messages.ts';
import InboxCounts from './InboxCounts.vue';
import type { InboxCounts as Counts } from './inbox-items.ts';

const counts = {
  work: 11,
  submitted: 10,
  mine: 9,
  unassigned: 8,
  urgent: 7,
  overdue: 6,
  openAppeals: 5,
  servicesNotOrdered: 4,
  plansOverdue: 3,
  followUpsDue: 2,
  openCallbacks: 1,
} as Counts;

describe('the inbox counts', () => {
  it('link each number to the list it counts, at the addresses they have always had', async () => {
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:any(.*)*', component: { template: '<div />' } }] });
    const i18n = createPortalI18n(staffMessages);
    await messagesReady(i18n);
    const wrapper = mount(InboxCounts, { props: { counts }, global: { plugins: [i18n, router] } });
    const links = wrapper.findAll('a').map((link) => [link.get('.work-counts__count').text(), link.attributes('href')]);
    expect(links).toEqual([
      ['11', '/inkorg'],
      ['10', '/inkorg?status=nya'],
      ['9', '/inkorg?handlaggare=mina'],
      ['8', '/inkorg?handlaggare=ej-tilldelade'],
      ['7', '/inkorg?bradskande=ja'],
      ['6', '/inkorg?forsenade=ja'],
      ['5', '/inkorg?arbete=overklaganden'],
      ['4', '/inkorg?arbete=att-bestalla'],
      ['3', '/inkorg?arbete=genomforandeplaner'],
      ['2', '/inkorg?arbete=uppfoljningar'],
      ['1', '/inkorg?vy=aterringningar'],
    ]);
    wrapper.unmount();
  });
});
