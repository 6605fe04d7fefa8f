// @vitest-environment happy-dom
import { testPlugins, stubGateway } from '@omsorg/ui/testing';
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import sv from '../../../locales/funnel/sv.json' with { type: 'json' };
import { StaffCampaignFunnelDocument } from '../../../generated/graphql.ts';
import CampaignFunnel from './CampaignFunnel.vue';

const c = (women: number, men: number) => ({ women, men, total: women + men });
const s = (women: number | null, men: number | null, total: number | null) => ({ women, men, total });
const FUNNEL = {
  cohort: c(4, 2),
  steps: [
    { step: 'INVITED', counts: c(4, 2), ofPrevious: s(100, 100, 100), ofInvited: s(100, 100, 100) },
    { step: 'ANSWERED', counts: c(3, 1), ofPrevious: s(75, 50, 66.7), ofInvited: s(75, 50, 66.7) },
    { step: 'BOOKED', counts: c(2, 1), ofPrevious: s(66.7, 100, 75), ofInvited: s(50, 50, 50) },
    { step: 'HELD', counts: c(2, 0), ofPrevious: s(100, 0, 66.7), ofInvited: s(50, 0, 33.3) },
    { step: 'REFERRED', counts: c(1, 0), ofPrevious: s(50, null, 50), ofInvited: s(25, 0, 16.7) },
  ],
};

function open(cohortFixedAt: string | null) {
  const plugins = testPlugins();
  plugins.i18n.global.mergeLocaleMessage('sv', sv);
  // The chart needs a canvas; the page's part under test is what screen readers get.
  return mount(CampaignFunnel, { props: { campaign: { id: 'c-75', name: 'Hälsosamtal 75', cohortFixedAt } }, global: { ...plugins.global, stubs: { BarChart: { template: '<div class="chart-stub" />' } } } });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the funnel on the campaign page', () => {
  it('says the funnel comes once the cohort is fixed, and asks for nothing before', async () => {
    const sent = stubGateway([]);
    const page = open(null);
    await flushPromises();
    expect(page.text()).toContain('Tratten visas när urvalet är fastställt.');
    expect(sent).toEqual([]);
  });

  it('reads to a screen reader as a sentence and a table with a caption, row and column headers and Swedish per cent; the chart is hidden from it', async () => {
    stubGateway([[StaffCampaignFunnelDocument, () => ({ campaignFunnel: FUNNEL })]]);
    const page = open('2026-12-01T09:00:00Z');
    await flushPromises();
    await flushPromises();
    expect(page.find('section#campaign-funnel').attributes('aria-labelledby')).toBe('campaign-funnel-title');
    expect(page.text()).toContain('Av 6 personer i urvalet har 6 bjudits in, 4 svarat, 3 bokat samtal, 2 haft samtalet och 1 remitterats till en handläggare.');
    const chart = page.find('.campaign-funnel__chart');
    expect(chart.attributes('aria-hidden')).toBe('true');
    expect(chart.find('.chart-stub').exists()).toBe(true);
    const table = page.find('table');
    expect(table.find('caption').text()).toBe('Antal personer per steg, kvinnor och män');
    expect(table.findAll('thead th').map((th) => [th.text(), th.attributes('scope')])).toEqual([
      ['Steg', 'col'],
      ['Kvinnor', 'col'],
      ['Män', 'col'],
      ['Totalt', 'col'],
      ['Andel av föregående steg', 'col'],
      ['Andel av inbjudna', 'col'],
    ]);
    const rows = table.findAll('tbody tr').map((row) => [row.find('th').attributes('scope'), ...row.findAll('th, td').map((cell) => cell.text())]);
    expect(rows[0]).toEqual(['row', 'I urvalet', '4', '2', '6', '–ingen andel', '–ingen andel']);
    expect(rows[2]).toEqual(['row', 'Svarat', '3', '1', '4', '66,7 %', '66,7 %']);
    expect(rows[5]).toEqual(['row', 'Remitterade', '1', '0', '1', '50 %', '16,7 %']);
    expect(page.find('button').text()).toBe('Ladda ner som CSV');
  });

  it('says the number of one person in the singular', async () => {
    stubGateway([[StaffCampaignFunnelDocument, () => ({ campaignFunnel: { ...FUNNEL, cohort: c(1, 0) } })]]);
    const page = open('2026-12-01T09:00:00Z');
    await flushPromises();
    await flushPromises();
    expect(page.text()).toContain('Av 1 person i urvalet har 6 bjudits in');
  });
});
