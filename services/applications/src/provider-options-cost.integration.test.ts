import { startTestSubgraph, type TestSubgraph } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceType } from './domain/service-types.ts';
import { todayInStockholm } from './domain/stockholm-time.ts';
import { Decision } from './entities/decision.ts';
import { Provider } from './entities/provider.ts';
import { ServiceOrder } from './entities/service-order.ts';
import { seedApplications } from './seed/seed.ts';
import { applicationsService } from './service.ts';
import { countStatements, staff, submittedApplication } from './testing/casework-fixtures.ts';

// Decision.providerOptions for a page of decisions: a constant number of statements, not a few per decision.
let subgraph: TestSubgraph;
const hanna = staff(['CASEWORKER']);
const today = todayInStockholm();

const OPTIONS = `query($id: ID!) { application(id: $id) { requestedServices { serviceType decision { id providerOptions(limit: 5) { totalCount nodes { name } } } } } }`;

/** A case in Hägersten with every service granted; the alarm, if any, already ordered. */
async function grantedCase(services: ServiceType[]) {
  const sent = await submittedApplication(subgraph.orm, { services, status: 'DECIDED', assigneeId: hanna.staffId, districtArea: 'Hägersten' });
  const em = subgraph.orm.em.fork();
  for (const [serviceType, serviceId] of Object.entries(sent.serviceIds)) {
    const decision = em.create(Decision, { requestedService: serviceId, status: 'DECIDED', outcome: 'GRANTED', motivation: 'Beviljas.', decidedAt: new Date(), notifiedOn: today, validFrom: today });
    if (serviceType === 'SAFETY_ALARM') {
      const provider = await em.findOneOrFail(Provider, { name: 'Trygghetslarm Nordvakt AB' });
      em.create(ServiceOrder, { decision, provider, goals: 'Trygghet.', startOn: today, orderedOn: today, orderedById: hanna.staffId });
    }
  }
  await em.flush();
  return sent.id;
}

async function statementsFor(caseId: string) {
  const counter = countStatements(subgraph.orm);
  try {
    const result = await subgraph.request(hanna, OPTIONS, { id: caseId });
    expect(result.errors).toBeUndefined();
    return { count: counter.count, services: result.data.application.requestedServices };
  } finally {
    counter.stop();
  }
}

beforeAll(async () => {
  subgraph = await startTestSubgraph(applicationsService);
  await seedApplications(subgraph.orm);
});

afterAll(() => subgraph?.close());

describe('provider options of a case’s decisions', () => {
  it('costs the same statements for one decision as for four, with each decision’s own options', async () => {
    const one = await statementsFor(await grantedCase(['HOME_CARE_PERSONAL']));
    const four = await statementsFor(await grantedCase(['HOME_CARE_PERSONAL', 'MEAL_DELIVERY', 'SAFETY_ALARM', 'HOME_CARE_SERVICE']));
    expect(four.count).toBe(one.count);

    const options = Object.fromEntries(four.services.map((service: any) => [service.serviceType, service.decision.providerOptions]));
    expect(options.HOME_CARE_PERSONAL.nodes[0].name).toBe('Hemtjänst Hägersten-Älvsjö (egen regi)');
    expect(options.HOME_CARE_PERSONAL.nodes.map((node: any) => node.name)).not.toContain('Hemhjälpen Mälarglimt AB');
    expect(options.HOME_CARE_SERVICE.totalCount).toBe(options.HOME_CARE_PERSONAL.totalCount);
    expect(options.MEAL_DELIVERY).toEqual({ totalCount: 1, nodes: [{ name: 'Matlådan Hägersten AB' }] });
    // Ordered already: a new choice goes through the caseworker, so nothing is offered.
    expect(options.SAFETY_ALARM).toEqual({ totalCount: 0, nodes: [] });
    expect(one.services[0].decision.providerOptions).toEqual(options.HOME_CARE_PERSONAL);
  });
});
