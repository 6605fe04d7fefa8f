// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { GraphqlRequestError } from '../graphql/graphql-request-error.ts';
import { testPlugins } from '../testing/mount-options.ts';
import UiLoadError from './UiLoadError.vue';

describe('UiLoadError', () => {
  it("shows the server's own words when it refuses for now, with no retry button", () => {
    const message = 'Du har skickat många ansökningar på kort tid. Vänta 3 timmar och försök igen.';
    const error = new GraphqlRequestError('graphql', message, { errors: [{ message, extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 10_000 } }] });
    const wrapper = mount(UiLoadError, { props: { error }, ...testPlugins() });
    expect(wrapper.text()).toContain(message);
    expect(wrapper.find('button').exists()).toBe(false);
  });

  it('offers to try again when the server cannot be reached', () => {
    const wrapper = mount(UiLoadError, { props: { error: new GraphqlRequestError('network', 'offline') }, ...testPlugins() });
    expect(wrapper.find('button').exists()).toBe(true);
  });
});
