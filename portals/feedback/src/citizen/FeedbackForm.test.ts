// @vitest-environment happy-dom
import rulesSv from '@omsorg/rules/messages/sv.json';
import { sentWith, stubGateway, testPlugins } from '@omsorg/ui/testing';
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CitizenSubmitFeedbackDocument } from '../generated/graphql.ts';
import sv from '../locales/sv.json';
import FeedbackForm from './FeedbackForm.vue';

/** The gateway: the feedback mutation answers `submitted`; any other document (who is signed in) answers "nobody". */
function gateway(submitted: unknown) {
  return stubGateway([[CitizenSubmitFeedbackDocument, () => ({ submitFeedback: submitted })]], () => ({ me: null }));
}

async function openForm() {
  const plugins = testPlugins();
  plugins.i18n.global.mergeLocaleMessage('sv', { ...sv, rules: rulesSv });
  await plugins.router.push('/synpunkter');
  const wrapper = mount(FeedbackForm, { attachTo: document.body, global: plugins.global });
  await flushPromises();
  return wrapper;
}

const summary = (wrapper: Awaited<ReturnType<typeof openForm>>) => wrapper.findAll('.ui-error-summary li a').map((link) => [link.attributes('href'), link.text()]);

async function fillIn(wrapper: Awaited<ReturnType<typeof openForm>>) {
  await wrapper.find('input[value="PRAISE"]').setValue();
  await wrapper.find('#feedback-subject').setValue('TREATMENT');
  await wrapper.find('#feedback-text').setValue('  Personalen var mycket vänlig.  ');
}

/** Submits and waits (polling, with vitest's deadline) until the form has answered. */
async function submit(wrapper: Awaited<ReturnType<typeof openForm>>, done: () => void) {
  await wrapper.find('form').trigger('submit');
  await vi.waitFor(done);
  await flushPromises();
}

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStorage.clear();
  document.body.innerHTML = '';
});

describe('the feedback form', () => {
  it('lists every mistake in the error summary, in the form’s order and words, and sends nothing', async () => {
    const sent = gateway(null);
    const wrapper = await openForm();
    await wrapper.find('#feedback-contact-phone').setValue('08-12');
    await submit(wrapper, () => expect(summary(wrapper)).not.toEqual([]));
    expect(summary(wrapper)).toEqual([
      ['#feedback-type', 'Välj vad du vill lämna'],
      ['#feedback-subject', 'Välj vad det gäller'],
      ['#feedback-text', 'Skriv vad du vill berätta'],
      ['#feedback-contact-phone', 'Skriv ett telefonnummer med siffror, till exempel 070-123 45 67.'],
    ]);
    expect(document.activeElement?.classList.contains('ui-error-summary')).toBe(true);
    expect(sentWith(sent, CitizenSubmitFeedbackDocument)).toEqual([]);
  });

  it('sends anonymously without the contact details and gives the reference number', async () => {
    const sent = gateway({ __typename: 'MutationSubmitFeedbackSuccess', data: { id: 'f-1', referenceNumber: 'SYN-2026-000042', anonymous: true } });
    const wrapper = await openForm();
    await fillIn(wrapper);
    await wrapper.find('#feedback-contact-email').setValue('inte en adress');
    await wrapper.find('#feedback-anonymous').setValue(true);
    expect(wrapper.find('#feedback-contact-email').exists()).toBe(false);
    await submit(wrapper, () => expect(wrapper.emitted('sent')).toBeDefined());
    expect(sentWith(sent, CitizenSubmitFeedbackDocument).map((operation) => operation.variables.input)).toEqual([{ type: 'PRAISE', subject: 'TREATMENT', text: 'Personalen var mycket vänlig.', anonymous: true }]);
    expect(wrapper.emitted('sent')).toEqual([[{ referenceNumber: 'SYN-2026-000042', anonymous: true, hasContact: false }]]);
  });

  it('shows the service’s message on its field, a refusal or a failure above the form, keeping what was typed', async () => {
    gateway({ __typename: 'ValidationError', message: 'Rätta', issues: [{ field: 'contactEmail', message: 'Adressen finns inte.' }] });
    const wrapper = await openForm();
    await fillIn(wrapper);
    await wrapper.find('#feedback-contact-email').setValue('signe@exempel.se');
    await submit(wrapper, () => expect(summary(wrapper)).not.toEqual([]));
    expect(summary(wrapper)).toEqual([['#feedback-contact-email', 'Adressen finns inte.']]);

    vi.unstubAllGlobals();
    gateway({ __typename: 'RateLimitError', message: 'Du har skickat många synpunkter på kort tid. Vänta 1 minut och försök igen.' });
    await submit(wrapper, () => expect(wrapper.text()).toContain('Vänta 1 minut'));
    expect(wrapper.text()).toContain('Vänta 1 minut och försök igen.');

    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('offline'))));
    await submit(wrapper, () => expect(wrapper.text()).toContain('Det gick inte att skicka just nu. Det du har skrivit finns kvar.'));
    expect((wrapper.find('#feedback-text').element as HTMLTextAreaElement).value).toBe('  Personalen var mycket vänlig.  ');
    expect(wrapper.emitted('sent')).toBeUndefined();
  });

  it('puts back what was typed before "Logga in igen"', async () => {
    gateway(null);
    sessionStorage.setItem(
      'omsorg:kept-form:/synpunkter#feedback',
      JSON.stringify({ type: 'COMPLAINT', subject: 'STAFFING', text: 'Ingen kom i tisdags.', anonymous: false, contactName: '', contactEmail: '', contactPhone: '' }),
    );
    const wrapper = await openForm();
    expect((wrapper.find('input[value="COMPLAINT"]').element as HTMLInputElement).checked).toBe(true);
    expect((wrapper.find('#feedback-text').element as HTMLTextAreaElement).value).toBe('Ingen kom i tisdags.');
  });
});
