// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { useTextSize } from '../composables/useTextSize.ts';
import { testPlugins } from '../testing/mount-options.ts';
import TextSizeSetting from './TextSizeSetting.vue';

describe('TextSizeSetting', () => {
  afterEach(() => useTextSize().setTextSize('normal'));

  it('is a fieldset with a legend and three choices', () => {
    const wrapper = mount(TextSizeSetting, testPlugins());
    expect(wrapper.get('legend').text()).toBe('Textstorlek');
    expect(wrapper.findAll('input[type="radio"]').map((i) => i.attributes('value'))).toEqual(['normal', 'large', 'largest']);
    expect(wrapper.findAll('label').map((l) => l.text())).toEqual(['A Normal', 'A Stor', 'A Störst']);
  });

  it('scales the root through a data attribute and remembers the choice', async () => {
    const wrapper = mount(TextSizeSetting, testPlugins());
    await wrapper.get('input[value="largest"]').setValue(true);
    expect(document.documentElement.dataset.textSize).toBe('largest');
    expect(localStorage.getItem('omsorg.textSize')).toBe('largest');
    await wrapper.get('input[value="normal"]').setValue(true);
    expect(document.documentElement.dataset.textSize).toBeUndefined();
  });
});
