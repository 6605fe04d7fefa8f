// @vitest-environment happy-dom
import { createPortalI18n, messagesReady } from '@omsorg/ui';
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { staffMessages } from '../../messages.ts';
import type { InboxItem } from './inbox-items.ts';
import InboxTable from './InboxTable.vue';

const item: InboxItem = {
  dueOn: '2026-12-10',
  overdue: false,
  work: [
    { kind: 'OPEN_APPEAL', count: 1 },
    { kind: 'SERVICE_NOT_ORDERED', count: 3 },
  ],
  case: {
    id: 'a-1',
    reference: 'ANS-2026-000001',
    status: 'DECIDED',
    version: 3,
    submittedAt: '2026-11-26T09:00:00.000Z',
    createdAt: '2026-11-26T09:00:00.000Z',
    urgent: false,
    districtArea: 'Hägersten',
    applicant: { id: 'p-1', fullName: 'Signe Andersson', age: 84, legalGender: 'FEMALE', districtArea: 'Hägersten' },
    assignee: { id: 's-1', name: 'Hanna Lind' },
    serviceTypes: ['SAFETY_ALARM'],
    otherOpenApplications: [{ id: 'a-2', reference: 'ANS-2026-000002' }],
  },
};

async function table(sort: { field: 'PRIORITY' | 'REFERENCE'; direction: 'ASC' | 'DESC' }) {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:any(.*)*', component: { template: '<div />' } }] });
  const i18n = createPortalI18n(staffMessages);
  await messagesReady(i18n);
  return mount(InboxTable, { props: { items: [item], caption: 'Ansökningar', selectable: false, busyId: null, sort }, global: { plugins: [i18n, router] } });
}

describe('the inbox table', () => {
  it('says on the sorted column’s header which way it is sorted, and asks for a sort by a button', async () => {
    const wrapper = await table({ field: 'REFERENCE', direction: 'DESC' });
    const sorted = wrapper.findAll('th[aria-sort]');
    expect(sorted.map((header) => [header.text().replace(/\s*\S$/, ''), header.attributes('aria-sort')])).toEqual([['Ärende', 'descending']]);
    const received = wrapper.findAll('th button').find((button) => button.text().startsWith('Inkom'))!;
    await received.trigger('click');
    expect(wrapper.emitted('sort')).toEqual([['RECEIVED']]);
  });

  it('marks the default order on the due column', async () => {
    const wrapper = await table({ field: 'PRIORITY', direction: 'ASC' });
    expect(wrapper.find('th[aria-sort]').text()).toContain('Åtgärdas senast');
    expect(wrapper.find('th[aria-sort]').attributes('aria-sort')).toBe('ascending');
  });

  it('says what the case waits for and warns of the person’s other open application', async () => {
    const wrapper = await table({ field: 'PRIORITY', direction: 'ASC' });
    expect(wrapper.text()).toContain('Överklagande att pröva');
    expect(wrapper.text()).toContain('3 insatser att beställa');
    expect(wrapper.text()).toContain('Personen har en annan öppen ansökan:');
    expect(wrapper.find('a[href="/arenden/a-2"]').text()).toBe('ANS-2026-000002');
  });
});
