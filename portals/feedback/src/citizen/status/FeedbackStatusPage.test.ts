// @vitest-environment happy-dom
import rulesSv from '@omsorg/rules/messages/sv.json';
import { sentWith, stubGateway, testPlugins } from '@omsorg/ui/testing';
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CitizenFeedbackStatusDocument } from '../../generated/graphql.ts';
import sv from '../../locales/sv.json';
import FeedbackStatusPage from './FeedbackStatusPage.vue';

async function openPage(path: string) {
  const plugins = testPlugins();
  plugins.i18n.global.mergeLocaleMessage('sv', { ...sv, rules: rulesSv });
  await plugins.router.push(path);
  const wrapper = mount(FeedbackStatusPage, { attachTo: document.body, global: plugins.global });
  await flushPromises();
  return wrapper;
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('the status page', () => {
  it('looks up the number the receipt’s link brings, as typed, and shows the status and nothing written', async () => {
    const sent = stubGateway([
      [
        CitizenFeedbackStatusDocument,
        () => ({ feedbackStatus: { __typename: 'QueryFeedbackStatusSuccess', data: { referenceNumber: 'SYN-2026-000042', type: 'COMPLAINT', receivedOn: '2026-12-03', status: 'IN_PROGRESS', answered: true } } }),
      ],
    ]);
    const wrapper = await openPage('/synpunkter/status?referens=syn-2026-000042');
    await vi.waitFor(() => expect(wrapper.text()).toContain('Status för SYN-2026-000042'));
    expect(sentWith(sent, CitizenFeedbackStatusDocument).map((operation) => operation.variables)).toEqual([{ referenceNumber: 'SYN-2026-000042' }]);
    const facts = wrapper.find('.feedback-status').text();
    for (const shown of ['Klagomål', '3 december 2026', 'Under handläggning', 'Ja', 'En medarbetare utreder det.']) expect(facts).toContain(shown);
  });

  it('asks for a number before looking, and says plainly when there is none', async () => {
    const sent = stubGateway([[CitizenFeedbackStatusDocument, () => ({ feedbackStatus: { __typename: 'NotFoundError', message: 'Vi hittar ingen synpunkt med det referensnumret.' } })]]);
    const wrapper = await openPage('/synpunkter/status');
    expect(sentWith(sent, CitizenFeedbackStatusDocument)).toEqual([]);
    await wrapper.find('form').trigger('submit');
    await vi.waitFor(() => expect(wrapper.find('.ui-error-summary').text()).toContain('Skriv referensnumret'));
    expect(sentWith(sent, CitizenFeedbackStatusDocument)).toEqual([]);

    await wrapper.find('#feedback-reference').setValue('SYN-1999-000001');
    await wrapper.find('form').trigger('submit');
    await vi.waitFor(() => expect(wrapper.text()).toContain('Vi hittar ingen synpunkt med det referensnumret.'));
    expect(wrapper.find('.feedback-status').exists()).toBe(false);
  });
});
