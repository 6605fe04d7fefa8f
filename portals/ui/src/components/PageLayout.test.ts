// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { h } from 'vue';
import { testPlugins } from '../testing/mount-options.ts';
import AccountArea from './AccountArea.vue';
import PageLayout from './PageLayout.vue';

function mountLayout(slots: Record<string, () => unknown>) {
  return mount(PageLayout, { props: { serviceName: 'Omsorg' }, slots, ...testPlugins() });
}

describe('PageLayout', () => {
  it('puts the account also at the end of the menu, where a narrow screen shows it instead of a line of its own', () => {
    const wrapper = mountLayout({
      account: () => h(AccountArea, { name: 'Birgitta Ek' }),
      nav: () => h('ul', [h('li', [h('a', { href: '/mina-arenden' }, 'Mina ärenden')])]),
    });
    const menu = wrapper.get('nav .ui-fold__panel');
    expect(menu.get('.ui-nav__account').text()).toContain('Birgitta Ek');
    expect(menu.get('.ui-nav__account').find('button[type=submit]').text()).toBe('Logga ut');
    // After the menu's links, so the focus reaches it last.
    expect(menu.element.lastElementChild?.classList.contains('ui-nav__account')).toBe(true);
    expect(wrapper.get('.ui-header__account').text()).toContain('Birgitta Ek');
  });

  it('leaves the account where it is when there is no menu', () => {
    const wrapper = mountLayout({ account: () => h(AccountArea, { name: 'Birgitta Ek' }) });
    expect(wrapper.find('.ui-nav__account').exists()).toBe(false);
    expect(wrapper.get('.ui-header__account').text()).toContain('Birgitta Ek');
  });
});
