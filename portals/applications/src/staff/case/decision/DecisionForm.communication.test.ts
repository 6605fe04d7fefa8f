// @vitest-environment happy-dom
import { sentWith, stubGateway } from '@omsorg/ui/testing';
import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StaffDecideDocument } from '../../../generated/graphql.ts';
import { anApplication } from '../../testing/fixtures.ts';
import { openCasePage } from '../../testing/mount-case-form.ts';
import type { CaseApplication, CaseService } from '../case-data.ts';

const REFUSAL = 'Utredningen är inte kommunicerad. Ett avslag eller delvis bifall får fattas först när personen har fått utredningen och svarat.';
const provisions = [{ id: 'lp-1', code: 'SOL_4_1', law: 'SOL', citation: '4 kap. 1 §', title: 'Bistånd', validFrom: '2025-07-01', validTo: null, serviceTypes: ['SAFETY_ALARM'], defaultFor: [] }];
const exceptionField = '#decision-rs-alarm-communication-exception';
const noteField = '#decision-rs-alarm-communication-exception-note';

async function openAlarmForm(application: CaseApplication) {
  const alarm = application.requestedServices[1] as CaseService;
  const page = await openCasePage(() => import('./DecisionForm.vue'), application, '/arenden/app-1/beslut', { service: alarm, proposal: null, provisions, managerDecides: false });
  await page.get('#decision-rs-alarm-provision').setValue('lp-1');
  await page.get('#decision-rs-alarm-motivation').setValue('Larmet behövs inte: regionen har redan gett ett.');
  return page;
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  sessionStorage.clear();
  document.body.innerHTML = '';
});

describe('a denial before communication is complete (förvaltningslagen 25 §)', () => {
  it('offers the exceptions of 25 § and asks why, sends them with the decision, and shows the service’s refusal by the field', async () => {
    const sent = stubGateway([[StaffDecideDocument, () => ({ decide: { __typename: 'ValidationError', message: REFUSAL, issues: [{ field: 'communicationException', message: REFUSAL }] } })]], () => ({ me: null }));
    const page = await openAlarmForm(anApplication());
    await page.get('input[type="radio"][value="GRANTED"]').setValue(true);
    await flushPromises();
    expect(page.find(exceptionField).exists()).toBe(false);

    await page.get('input[type="radio"][value="DENIED"]').setValue(true);
    await flushPromises();
    expect(page.text()).toContain('Personen har inte svarat på utredningen och tiden för svar har inte gått ut.');
    const options = page.get(exceptionField).findAll('option').map((option) => option.text());
    expect(options).toEqual([
      'Inget undantag',
      'Beslutet går inte personen emot (25 § 1)',
      'Kommunicering är uppenbart obehövlig (25 § 1)',
      'Kommunicering kan göra beslutet avsevärt svårare att genomföra (25 § 2)',
      'Beslutet kan inte skjutas upp (25 § 3)',
    ]);

    // Without an exception the service refuses, and says why beside the field.
    await page.get('form').trigger('submit');
    await vi.waitFor(() => expect(page.get(exceptionField).attributes('aria-invalid')).toBe('true'));
    expect(page.text()).toContain(REFUSAL);

    await page.get(exceptionField).setValue('CANNOT_BE_DEFERRED');
    await flushPromises();
    // The note has a bounded length, and the field counts down to it.
    expect(page.get(`${noteField}-count`).text()).toMatch(/2\s?000/);
    await page.get('form').trigger('submit');
    await vi.waitFor(() => expect(page.text()).toContain('Skriv varför undantaget gäller.'));
    expect(sentWith(sent, StaffDecideDocument)).toHaveLength(1);

    await page.get(noteField).setValue('Utskrivning från sjukhus i dag; beslutet kan inte vänta.');
    await page.get('form').trigger('submit');
    await vi.waitFor(() => expect(sentWith(sent, StaffDecideDocument)).toHaveLength(2));
    expect(sent.at(-1)?.variables.input).toMatchObject({
      outcome: 'DENIED',
      communicationException: 'CANNOT_BE_DEFERRED',
      communicationExceptionNote: 'Utskrivning från sjukhus i dag; beslutet kan inte vänta.',
    });
    page.unmount();
  });

  it('asks for no exception once the person has answered', async () => {
    stubGateway([], () => ({ me: null }));
    const page = await openAlarmForm(anApplication({ communicationBeforeDecision: { state: 'RESPONDED', responseDueOn: '2026-12-04', adverseDecisionAllowed: true } }));
    await page.get('input[type="radio"][value="DENIED"]').setValue(true);
    await flushPromises();
    expect(page.find(exceptionField).exists()).toBe(false);
    page.unmount();
  });
});
