import type { Actor } from '@omsorg/platform';
import { startTestSubgraph, type TestSubgraph } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { identityService } from './service.ts';

const caseworker: Actor = { kind: 'staff', staffId: crypto.randomUUID(), roles: ['CASEWORKER'], unit: 'Beställarenheten äldre, Hägersten-Älvsjö' };
let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(identityService);
});

afterAll(() => subgraph?.close());

describe('a malformed id', () => {
  it('is bad user input, in Swedish, for person(id)', async () => {
    const result = await subgraph.request(caseworker, `query($id: ID!) { person(id: $id) { fullName } }`, { id: 'not-a-uuid' });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect((result.errors?.[0]?.extensions as { issues?: unknown }).issues).toEqual([{ field: 'id', message: 'Uppgiften pekar på något som inte finns. Gå tillbaka och försök igen.' }]);
  });

  it('reaching the database through a federated reference is bad user input, never a server error', async () => {
    const result = await subgraph.request(
      { kind: 'system' },
      `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Person { id } } }`,
      { representations: [{ __typename: 'Person', id: "1' or '1'='1" }] },
    );
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });
});
