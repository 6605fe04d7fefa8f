// @vitest-environment happy-dom
import { createPortalI18n, messagesReady } from '@omsorg/ui';
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { staffMessages } from '../../messages.ts';
import { InboxSortField, SortDirection } from '../../generated/graphql.ts';
import InboxResultStatus from './InboxResultStatus.vue';

const byPriority = { field: InboxSortField.Priority, direction: SortDirection.Asc };

async function status(props: { loading: boolean; filtered: boolean; totalCount: number; sort: typeof byPriority }) {
  const i18n = createPortalI18n(staffMessages);
  await messagesReady(i18n);
  return mount(InboxResultStatus, { props, global: { plugins: [i18n] } });
}

describe('the inbox status line', () => {
  it('says how many cases the list holds and in what order once loaded, in a live region', async () => {
    const wrapper = await status({ loading: false, filtered: true, totalCount: 3, sort: byPriority });
    const line = wrapper.get('[role="status"]');
    expect(line.attributes('aria-live')).toBe('polite');
    expect(line.attributes('aria-atomic')).toBe('true');
    expect(line.text()).toBe('3 ärenden matchar filtret. Brådskande först, sedan det som ska göras först.');
    wrapper.unmount();
  });

  it('says it is loading while another page or filter is read, not the count of the list it replaces', async () => {
    const wrapper = await status({ loading: false, filtered: false, totalCount: 12, sort: byPriority });
    const line = wrapper.get('[role="status"]');
    expect(line.text()).toContain('12 ärenden.');

    await wrapper.setProps({ loading: true, filtered: true, sort: { field: InboxSortField.Reference, direction: SortDirection.Desc } });
    // The same element, so a screen reader hears the change.
    expect(wrapper.get('[role="status"]').element).toBe(line.element);
    expect(line.text()).toBe('Hämtar ärenden …');
    expect(line.text()).not.toContain('12');

    await wrapper.setProps({ loading: false, totalCount: 1 });
    expect(line.text()).toMatch(/^1 ärende matchar filtret\. Sorterat efter .+\.$/);
    wrapper.unmount();
  });
});
