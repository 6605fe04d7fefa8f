// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { testPlugins } from '../testing/mount-options.ts';
import HeaderFold from './HeaderFold.vue';
import LanguageSwitcher from './LanguageSwitcher.vue';
import TextSizeSetting from './TextSizeSetting.vue';

function mountSettings() {
  return mount(HeaderFold, { attachTo: document.body, props: { label: 'Språk och textstorlek' }, slots: { default: [LanguageSwitcher, TextSizeSetting] }, ...testPlugins() });
}

describe('HeaderFold', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('is one labelled button that controls the panel holding language and text size', () => {
    const wrapper = mountSettings();
    const toggle = wrapper.get('button');
    expect(toggle.text()).toContain('Språk och textstorlek');
    expect(toggle.attributes('aria-expanded')).toBe('false');
    const panel = wrapper.get(`#${toggle.attributes('aria-controls')}`);
    expect(panel.findAll('legend').map((legend) => legend.text())).toEqual(['Språk', 'Textstorlek']);
    wrapper.unmount();
  });

  it('opens and closes by the button, and keeps the focus on it', async () => {
    const wrapper = mountSettings();
    const toggle = wrapper.get('button');
    (toggle.element as HTMLButtonElement).focus();
    await toggle.trigger('click');
    expect(toggle.attributes('aria-expanded')).toBe('true');
    expect(wrapper.classes()).toContain('ui-fold--open');
    expect(document.activeElement).toBe(toggle.element);
    await toggle.trigger('click');
    expect(toggle.attributes('aria-expanded')).toBe('false');
    wrapper.unmount();
  });

  it('closes on Escape from inside the panel and returns the focus to the button', async () => {
    const wrapper = mountSettings();
    const toggle = wrapper.get('button');
    await toggle.trigger('click');
    const finnish = wrapper.get('#ui-language-fi');
    (finnish.element as HTMLInputElement).focus();
    await finnish.trigger('keydown', { key: 'Escape' });
    expect(toggle.attributes('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle.element);
    wrapper.unmount();
  });

  it('closes on a click elsewhere on the page, but not on a click inside it', async () => {
    const wrapper = mountSettings();
    const toggle = wrapper.get('button');
    await toggle.trigger('click');
    wrapper.get('label[for="ui-text-size-large"]').element.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await wrapper.vm.$nextTick();
    expect(toggle.attributes('aria-expanded')).toBe('true');
    document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await wrapper.vm.$nextTick();
    expect(toggle.attributes('aria-expanded')).toBe('false');
    wrapper.unmount();
  });

  it('closes when a link in it is followed, as in the folded menu', async () => {
    const wrapper = mount(HeaderFold, { attachTo: document.body, props: { label: 'Meny' }, slots: { default: '<a href="#mina-arenden">Mina ärenden</a>' }, ...testPlugins() });
    const toggle = wrapper.get('button');
    await toggle.trigger('click');
    await wrapper.get('a').trigger('click');
    expect(toggle.attributes('aria-expanded')).toBe('false');
    wrapper.unmount();
  });
});
