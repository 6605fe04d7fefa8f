// @vitest-environment happy-dom
import { stubGateway, testPlugins } from '@omsorg/ui/testing';
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import sv from '../../locales/sv.json' with { type: 'json' };
import { StaffCampaignsDocument } from '../../generated/graphql.ts';
import CampaignsPage from '../campaigns/CampaignsPage.vue';
import { pageFromQuery } from './usePagedQuery.ts';

const campaign = (n: number) => ({ id: `c-${n}`, name: `Kampanj ${n}`, status: 'PLANNED', startsOn: null, endsOn: null, cohortSize: null });

async function open(address: string, answer: (variables: Record<string, unknown>) => unknown) {
  const sent = stubGateway([[StaffCampaignsDocument, answer]]);
  const plugins = testPlugins();
  plugins.i18n.global.mergeLocaleMessage('sv', sv);
  await plugins.router.push(address);
  const page = mount(CampaignsPage, { global: plugins.global });
  await flushPromises();
  return { page, sent, router: plugins.router };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a paged staff list (usePagedQuery and PagedTable, here the campaigns)', () => {
  it('reads the page number from ?sida, falling back to 1', () => {
    expect([pageFromQuery(undefined), pageFromQuery('3'), pageFromQuery('0'), pageFromQuery('x'), pageFromQuery('-2')]).toEqual([1, 3, 1, 1, 1]);
  });

  it('asks for the page in the address and shows it as a table with its caption, a region named by it, and the pager', async () => {
    const { page, sent, router } = await open('/kampanjer?sida=2', () => ({
      campaigns: { totalCount: 25, hasNextPage: false, nodes: [21, 22, 23, 24, 25].map(campaign) },
    }));
    expect(sent.map((operation) => operation.variables)).toEqual([{ offset: 20, limit: 20 }]);
    const region = page.find('.ui-table-wrapper');
    expect(region.attributes('role')).toBe('region');
    expect(region.attributes('aria-labelledby')).toBe('campaigns-caption');
    expect(page.find('caption#campaigns-caption').text()).toBe('Uppsökande kampanjer');
    expect(page.findAll('tbody th[scope="row"]').map((th) => th.text())).toEqual(['Kampanj 21', 'Kampanj 22', 'Kampanj 23', 'Kampanj 24', 'Kampanj 25']);
    expect(page.find('.ui-pager').exists()).toBe(true);

    await router.push('/kampanjer?sida=1');
    await flushPromises();
    expect(sent.map((operation) => operation.variables)).toEqual([
      { offset: 20, limit: 20 },
      { offset: 0, limit: 20 },
    ]);
  });

  it('says there is nothing yet instead of an empty table, without a pager', async () => {
    const { page } = await open('/kampanjer', () => ({ campaigns: { totalCount: 0, hasNextPage: false, nodes: [] } }));
    expect(page.text()).toContain('Det finns inga kampanjer ännu.');
    expect(page.find('table').exists()).toBe(false);
    expect(page.find('.ui-pager').exists()).toBe(false);
  });
});
