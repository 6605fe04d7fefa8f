// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import SafeText from './SafeText.vue';

const empty = defineComponent({ render: () => h('p') });

function render(text: string, headingLevel?: 2 | 3) {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:any(.*)*', component: empty }] });
  return { router, wrapper: mount(SafeText, { props: { text, headingLevel }, global: { plugins: [router] } }) };
}

describe('SafeText', () => {
  it('renders headings at the level given, lists, paragraphs with their line breaks, and links', () => {
    const { wrapper } = render('## Rubrik\nRad ett\nRad två\n\n- [Synpunkter](/synpunkter)\n- [DIGG](https://www.digg.se)', 3);
    expect(wrapper.get('h3').text()).toBe('Rubrik');
    expect(wrapper.find('h2').exists()).toBe(false);
    expect(wrapper.get('p').html()).toContain('Rad ett<br>Rad två');
    expect(wrapper.findAll('li a').map((a) => a.attributes('href'))).toEqual(['/synpunkter', 'https://www.digg.se']);
  });

  it('shows hostile markup as text: no element, attribute or link is made of it', () => {
    const { wrapper } = render('<script>alert(1)</script>\n<img src=x onerror="alert(1)">\n[klicka](javascript:alert(1))\n## <iframe src="https://evil.example">');
    const root = wrapper.element as HTMLElement;
    expect(root.querySelectorAll('script, img, iframe, a')).toHaveLength(0);
    expect(root.querySelector('p')?.textContent).toBe('<script>alert(1)</script><img src=x onerror="alert(1)">[klicka](javascript:alert(1))');
    expect(root.querySelector('h2')?.textContent).toBe('<iframe src="https://evil.example">');
  });

  it('keeps a phone number left to right in an isolate, also in an Arabic text', () => {
    const { wrapper } = render('اتصل على الرقم 08-508 00 508 اليوم.');
    expect(wrapper.get('bdi').attributes('dir')).toBe('ltr');
    expect(wrapper.get('bdi').text()).toBe('08-508 00 508');
    expect(wrapper.get('p').text()).toBe('اتصل على الرقم 08-508 00 508 اليوم.');
  });

  it('opens a path in Omsorg in the portal, without a reload', async () => {
    const { wrapper, router } = render('[Lämna synpunkter](/synpunkter)');
    await router.isReady();
    const navigated = new Promise<void>((resolve) => router.afterEach(() => resolve()));
    await wrapper.get('a').trigger('click', { button: 0 });
    await navigated;
    expect(router.currentRoute.value.path).toBe('/synpunkter');
  });
});
