// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import UiProgressBar from './UiProgressBar.vue';

describe('UiProgressBar (letter batches, population imports, programmes)', () => {
  it('is a progress bar named by its label and described by the text beside it', () => {
    const bar = mount(UiProgressBar, { props: { label: 'Hur långt breven har kommit', value: 1240, max: 20000 }, slots: { default: '1 240 av 20 000 brev' } });
    const progress = bar.find('progress');
    expect(bar.find('label').attributes('for')).toBe(progress.attributes('id'));
    expect(bar.find('label').text()).toBe('Hur långt breven har kommit');
    expect([progress.attributes('value'), progress.attributes('max')]).toEqual(['1240', '20000']);
    const described = progress.attributes('aria-describedby');
    expect(bar.find(`p#${described}`).text()).toBe('1 240 av 20 000 brev');
  });

  it('never has a maximum of 0 (nothing counted yet reads as not begun, not as done)', () => {
    const bar = mount(UiProgressBar, { props: { label: 'Förlopp', value: 0, max: 0 } });
    expect(bar.find('progress').attributes('max')).toBe('1');
  });
});
