// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import { testPlugins } from '../testing/mount-options.ts';
import UiErrorSummary from './UiErrorSummary.vue';

describe('UiErrorSummary', () => {
  it('renders nothing without errors', () => {
    const wrapper = mount(UiErrorSummary, { props: { errors: [] }, ...testPlugins() });
    expect(wrapper.find('.ui-error-summary').exists()).toBe(false);
  });

  it('shows the Swedish heading, links to each field and takes focus', async () => {
    const wrapper = mount(UiErrorSummary, {
      props: { errors: [{ field: 'text', message: 'Skriv din synpunkt' }] },
      attachTo: document.body,
      ...testPlugins(),
    });
    await nextTick();
    await nextTick();
    expect(wrapper.get('h2').text()).toBe('Det finns fel som du behöver rätta');
    expect(wrapper.get('a').attributes('href')).toBe('#text');
    expect(document.activeElement).toBe(wrapper.get('.ui-error-summary').element);
    wrapper.unmount();
  });

  it('moves focus to the field when a link is followed', async () => {
    const field = document.createElement('input');
    field.id = 'subject';
    document.body.append(field);
    const wrapper = mount(UiErrorSummary, {
      props: { errors: [{ field: 'subject', message: 'Välj vad det gäller' }] },
      attachTo: document.body,
      ...testPlugins(),
    });
    await nextTick();
    await nextTick();
    await wrapper.get('a').trigger('click');
    expect(document.activeElement).toBe(field);
    wrapper.unmount();
    field.remove();
  });
});
