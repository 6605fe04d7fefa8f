import { parsePersonalIdentityNumber, type Actor } from '@omsorg/platform';
import { startTestSubgraph, type TestSubgraph } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_CITIZENS } from '../../../../infra/dev-idp/src/test-identities.ts';
import { outreachService, seedOutreach } from '../service.ts';
import { addResidents, personFacts } from '../testing/residents.ts';
import { HEALTH_CONVERSATIONS_75 } from './seed.ts';

/*
 * The development people, as identity's people-changed events bring them: the journey's
 * "Hälsosamtal för dig som fyller 75" for Hägersten-Älvsjö picks Birgitta Ek (born 1951,
 * Fruängen) and not Karl Nilsson (born 1945, Hägersten). The seeded campaign stays harmless: no
 * rule, no cohort, and not the journey's name.
 */
const omar: Actor = { kind: 'staff', staffId: '5a1e0c7d-3b2f-4e6a-9d8c-7b6a5f4e3d21', roles: ['OUTREACH'], unit: HEALTH_CONVERSATIONS_75.unit };
const HAGERSTEN_ALVSJO = ['Hägersten', 'Västertorp', 'Fruängen', 'Liseberg', 'Midsommarkransen', 'Älvsjö', 'Solberga'];
let subgraph: TestSubgraph;
const idOf = new Map<string, string>();

beforeAll(async () => {
  subgraph = await startTestSubgraph(outreachService);
  await seedOutreach(subgraph.orm);
  const people = TEST_CITIZENS.map((citizen) => {
    const parsed = parsePersonalIdentityNumber(citizen.personalIdentityNumber);
    if (!parsed.ok) throw new Error('a test citizen has an invalid personnummer');
    const facts = personFacts({
      givenName: citizen.givenName,
      familyName: citizen.familyName,
      birthDate: parsed.value.birthDate,
      legalGender: parsed.value.legalGender,
      districtArea: citizen.districtArea ?? null,
      preferredLanguage: citizen.preferredLanguage,
    });
    idOf.set(`${citizen.givenName} ${citizen.familyName}`, facts.id);
    return facts;
  });
  await addResidents(subgraph.orm, people);
});
afterAll(() => subgraph?.close());

describe('the development cohort', () => {
  it('puts Birgitta Ek in a 75/2026 cohort of Hägersten-Älvsjö and leaves Karl Nilsson out', async () => {
    const created = await subgraph.request(omar, `mutation($input: CampaignInput!) { createCampaign(input: $input) { ... on MutationCreateCampaignSuccess { data { id } } } }`, {
      input: {
        name: 'Hälsosamtal för dig som fyller 75',
        targetDescription: 'Alla som fyller 75 i år i Hägersten-Älvsjö.',
        cohortRule: { age: 75, year: 2026, districtAreas: HAGERSTEN_ALVSJO, excludeCurrentCare: true, notInvitedWithinMonths: 12 },
      },
    });
    const id = created.data.createCampaign.data.id;
    await subgraph.request(omar, `mutation($id: ID!) { fixCohort(input: { id: $id }) { __typename } }`, { id });
    const cohort = await subgraph.request(omar, `query($id: ID!) { campaignCohort(id: $id, limit: 100) { nodes { personId } } }`, { id });
    const members = cohort.data.campaignCohort.nodes.map((node: { personId: string }) => node.personId);
    expect(members).toContain(idOf.get('Birgitta Ek'));
    expect(members).not.toContain(idOf.get('Karl Nilsson'));
  });

  it('leaves the seeded campaign without a rule or a cohort, under another name than the journey’s', async () => {
    const list = await subgraph.request(omar, `query { campaigns { nodes { name cohortFixedAt cohortRule { age districtAreas } } } }`);
    expect(list.errors).toBeUndefined();
    expect(list.data.campaigns.nodes).toContainEqual({ name: HEALTH_CONVERSATIONS_75.name, cohortFixedAt: null, cohortRule: { age: null, districtAreas: [] } });
    expect(HEALTH_CONVERSATIONS_75.name).not.toBe('Hälsosamtal för dig som fyller 75');
  });
});
