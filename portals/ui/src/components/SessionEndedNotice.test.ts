// @vitest-environment happy-dom
/* eslint-disable vue/one-component-per-file -- a shell and a page, the smallest harness for the notice */
import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, nextTick, onMounted, reactive } from 'vue';
import { markSessionEnded, useKeptForm } from '../session/session-ended.ts';
import { testPlugins } from '../testing/mount-options.ts';
import SessionEndedNotice from './SessionEndedNotice.vue';

const PAGE = '/ansokan/5d0a7f8e/behov?fran=kontrollera';

/** A page with a form that keeps its text over a new sign-in, as the application pages do. */
const TypingPage = defineComponent({
  setup() {
    const form = reactive({ needs: '' });
    const { takeKept } = useKeptForm(() => ({ ...form }));
    onMounted(() => Object.assign(form, takeKept() ?? {}));
    return () => h('textarea', { value: form.needs, onInput: (event: Event) => (form.needs = (event.target as HTMLTextAreaElement).value) });
  },
});
const Shell = defineComponent({ setup: () => () => h('div', [h(SessionEndedNotice), h(TypingPage)]) });

async function openPage() {
  const plugins = testPlugins();
  await plugins.router.push(PAGE);
  await plugins.router.isReady();
  return mount(Shell, { attachTo: document.body, ...plugins });
}

afterEach(() => {
  vi.restoreAllMocks();
  sessionStorage.clear();
});

describe('SessionEndedNotice', () => {
  it('says nothing while the sign-in is valid', async () => {
    const wrapper = await openPage();
    expect(wrapper.find('[data-testid="session-ended"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('offers "Logga in igen" back to the same page, and nothing typed is lost', async () => {
    const wrapper = await openPage();
    await wrapper.get('textarea').setValue('Jag behöver hjälp med dusch och inköp.');
    markSessionEnded();
    await nextTick();
    await nextTick();
    const notice = wrapper.get('[data-testid="session-ended"]');
    expect(notice.get('h2').text()).toBe('Din inloggning har avslutats');
    expect(document.activeElement).toBe(notice.element);
    const button = notice.get('a');
    expect(button.text()).toBe('Logga in igen');
    expect(button.attributes('href')).toBe(`/auth/login?returnTo=${encodeURIComponent(PAGE)}`);

    const assign = vi.spyOn(window.location, 'assign').mockImplementation(() => {});
    await button.trigger('click');
    expect(assign).toHaveBeenCalledWith(`/auth/login?returnTo=${encodeURIComponent(PAGE)}`);
    wrapper.unmount();

    // Back from the sign-in, on the same address: the text is there again, and only once.
    const returned = await openPage();
    expect((returned.get('textarea').element as HTMLTextAreaElement).value).toBe('Jag behöver hjälp med dusch och inköp.');
    returned.unmount();
    const again = await openPage();
    expect((again.get('textarea').element as HTMLTextAreaElement).value).toBe('');
    again.unmount();
  });
});
