// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, nextTick } from 'vue';
import { useLocale } from '../composables/useLocale.ts';
import { createPortalI18n, loadLocale, mergeMessages, messagesReady } from './create-portal-i18n.ts';
import { lazyMessages, type LazyLocaleMessages } from './lazy-messages.ts';
import type { MessageTree } from './locales.ts';

function shellMessages() {
  return {
    sv: vi.fn(async () => ({ shell: { title: 'Välkommen', onlySwedish: 'Bara på svenska' } })),
    en: vi.fn(async () => ({ shell: { title: 'Welcome' } })),
    fi: vi.fn(async () => ({ shell: { title: 'Tervetuloa' } })),
    ar: vi.fn(async () => ({ shell: { title: 'مرحبا' } })),
  } satisfies LazyLocaleMessages;
}

/** A loader that resolves only when the test says so. */
function deferred() {
  let resolve: (tree: MessageTree) => void = () => {};
  const promise = new Promise<MessageTree>((r) => (resolve = r));
  return { load: vi.fn(() => promise), resolve: (tree: MessageTree) => resolve(tree) };
}

beforeEach(() => localStorage.clear());

describe('messages loaded on demand', () => {
  it('loads only Swedish for a Swedish reader', async () => {
    const shell = shellMessages();
    const i18n = createPortalI18n(shell);
    await messagesReady(i18n);
    expect(i18n.global.t('shell.title')).toBe('Välkommen');
    expect(i18n.global.t('ui.language.legend')).not.toBe('ui.language.legend');
    expect(shell.sv).toHaveBeenCalledTimes(1);
    for (const other of [shell.en, shell.fi, shell.ar]) expect(other).not.toHaveBeenCalled();
  });

  it('loads a stored language and Swedish as its fallback, nothing else', async () => {
    localStorage.setItem('omsorg.locale', 'fi');
    const shell = shellMessages();
    const i18n = createPortalI18n(shell);
    await messagesReady(i18n);
    expect(i18n.global.t('shell.title')).toBe('Tervetuloa');
    expect(i18n.global.t('shell.onlySwedish')).toBe('Bara på svenska');
    expect(shell.en).not.toHaveBeenCalled();
    expect(shell.ar).not.toHaveBeenCalled();
  });

  it('loads a new language for every registered package once, when it is chosen', async () => {
    const shell = shellMessages();
    const remote = shellMessages();
    const i18n = createPortalI18n(shell);
    await mergeMessages(i18n, remote);
    expect(remote.ar).not.toHaveBeenCalled();
    await loadLocale(i18n.global, 'ar');
    await loadLocale(i18n.global, 'ar');
    expect(shell.ar).toHaveBeenCalledTimes(1);
    expect(remote.ar).toHaveBeenCalledTimes(1);
    expect(shell.sv).toHaveBeenCalledTimes(1);
  });

  it('tries a failed language again next time', async () => {
    const shell = shellMessages();
    shell.en.mockRejectedValueOnce(new Error('offline'));
    const i18n = createPortalI18n(shell);
    await expect(loadLocale(i18n.global, 'en')).rejects.toThrow('offline');
    await loadLocale(i18n.global, 'en');
    i18n.global.locale.value = 'en';
    expect(i18n.global.t('shell.title')).toBe('Welcome');
  });

  it('switches language only once its messages are there, so no key is ever shown', async () => {
    const fi = deferred();
    const i18n = createPortalI18n({ ...shellMessages(), fi: fi.load });
    await messagesReady(i18n);
    let switchTo: (locale: 'fi') => Promise<void> = async () => {};
    const Probe = defineComponent(() => {
      const { setLocale } = useLocale();
      switchTo = setLocale;
      const { t } = i18n.global;
      return () => h('p', t('shell.title'));
    });
    const wrapper = mount(Probe, { global: { plugins: [i18n] } });
    const switching = switchTo('fi');
    await nextTick();
    expect(fi.load).toHaveBeenCalled();
    expect(wrapper.text()).toBe('Välkommen');
    fi.resolve({ shell: { title: 'Tervetuloa' } });
    await switching;
    await nextTick();
    expect(wrapper.text()).toBe('Tervetuloa');
    expect(document.documentElement.lang).toBe('fi');
  });
});

describe('plain Swedish', () => {
  it('shows the plain-Swedish message where there is one and the Swedish one, key by key, where not', async () => {
    localStorage.setItem('omsorg.locale', 'sv-x-easy');
    const shell = { ...shellMessages(), 'sv-x-easy': vi.fn(async () => ({ shell: { title: 'Hej och välkommen' } })) };
    const i18n = createPortalI18n(shell);
    await messagesReady(i18n);
    expect(i18n.global.t('shell.title')).toBe('Hej och välkommen');
    expect(i18n.global.t('shell.onlySwedish')).toBe('Bara på svenska');
    expect(shell.en).not.toHaveBeenCalled();
  });

  it('needs no messages of a package: it shows the Swedish ones, and the page is Swedish to a screen reader', async () => {
    const shell = shellMessages();
    const i18n = createPortalI18n(shell);
    await messagesReady(i18n);
    let switchTo: (locale: 'sv-x-easy') => Promise<void> = async () => {};
    const Probe = defineComponent(() => {
      const { setLocale } = useLocale();
      switchTo = setLocale;
      return () => h('p', i18n.global.t('shell.title'));
    });
    const wrapper = mount(Probe, { global: { plugins: [i18n] } });
    await switchTo('sv-x-easy');
    await nextTick();
    expect(i18n.global.locale.value).toBe('sv-x-easy');
    expect(wrapper.text()).toBe('Välkommen');
    expect(document.documentElement.lang).toBe('sv');
    expect(document.documentElement.dir).toBe('ltr');
    expect(localStorage.getItem('omsorg.locale')).toBe('sv-x-easy');
  });
});

describe('lazyMessages', () => {
  it('merges the shared file and an audience file of one language', async () => {
    const messages = lazyMessages({
      sv: async () => [{ default: { app: { status: 'Inskickad' } } }, { default: { app: { citizen: { title: 'Mina ansökningar' } } } }],
      en: async () => ({ default: {} }),
      fi: async () => ({ default: {} }),
      ar: async () => ({ default: {} }),
    });
    expect(await messages.sv()).toEqual({ app: { status: 'Inskickad', citizen: { title: 'Mina ansökningar' } } });
    expect(messages['sv-x-easy']).toBeUndefined();
  });

  it('takes plain Swedish when a package writes it', async () => {
    const none = async () => ({ default: {} });
    const messages = lazyMessages({ sv: none, en: none, fi: none, ar: none, 'sv-x-easy': async () => ({ default: { app: { status: 'Skickad' } } }) });
    expect(await messages['sv-x-easy']?.()).toEqual({ app: { status: 'Skickad' } });
  });
});
