// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { testPlugins } from '../testing/mount-options.ts';
import UiTextField from './UiTextField.vue';

describe('UiTextField', () => {
  it('has a visible label tied to the input', () => {
    const wrapper = mount(UiTextField, { props: { id: 'name', label: 'Ditt namn' }, ...testPlugins() });
    expect(wrapper.get('label').attributes('for')).toBe('name');
    expect(wrapper.get('label').text()).toBe('Ditt namn');
    expect(wrapper.get('input').attributes('aria-invalid')).toBeUndefined();
    expect(wrapper.get('input').attributes('aria-describedby')).toBeUndefined();
  });

  it('describes the input by its hint and error and marks it invalid', () => {
    const wrapper = mount(UiTextField, {
      props: { id: 'email', label: 'E-post', hint: 'Vi svarar hit', error: 'Skriv en giltig e-postadress' },
      ...testPlugins(),
    });
    const input = wrapper.get('input');
    expect(input.attributes('aria-invalid')).toBe('true');
    expect(input.attributes('aria-describedby')).toBe('email-hint email-error');
    expect(wrapper.get('#email-error').text()).toContain('Skriv en giltig e-postadress');
  });

  it('makes the label the page heading for a one-question page', () => {
    const plain = mount(UiTextField, { props: { id: 'q', label: 'När passar det bäst?' }, ...testPlugins() });
    expect(plain.find('h1').exists()).toBe(false);
    const question = mount(UiTextField, { props: { id: 'q', label: 'När passar det bäst?', asPageHeading: true }, ...testPlugins() });
    expect(question.get('h1 label').attributes('for')).toBe('q');
  });

  it('says that an optional field is optional', () => {
    const wrapper = mount(UiTextField, { props: { id: 'phone', label: 'Telefon', optional: true }, ...testPlugins() });
    expect(wrapper.get('label').text()).toBe('Telefon (frivilligt)');
  });

  it('updates its v-model', async () => {
    const wrapper = mount(UiTextField, {
      props: { id: 'n', label: 'Namn', modelValue: '', 'onUpdate:modelValue': (v: string) => wrapper.setProps({ modelValue: v }) },
      ...testPlugins(),
    });
    await wrapper.get('input').setValue('Signe');
    expect(wrapper.props('modelValue')).toBe('Signe');
  });
});
