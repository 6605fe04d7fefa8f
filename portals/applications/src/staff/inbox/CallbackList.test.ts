// @vitest-environment happy-dom
import { createPortalI18n, messagesReady } from '@omsorg/ui';
import { sentWith, stubGateway, type SentOperation } from '@omsorg/ui/testing';
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { StaffCallbackRequestsDocument, StaffCompleteCallbackDocument } from '../../generated/graphql.ts';
import { staffMessages } from '../../messages.ts';
import CallbackList from './CallbackList.vue';

const callback = {
  id: 'cb-1',
  phone: '070-123 45 67',
  message: 'Ring efter lunch',
  requestedAt: '2026-12-01T09:00:00.000Z',
  dueAt: '2026-12-03T09:00:00.000Z',
  completedAt: null,
  overdue: false,
  outcome: null,
  followsId: null,
  person: { id: 'p-1', fullName: 'Signe Andersson', age: 84 },
  requestedBy: { id: 'p-2', fullName: 'Erik Andersson' },
  application: { id: 'app-1', reference: 'ANS-2026-000123' },
  assignee: null,
};


/** The gateway as the page sees it, each operation told apart by its document's hash. */
function gateway(completeAnswer: unknown): SentOperation[] {
  let done = false;
  return stubGateway([
    [StaffCallbackRequestsDocument, () => ({ callbackRequests: { nodes: done ? [] : [callback], totalCount: done ? 0 : 1, hasNextPage: false } })],
    [
      StaffCompleteCallbackDocument,
      () => {
        done = true;
        return { completeCallback: completeAnswer };
      },
    ],
  ]);
}

async function open() {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:any(.*)*', component: { template: '<div />' } }] });
  await router.push('/inkorg?vy=aterringningar');
  const i18n = createPortalI18n(staffMessages);
  await messagesReady(i18n);
  const wrapper = mount(CallbackList, { attachTo: document.body, global: { plugins: [i18n, router] } });
  await until(() => wrapper.text().includes('Signe Andersson'));
  return wrapper;
}

/** Waits for what the page does after a click, with a deadline instead of a sleep. */
async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 2000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await flushPromises();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('the callback list', () => {
  it('says who asked for whom and links the case', async () => {
    gateway(null);
    const page = await open();
    expect(page.text()).toContain('Erik Andersson bad om samtalet');
    const link = page.findAll('a').find((a) => a.text() === 'Ärende ANS-2026-000123');
    expect(link?.attributes('href')).toBe('/arenden/app-1');
  });
});

describe('marking a callback done', () => {
  it('asks how the call went and for a note first, and sends nothing without them', async () => {
    const sent = gateway({ __typename: 'MutationCompleteCallbackSuccess', data: { id: 'cb-1', completedAt: '2026-12-01T10:00:00.000Z' } });
    const page = await open();
    await page.get('#callback-complete-cb-1').trigger('click');
    await page.get('form').trigger('submit');
    await until(() => page.text().includes('Skriv vad samtalet handlade om.'));
    expect(page.text()).toContain('Välj hur samtalet gick.');
    expect(sentWith(sent, StaffCompleteCallbackDocument)).toEqual([]);
  });

  it('sends the trimmed note by the document’s hash and says it is done', async () => {
    const sent = gateway({ __typename: 'MutationCompleteCallbackSuccess', data: { id: 'cb-1', completedAt: '2026-12-01T10:00:00.000Z' } });
    const page = await open();
    await page.get('#callback-complete-cb-1').trigger('click');
    await page.get('#callback-outcome-2').setValue(true);
    await page.get('#callback-note').setValue('  Inget svar, ringer i morgon.  ');
    await page.get('form').trigger('submit');
    await until(() => page.text().includes('Återuppringningen till Signe Andersson är markerad som klar.'));
    expect(sentWith(sent, StaffCompleteCallbackDocument)[0]?.variables).toEqual({ input: { id: 'cb-1', outcome: 'NEW_CALLBACK_NEEDED', note: 'Inget svar, ringer i morgon.' } });
    expect(page.emitted('changed')).toHaveLength(1);
  });

  it('shows the service’s refusal on the note and keeps what was written', async () => {
    gateway({ __typename: 'ValidationError', message: 'Rätta', issues: [{ field: 'note', message: 'Återuppringningen är redan gjord.' }] });
    const page = await open();
    await page.get('#callback-complete-cb-1').trigger('click');
    await page.get('#callback-outcome').setValue(true);
    await page.get('#callback-note').setValue('Ringde');
    await page.get('form').trigger('submit');
    await until(() => page.text().includes('Återuppringningen är redan gjord.'));
    expect(page.get<HTMLTextAreaElement>('#callback-note').element.value).toBe('Ringde');
  });
});
