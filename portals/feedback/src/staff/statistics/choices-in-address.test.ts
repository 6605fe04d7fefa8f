// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent, h, type Ref } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { useChoicesInAddress } from './choices-in-address.ts';

async function setUp(path: string) {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/statistik', component: { render: () => null } }] });
  await router.push(path);
  let choices!: Record<'ar' | 'enhet', Ref<string>>;
  const Page = defineComponent({
    setup() {
      choices = useChoicesInAddress((query) => ({ ar: typeof query.ar === 'string' && /^\d{4}$/.test(query.ar) ? query.ar : '2026', enhet: typeof query.enhet === 'string' ? query.enhet : '' }));
      return () => h('div');
    },
  });
  mount(Page, { global: { plugins: [router] } });
  return { router, choices };
}

describe('useChoicesInAddress', () => {
  it('starts from the address, falling back where it has nothing usable', async () => {
    expect((await setUp('/statistik?ar=2024&enhet=Kista')).choices.ar.value).toBe('2024');
    const { choices } = await setUp('/statistik?ar=tjugo');
    expect([choices.ar.value, choices.enhet.value]).toEqual(['2026', '']);
  });

  it('writes a choice to the address, an empty one out of it, and reads the address again when it changes', async () => {
    const { router, choices } = await setUp('/statistik?ar=2024&enhet=Kista&sida=2');
    choices.ar.value = '2022';
    choices.enhet.value = '';
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ ar: '2022', sida: '2' });
    await router.push('/statistik?ar=2023&enhet=Kista');
    await flushPromises();
    expect([choices.ar.value, choices.enhet.value]).toEqual(['2023', 'Kista']);
  });
});
