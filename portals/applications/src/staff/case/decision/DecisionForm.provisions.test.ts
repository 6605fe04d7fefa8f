// @vitest-environment happy-dom
import { stubGateway } from '@omsorg/ui/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ServiceType } from '../../../generated/graphql.ts';
import { anApplication } from '../../testing/fixtures.ts';
import { openCasePage } from '../../testing/mount-case-form.ts';
import type { CaseService } from '../case-data.ts';

const application = anApplication();
const home = application.requestedServices[0] as CaseService;
const ALL = Object.values(ServiceType);
const provisions = [
  { id: 'lp-old', code: 'SOL_4_2', law: 'SOL', citation: '4 kap. 2 § socialtjänstlagen (2001:453)', title: 'Utöver rätten', validFrom: '2002-01-01', validTo: null, serviceTypes: ALL, defaultFor: [] },
  { id: 'lp-sol', code: 'SOL2025_LIVSFORING', law: 'SOL', citation: '4 kap. 1 § socialtjänstlagen (2025:400)', title: 'Bistånd', validFrom: '2025-07-01', validTo: null, serviceTypes: ALL, defaultFor: ALL },
  { id: 'lp-lss', code: 'LSS_9_3', law: 'LSS', citation: '9 § 3 LSS', title: 'Ledsagarservice', validFrom: '1994-01-01', validTo: null, serviceTypes: [ServiceType.Escort], defaultFor: [] },
];

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  sessionStorage.clear();
  document.body.innerHTML = '';
});

describe('the legal basis of a new decision', () => {
  it('offers only the provisions for the service, no LSS paragraph for home care, with the usual one chosen', async () => {
    expect(home.serviceType).toBe(ServiceType.HomeCarePersonal);
    stubGateway([], () => ({ me: null }));
    const page = await openCasePage(() => import('./DecisionForm.vue'), application, '/arenden/app-1/beslut', { service: home, proposal: null, provisions, managerDecides: false });
    const select = page.get<HTMLSelectElement>('#decision-rs-home-provision');
    const offered = select.findAll('option').map((option) => option.element.value).filter(Boolean);
    expect(offered.sort()).toEqual(['lp-old', 'lp-sol']);
    expect(select.element.value).toBe('lp-sol');
    page.unmount();
  });
});
