// @vitest-environment happy-dom
import rulesSv from '@omsorg/rules/messages/sv.json';
import { sentWith, stubGateway, testPlugins } from '@omsorg/ui/testing';
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StaffCouncilMeetingsDocument, StaffEscalateToLexSarahDocument, StaffFeedbackQualityDocument } from '../../generated/graphql.ts';
import sv from '../../locales/sv.json';
import LexSarahPanel from './LexSarahPanel.vue';

const ITEM = 'a0000000-0000-4000-8000-000000000001';
const meetings = { councilMeetings: { totalCount: 1, hasNextPage: false, nodes: [{ id: 'm1', month: '2026-12', meetingOn: '2026-12-10', status: 'PLANNED' }] } };

function gateway(report: unknown) {
  return stubGateway([
    [StaffFeedbackQualityDocument, () => ({ feedback: { id: ITEM, referenceNumber: 'SYN-2026-000042', lexSarahReport: report } })],
    [StaffCouncilMeetingsDocument, () => meetings],
    [StaffEscalateToLexSarahDocument, () => ({ escalateToLexSarah: { __typename: 'MutationEscalateToLexSarahSuccess', data: { id: 'r1', referenceNumber: 'LS-2026-0003' } } })],
  ]);
}

async function openPanel() {
  const plugins = testPlugins();
  plugins.i18n.global.mergeLocaleMessage('sv', { ...sv, rules: rulesSv });
  const wrapper = mount(LexSarahPanel, { props: { feedbackId: ITEM, feedbackVersion: 4 }, attachTo: document.body, global: plugins.global });
  await vi.waitFor(() => expect(wrapper.find('h2').exists()).toBe(true));
  await flushPromises();
  return wrapper;
}

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStorage.clear();
  document.body.innerHTML = '';
});

describe('the item page’s quality panel', () => {
  it('escalates the item with the version the page showed, and tells the page it changed', async () => {
    const sent = gateway(null);
    const wrapper = await openPanel();
    expect(wrapper.find('h2').text()).toBe('Kvalitetsarbete');
    await wrapper.findAll('button').find((b) => b.text() === 'Gör en lex Sarah-rapport')!.trigger('click');
    await wrapper.find('#panel-lex-sarah-what').setValue('Brukaren fick inte sitt insulin.');
    await wrapper.find('#panel-lex-sarah-place').setValue('Hemma hos brukaren');
    await wrapper.find('#panel-lex-sarah-reported-by').setValue('Undersköterska');
    await wrapper.find('#panel-lex-sarah-what').element.closest('form')!.dispatchEvent(new Event('submit'));
    await vi.waitFor(() => expect(wrapper.emitted('changed')).toHaveLength(1));
    expect(sentWith(sent, StaffEscalateToLexSarahDocument).map((o) => o.variables.input)).toEqual([
      { whatHappened: 'Brukaren fick inte sitt insulin.', place: 'Hemma hos brukaren', happenedOn: null, reportedBy: 'Undersköterska', feedbackId: ITEM, feedbackVersion: 4, deviationId: null },
    ]);
  });

  it('links to the report once there is one, and offers the planned meeting for the agenda', async () => {
    gateway({ id: 'r1', referenceNumber: 'LS-2026-0003', status: 'INVESTIGATING', investigationDue: '2027-02-05', investigationOverdue: false });
    const wrapper = await openPanel();
    expect(wrapper.text()).toContain('Rapporterad enligt lex Sarah: LS-2026-0003, Under utredning.');
    expect(wrapper.find('a[href="/lex-sarah/r1"]').text()).toBe('Öppna rapport LS-2026-0003');
    expect(wrapper.findAll('button').some((b) => b.text() === 'Gör en lex Sarah-rapport')).toBe(false);
    expect(wrapper.findAll('#panel-agenda-meeting option').map((o) => o.text())).toContain('Kvalitetsråd 10 december 2026');
  });
});
