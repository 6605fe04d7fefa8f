// @vitest-environment happy-dom
import { sentWith, stubGateway, type SentOperation } from '@omsorg/ui/testing';
import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StaffDecideDocument, StaffProposeDecisionDocument } from '../../../generated/graphql.ts';
import { anApplication } from '../../testing/fixtures.ts';
import { openCasePage } from '../../testing/mount-case-form.ts';
import type { CaseService } from '../case-data.ts';

const REFUSAL = 'Du får besluta högst 60 timmar i månaden. Föreslå beslutet till en chef.';
const application = anApplication();
const home = application.requestedServices[0] as CaseService;
const provisions = [{ id: 'lp-1', code: 'SOL_4_1', law: 'SOL', citation: '4 kap. 1 §', title: 'Bistånd', validFrom: '2025-07-01', validTo: null, serviceTypes: [home.serviceType], defaultFor: [] }];

/** The gateway refuses the decision under the delegation order and takes the same as a proposal. */
function delegationOrder(): SentOperation[] {
  return stubGateway(
    [
      [StaffDecideDocument, () => ({ decide: { __typename: 'DelegationError', message: REFUSAL, requiredRole: 'MANAGER' } })],
      [StaffProposeDecisionDocument, () => ({ proposeDecision: { __typename: 'MutationProposeDecisionSuccess', data: { id: 'd-9', status: 'PROPOSED', application: { id: 'app-1', version: 8 } } } })],
    ],
    () => ({ me: null }),
  );
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  sessionStorage.clear();
  document.body.innerHTML = '';
});

describe('a decision the delegation order does not allow', () => {
  it('shows the service’s refusal, offers to propose the same decision, and proposes it', async () => {
    const sent = delegationOrder();
    const page = await openCasePage(() => import('./DecisionForm.vue'), application, '/arenden/app-1/beslut', { service: home, proposal: null, provisions, managerDecides: false });
    await page.get('input[type="radio"][value="GRANTED"]').setValue(true);
    await page.get('#decision-rs-home-hours').setValue('80');
    await page.get('#decision-rs-home-provision').setValue('lp-1');
    await page.get('#decision-rs-home-motivation').setValue('Signe behöver hjälp morgon och kväll.');
    await page.get('form').trigger('submit');
    await vi.waitFor(() => expect(page.text()).toContain(REFUSAL));
    expect(page.get('button[type="submit"]').text()).toBe('Föreslå beslut till chef');

    // Fewer hours: deciding is offered again.
    await page.get('#decision-rs-home-hours').setValue('60');
    await flushPromises();
    expect(page.text()).not.toContain(REFUSAL);
    expect(page.get('button[type="submit"]').text()).toBe('Fatta beslut');

    await page.get('#decision-rs-home-hours').setValue('80');
    await page.get('form').trigger('submit');
    await vi.waitFor(() => expect(page.get('button[type="submit"]').text()).toBe('Föreslå beslut till chef'));
    await page.get('form').trigger('submit');
    await vi.waitFor(() => expect(sentWith(sent, StaffProposeDecisionDocument)).toHaveLength(1));
    expect(sent.at(-1)?.variables.input).toMatchObject({ requestedServiceId: 'rs-home', applicationVersion: 7, outcome: 'GRANTED', hoursPerMonth: 80, legalProvisionId: 'lp-1' });
    page.unmount();
  });
});
