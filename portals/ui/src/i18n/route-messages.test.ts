// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { createPortalI18n } from './create-portal-i18n.ts';
import { lazyMessages } from './lazy-messages.ts';
import { loadRouteMessages } from './route-messages.ts';

const page = defineComponent({ render: () => h('p') });

function setUp(loader: () => Promise<{ default: object }>) {
  const i18n = createPortalI18n();
  const load = vi.fn(loader);
  const messages = lazyMessages({ sv: load, en: load, fi: load, ar: load });
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: page },
      { path: '/sida', component: page, meta: { messages } },
    ],
  });
  loadRouteMessages(router, i18n);
  return { i18n, router, load };
}

describe('loadRouteMessages', () => {
  it("loads a route's messages before the route is shown, and only when it is opened", async () => {
    const { i18n, router, load } = setUp(async () => ({ default: { page: { title: 'Sidan' } } }));
    await router.push('/');
    expect(load).not.toHaveBeenCalled();
    await router.push('/sida');
    expect(router.currentRoute.value.path).toBe('/sida');
    expect(i18n.global.t('page.title')).toBe('Sidan');
  });

  it('shows the route even when its messages cannot be fetched', async () => {
    const { router } = setUp(() => Promise.reject(new Error('offline')));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await router.push('/sida');
    expect(router.currentRoute.value.path).toBe('/sida');
  });
});
