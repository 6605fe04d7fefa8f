import { startTestSubgraph, type TestSubgraph } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Campaign } from './entities/campaign.ts';
import { outreachService, seedOutreach } from './service.ts';
import { TEST_UNIT, testActors } from './testing/actors.ts';

const UNIT = TEST_UNIT;
const { omar: outreachWorker, caseworker, citizen, anonymous } = testActors();

const CAMPAIGNS = `query($offset: Int, $limit: Int) {
  campaigns(offset: $offset, limit: $limit) { totalCount hasNextPage nodes { id name status startsOn endsOn targetDescription } }
}`;

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(outreachService);
  await seedOutreach(subgraph.orm);
  const em = subgraph.orm.em.fork();
  em.create(Campaign, { name: 'Seniordag i Älvsjö', status: 'CLOSED', startsOn: '2025-10-01', endsOn: '2025-10-01', targetDescription: 'Alla över 65 i Älvsjö.', unit: UNIT });
  em.create(Campaign, { name: 'Ensamhet bland äldre i Fruängen', status: 'ACTIVE', startsOn: '2026-09-01', endsOn: null, targetDescription: 'Personer över 80 som bor ensamma.', unit: UNIT });
  em.create(Campaign, { name: 'Kulturbesök i hemmet', status: 'PLANNED', startsOn: null, endsOn: null, targetDescription: 'Äldre som inte kan ta sig till träffpunkterna.', unit: UNIT });
  await em.flush();
});

afterAll(() => subgraph?.close());

describe('campaigns', () => {
  it('shows outreach staff their unit’s campaigns, undated first and then the latest start', async () => {
    const result = await subgraph.request(outreachWorker, CAMPAIGNS);
    expect(result.errors).toBeUndefined();
    expect(result.data.campaigns).toMatchObject({ totalCount: 4, hasNextPage: false });
    expect(result.data.campaigns.nodes.map((campaign: { name: string }) => campaign.name)).toEqual([
      'Kulturbesök i hemmet',
      'Hälsosamtal för dig som fyllt 75',
      'Ensamhet bland äldre i Fruängen',
      'Seniordag i Älvsjö',
    ]);
    expect(result.data.campaigns.nodes[1]).toMatchObject({ status: 'PLANNED', startsOn: '2027-02-01', endsOn: '2027-05-31' });
    expect(result.data.campaigns.nodes[0]).toMatchObject({ startsOn: null, endsOn: null });
  });

  it('pages', async () => {
    const result = await subgraph.request(outreachWorker, CAMPAIGNS, { offset: 2, limit: 1 });
    expect(result.data.campaigns).toMatchObject({ totalCount: 4, hasNextPage: true, nodes: [{ name: 'Ensamhet bland äldre i Fruängen', status: 'ACTIVE' }] });
  });

  it('is closed to a caseworker and to citizens', async () => {
    for (const actor of [caseworker, citizen]) {
      const result = await subgraph.request(actor, CAMPAIGNS);
      expect(result.data?.campaigns ?? null).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('asks a visitor who is not signed in to sign in', async () => {
    const result = await subgraph.request(anonymous, CAMPAIGNS);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('seeds the health-conversation campaign only once', async () => {
    await seedOutreach(subgraph.orm);
    expect(await subgraph.orm.em.fork().count(Campaign, { name: 'Hälsosamtal för dig som fyllt 75' })).toBe(1);
  });

  it('refuses to store a campaign that ends before it starts', async () => {
    const em = subgraph.orm.em.fork();
    em.create(Campaign, { name: 'Baklänges', status: 'PLANNED', startsOn: '2027-03-01', endsOn: '2027-02-01', targetDescription: '-', unit: UNIT });
    await expect(em.flush()).rejects.toThrow(/campaign_period_check/);
  });
});
