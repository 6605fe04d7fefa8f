// @vitest-environment happy-dom
import { testPlugins } from '@omsorg/ui/testing';
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import DateField from './DateField.vue';

describe('DateField', () => {
  it('is a date input tied to its label, not marked optional unless told', () => {
    const wrapper = mount(DateField, { props: { id: 'due', label: 'Klart senast' }, ...testPlugins() });
    expect(wrapper.get('label').attributes('for')).toBe('due');
    expect(wrapper.get('label').text()).toBe('Klart senast');
    expect(wrapper.get('input').attributes('type')).toBe('date');
    expect(wrapper.get('input').attributes('aria-describedby')).toBeUndefined();
  });

  it('describes the input by its hint and error, marks it invalid and says when it is optional', () => {
    const wrapper = mount(DateField, { props: { id: 'from', label: 'Från', hint: 'Till exempel 2026-12-05', error: 'Skriv ett datum', optional: true, max: '2026-12-31' }, ...testPlugins() });
    const input = wrapper.get('input');
    expect(input.attributes('aria-describedby')).toBe('from-hint from-error');
    expect(input.attributes('aria-invalid')).toBe('true');
    expect(input.attributes('max')).toBe('2026-12-31');
    expect(wrapper.get('#from-error').text()).toContain('Skriv ett datum');
    expect(wrapper.find('.ui-label__optional').exists()).toBe(true);
  });

  it('updates its model and can be a time input', async () => {
    const wrapper = mount(DateField, { props: { id: 'at', label: 'Klockan', type: 'time' as const, modelValue: '', 'onUpdate:modelValue': (value: string) => wrapper.setProps({ modelValue: value }) }, ...testPlugins() });
    expect(wrapper.get('input').attributes('type')).toBe('time');
    await wrapper.get('input').setValue('09:30');
    expect(wrapper.props('modelValue')).toBe('09:30');
  });
});
