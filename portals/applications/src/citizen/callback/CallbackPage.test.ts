// @vitest-environment happy-dom
import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CitizenMyCallbackRequestsDocument, CitizenRequestCallbackDocument } from '../../generated/graphql.ts';
import { mountPage, sentWith, stubGateway } from '../testing/page.ts';
import CallbackPage from './CallbackPage.vue';

const request = { id: 'cb-1', person: { id: 'erik', fullName: 'Erik Andersson' }, phone: '070-123 45 67', message: '', requestedAt: '2026-12-05T08:00:00Z', dueAt: '2026-12-07T08:00:00Z', completedAt: null };

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStorage.clear();
  document.body.innerHTML = '';
});

describe('Bli uppringd', () => {
  it('checks the number by the shared rule, sends it trimmed, and confirms', async () => {
    const sent = stubGateway([
      [CitizenMyCallbackRequestsDocument, () => ({ myCallbackRequests: [] })],
      [CitizenRequestCallbackDocument, () => ({ requestCallback: { __typename: 'MutationRequestCallbackSuccess', data: request } })],
    ]);
    const { page } = await mountPage(CallbackPage, '/bli-uppringd');
    await flushPromises();
    await page.get('#callback-phone').setValue('ring mig');
    await page.get('form').trigger('submit');
    const summary = () => page.findAll('.ui-error-summary a').map((link) => [link.attributes('href'), link.text()]);
    await vi.waitFor(() => expect(summary()).toEqual([['#callback-phone', 'Skriv ett telefonnummer med siffror, till exempel 070-123 45 67.']]));
    expect(sentWith(sent, CitizenRequestCallbackDocument)).toEqual([]);

    await page.get('#callback-phone').setValue(' 070-123 45 67 ');
    await page.get('form').trigger('submit');
    await vi.waitFor(() => expect(page.get('h1').text()).not.toBe('Bli uppringd'));
    expect(sentWith(sent, CitizenRequestCallbackDocument)[0]?.variables).toEqual({ input: { personId: 'erik', phone: '070-123 45 67' } });
    expect(page.text()).toContain('070-123 45 67');
  });

  it('says the service’s refusal for now in its own words', async () => {
    stubGateway([
      [CitizenMyCallbackRequestsDocument, () => ({ myCallbackRequests: [] })],
      [CitizenRequestCallbackDocument, () => ({ requestCallback: { __typename: 'RateLimitError', message: 'Vänta en timme och försök igen.' } })],
    ]);
    const { page } = await mountPage(CallbackPage, '/bli-uppringd');
    await flushPromises();
    await page.get('#callback-phone').setValue('070-123 45 67');
    await page.get('form').trigger('submit');
    await vi.waitFor(() => expect(page.text()).toContain('Vänta en timme och försök igen.'));
    expect((page.get('#callback-phone').element as HTMLInputElement).value).toBe('070-123 45 67');
  });
});
