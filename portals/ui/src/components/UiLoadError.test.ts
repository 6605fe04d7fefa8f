// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { GraphqlRequestError } from '../graphql/graphql-request-error.ts';
import { testPlugins } from '../testing/mount-options.ts';
import UiLoadError from './UiLoadError.vue';

describe('UiLoadError', () => {
  it('offers to try again when the server cannot be reached', () => {
    const wrapper = mount(UiLoadError, { props: { error: new GraphqlRequestError('network', 'offline') }, ...testPlugins() });
    expect(wrapper.find('button').exists()).toBe(true);
  });

  it('leaves an ended sign-in to the page-wide notice: no second sign-in button', () => {
    const ended = { message: 'Din inloggning har avslutats.', extensions: { code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' } };
    const error = new GraphqlRequestError('graphql', ended.message, { errors: [ended], status: 401 });
    const wrapper = mount(UiLoadError, { props: { error }, ...testPlugins() });
    expect(wrapper.text()).toBe('');
    expect(wrapper.find('a').exists()).toBe(false);
  });

  it('still offers to sign in when there was no sign-in', () => {
    const error = new GraphqlRequestError('graphql', 'Not signed in', { errors: [{ message: 'Not signed in', extensions: { code: 'UNAUTHENTICATED' } }], status: 401 });
    const wrapper = mount(UiLoadError, { props: { error }, ...testPlugins() });
    expect(wrapper.text()).toContain('logga in');
  });
});
