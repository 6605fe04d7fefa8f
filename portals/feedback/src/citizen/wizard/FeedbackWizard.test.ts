// @vitest-environment happy-dom
import rulesSv from '@omsorg/rules/messages/sv.json';
import { useMe } from '@omsorg/ui';
import { sentWith, stubGateway, testPlugins } from '@omsorg/ui/testing';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CitizenSubmitFeedbackDocument } from '../../generated/graphql.ts';
import sv from '../../locales/sv.json';
import FeedbackWizard from './FeedbackWizard.vue';

const SIGNE = '3d0c4c0e-7a57-4f0a-9a56-6a7d3e1f2b01';
const erik = {
  __typename: 'Person',
  id: 'erik',
  givenName: 'Erik',
  familyName: 'Andersson',
  fullName: 'Erik Andersson',
  preferredLanguage: 'sv',
  interpreterNeeded: false,
  districtArea: null,
  postalAddress: null,
  mayActFor: [{ id: 'r1', kind: 'GUARDIAN', validFrom: '2025-01-01', validTo: null, represented: { id: SIGNE, fullName: 'Signe Andersson' } }],
};

/** The gateway: who is signed in, and what the feedback mutation answers. */
async function gateway(submitted: unknown, me: unknown = null) {
  const sent = stubGateway([[CitizenSubmitFeedbackDocument, () => ({ submitFeedback: submitted })]], () => ({ me }));
  await useMe().refresh();
  return sent;
}

async function openWizard() {
  const plugins = testPlugins();
  plugins.i18n.global.mergeLocaleMessage('sv', { ...sv, rules: rulesSv });
  await plugins.router.push('/synpunkter');
  const wrapper = mount(FeedbackWizard, { attachTo: document.body, global: plugins.global });
  await flushPromises();
  return wrapper;
}

type Wizard = VueWrapper;
const summary = (wrapper: Wizard) => wrapper.findAll('.ui-error-summary li a').map((link) => [link.attributes('href'), link.text()]);
const heading = (wrapper: Wizard) => wrapper.find('h1').text();
const count = (wrapper: Wizard) => wrapper.find('.feedback-wizard__count').text();

/** Nästa (or Skicka on the review page), then waits (polling, with vitest's deadline) until the page has answered. */
async function press(wrapper: Wizard) {
  const state = () => [count(wrapper), heading(wrapper), JSON.stringify(summary(wrapper)), wrapper.findAll('.ui-notice').map((notice) => notice.text()).join()].join('|');
  const before = state();
  await wrapper.find('form').trigger('submit');
  await vi.waitFor(() => expect(state()).not.toBe(before));
  await flushPromises();
}

async function pick(wrapper: Wizard, value: string) {
  await wrapper.find(`input[value="${value}"]`).setValue();
}

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStorage.clear();
  document.body.innerHTML = '';
});

describe('the feedback wizard', () => {
  it('asks one question per page, says which step it is, focuses each question and keeps answers going back', async () => {
    await gateway(null);
    const wrapper = await openWizard();
    expect([count(wrapper), heading(wrapper)]).toEqual(['Steg 1 av 6', 'Vad vill du lämna?']);

    await press(wrapper);
    expect(summary(wrapper)).toEqual([['#feedback-type', 'Välj vad du vill lämna']]);
    expect(count(wrapper)).toBe('Steg 1 av 6');

    await pick(wrapper, 'COMPLAINT');
    await press(wrapper);
    expect([count(wrapper), heading(wrapper)]).toEqual(['Steg 2 av 6', 'Vilken verksamhet gäller det?']);
    expect(summary(wrapper)).toEqual([]);
    expect(document.activeElement?.textContent).toBe('Vilken verksamhet gäller det?');

    await pick(wrapper, 'NURSING_HOME');
    expect(wrapper.find('#feedback-target-name').exists()).toBe(true);
    await wrapper.find('#feedback-target-name').setValue('Solgårdens äldreboende');
    await wrapper.findAll('button').find((button) => button.text() === 'Tillbaka')!.trigger('click');
    await flushPromises();
    expect(heading(wrapper)).toBe('Vad vill du lämna?');
    expect((wrapper.find('input[value="COMPLAINT"]').element as HTMLInputElement).checked).toBe(true);
    await press(wrapper);
    expect((wrapper.find('#feedback-target-name').element as HTMLInputElement).value).toBe('Solgårdens äldreboende');
  });

  it('warns about a personnummer as soon as it is typed, removes it on request, and sends an anonymous complaint from the review page', async () => {
    const sent = await gateway({ __typename: 'MutationSubmitFeedbackSuccess', data: { id: 'f-1', referenceNumber: 'SYN-2026-000042', anonymous: true } });
    const wrapper = await openWizard();
    await pick(wrapper, 'COMPLAINT');
    await press(wrapper);
    await pick(wrapper, 'HOME_CARE_PROVIDER');
    await press(wrapper);
    await pick(wrapper, 'MISSED_OR_DELAYED_SERVICE');
    await press(wrapper);
    expect(heading(wrapper)).toBe('Berätta vad som hände');

    await wrapper.find('#feedback-text').setValue('Hemtjänsten kom inte till mamma 19510923-2388 i tisdags.');
    expect(wrapper.find('.ui-notice h2').text()).toBe('Skriv inte personnummer');
    await wrapper.findAll('button').find((button) => button.text() === 'Ta bort personnummer ur texten')!.trigger('click');
    expect((wrapper.find('#feedback-text').element as HTMLTextAreaElement).value).toBe('Hemtjänsten kom inte till mamma i tisdags.');
    expect(wrapper.find('.ui-notice').exists()).toBe(false);
    await press(wrapper);

    await press(wrapper);
    expect(summary(wrapper)).toEqual([['#feedback-anonymity', 'Välj om du vill vara anonym']]);
    await pick(wrapper, 'ANONYMOUS');
    expect(wrapper.find('#feedback-contact-name').exists()).toBe(false);
    await press(wrapper);
    expect([count(wrapper), heading(wrapper)]).toEqual(['Steg 6 av 6', 'Kontrollera och skicka']);
    expect(wrapper.find('dl').text()).toContain('Hjälpen kom inte, eller kom för sent');

    // Ändra goes to its page, and Nästa straight back to the review.
    await wrapper.findAll('.feedback-review__change button')[3]!.trigger('click');
    await flushPromises();
    expect(heading(wrapper)).toBe('Berätta vad som hände');
    await press(wrapper);
    expect(heading(wrapper)).toBe('Kontrollera och skicka');

    await wrapper.find('form').trigger('submit');
    await vi.waitFor(() => expect(wrapper.emitted('sent')).toBeDefined());
    expect(sentWith(sent, CitizenSubmitFeedbackDocument).map((operation) => operation.variables.input)).toEqual([
      { type: 'COMPLAINT', subject: 'MISSED_OR_DELAYED_SERVICE', target: 'HOME_CARE_PROVIDER', text: 'Hemtjänsten kom inte till mamma i tisdags.', anonymous: true },
    ]);
    expect(wrapper.emitted('sent')).toEqual([[{ referenceNumber: 'SYN-2026-000042', anonymous: true, answerBy: 'NONE', signedIn: false }]]);
  });

  it('asks a representative whom it concerns, needs an address for a letter, and shows the service’s message on the page that asks it', async () => {
    const sent = await gateway({ __typename: 'ValidationError', message: 'Rätta', issues: [{ field: 'contactAddress', message: 'Adressen finns inte.' }] }, erik);
    const wrapper = await openWizard();
    await pick(wrapper, 'PRAISE');
    await press(wrapper);
    expect([count(wrapper), heading(wrapper)]).toEqual(['Steg 2 av 7', 'Gäller det dig eller någon du företräder?']);
    await pick(wrapper, SIGNE);
    await press(wrapper);
    await pick(wrapper, 'UNIT');
    await press(wrapper);
    await pick(wrapper, 'TREATMENT');
    await press(wrapper);
    await wrapper.find('#feedback-text').setValue('Handläggaren var vänlig.');
    await press(wrapper);
    await pick(wrapper, 'NAMED');
    expect((wrapper.find('#feedback-contact-name').element as HTMLInputElement).value).toBe('Erik Andersson');
    await pick(wrapper, 'LETTER');
    await press(wrapper);
    expect(summary(wrapper)).toEqual([['#feedback-contact-address', 'Skriv den adress vi ska skicka brevet till, eller välj ett annat sätt att få svar.']]);
    await wrapper.find('#feedback-contact-address').setValue('Storgatan 1\n123 45 Stockholm');
    await press(wrapper);
    expect(wrapper.find('dl').text()).toContain('Signe Andersson');

    await press(wrapper);
    await vi.waitFor(() => expect(heading(wrapper)).toBe('Vill du vara anonym?'));
    expect(summary(wrapper)).toEqual([['#feedback-contact-address', 'Adressen finns inte.']]);
    expect(sentWith(sent, CitizenSubmitFeedbackDocument)[0]?.variables.input).toMatchObject({ concernsPersonId: SIGNE, answerBy: 'LETTER', contactAddress: 'Storgatan 1\n123 45 Stockholm', contactName: 'Erik Andersson' });
    expect(wrapper.emitted('sent')).toBeUndefined();
  });

  it('says a refusal above the review, keeping everything', async () => {
    await gateway({ __typename: 'RateLimitError', message: 'Du har skickat många synpunkter på kort tid. Vänta 1 minut och försök igen.' });
    sessionStorage.setItem(
      'omsorg:kept-form:/synpunkter#feedback',
      JSON.stringify({ type: 'QUESTION', forWhom: '', target: 'REGION', targetName: '', subject: 'OTHER', text: 'Var ringer jag?', anonymity: 'ANONYMOUS', contactName: '', contactEmail: '', contactPhone: '', answerBy: 'NONE', contactAddress: '' }),
    );
    const wrapper = await openWizard();
    expect((wrapper.find('input[value="QUESTION"]').element as HTMLInputElement).checked).toBe(true);
    for (let step = 0; step < 5; step++) await press(wrapper);
    expect(heading(wrapper)).toBe('Kontrollera och skicka');
    await press(wrapper);
    await vi.waitFor(() => expect(wrapper.text()).toContain('Vänta 1 minut och försök igen.'));
    expect(heading(wrapper)).toBe('Kontrollera och skicka');
  });
});
