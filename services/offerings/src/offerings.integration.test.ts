import type { Actor } from '@omsorg/platform';
import { startTestSubgraph, type TestSubgraph } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Venue } from './entities/venue.ts';
import { VENUES } from './seed/venues.ts';
import { offeringsService, seedOfferings } from './service.ts';

const anonymous: Actor = { kind: 'anonymous' };
const citizen: Actor = { kind: 'person', personId: '3d0c4c0e-7a57-4f0a-9a56-6a7d3e1f2b01', actingFor: [] };

const VENUES_QUERY = `query($offset: Int, $limit: Int) {
  venues(offset: $offset, limit: $limit) { totalCount hasNextPage nodes { id name streetAddress postalCode area openingHours { text } accessibility { text } description { text } } }
}`;

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(offeringsService);
  await seedOfferings(subgraph.orm);
});

afterAll(() => subgraph?.close());

describe('venues', () => {
  it('shows the meeting places to a visitor who is not signed in', async () => {
    const result = await subgraph.request(anonymous, VENUES_QUERY, { limit: 3 });
    expect(result.errors).toBeUndefined();
    expect(result.data.venues).toMatchObject({ totalCount: VENUES.length, hasNextPage: true });
    expect(result.data.venues.nodes).toHaveLength(3);
    expect(result.data.venues.nodes[0]).toEqual({
      id: expect.any(String),
      name: 'Träffpunkt Aspudden',
      streetAddress: 'Hövdingagatan 22',
      postalCode: '126 52',
      area: 'Aspudden',
      openingHours: { text: 'Måndag–fredag 9.30–15.30.' },
      accessibility: { text: expect.stringContaining('Hiss och ramp') },
      description: { text: expect.any(String) },
    });
  });

  it('orders by neighbourhood, then name, and pages through all of them', async () => {
    const seen: Array<{ area: string; name: string }> = [];
    for (let offset = 0; ; offset += 4) {
      const page = await subgraph.request(citizen, VENUES_QUERY, { offset, limit: 4 });
      seen.push(...page.data.venues.nodes);
      if (!page.data.venues.hasNextPage) break;
    }
    expect(seen).toHaveLength(VENUES.length);
    const swedish = new Intl.Collator('sv-SE');
    const expected = [...VENUES].sort((a, b) => swedish.compare(a.area, b.area) || swedish.compare(a.name, b.name));
    expect(seen.map((venue) => venue.name)).toEqual(expected.map((venue) => venue.name));
    // Swedish order: Å, Ä and Ö come after Z, so Älvsjö is last, not next to Aspudden.
    expect(seen.at(-1)?.area).toBe('Älvsjö');
  });

  it('uses 20 as the page size when none is asked for', async () => {
    const result = await subgraph.request(anonymous, `{ venues { totalCount hasNextPage nodes { id } } }`);
    expect(result.data.venues).toMatchObject({ totalCount: VENUES.length, hasNextPage: false });
  });

  it('refuses pages larger than 100 with a GraphQL error and no data', async () => {
    const result = await subgraph.request(anonymous, VENUES_QUERY, { limit: 101 });
    expect(result.data?.venues ?? null).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('resolves a venue by its federation key', async () => {
    const venue = await subgraph.orm.em.fork().findOneOrFail(Venue, { name: 'Träffpunkt Fruängen' });
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Venue { name area } } }`;
    const result = await subgraph.request(anonymous, query, { r: [{ __typename: 'Venue', id: venue.id }] });
    expect(result.data._entities).toEqual([{ name: 'Träffpunkt Fruängen', area: 'Fruängen' }]);
  });

  it('seeds only once', async () => {
    await seedOfferings(subgraph.orm);
    expect(await subgraph.orm.em.fork().count(Venue, {})).toBe(VENUES.length);
  });
});
