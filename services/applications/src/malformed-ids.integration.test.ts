import { startTestSubgraph, type TestSubgraph } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationsService } from './service.ts';
import { citizen, staff } from './testing/casework-fixtures.ts';

const BAD = "not-a-uuid' or 1=1 --";
const caseworker = staff(['CASEWORKER']);
const signeId = crypto.randomUUID();
const signe = citizen(signeId);

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(applicationsService);
});

afterAll(() => subgraph?.close());

/** Every way a malformed id can reach the service: answered as not found or bad input, never a server error. */
const cases: Array<[string, typeof caseworker | typeof signe, string, Record<string, unknown>]> = [
  ['application(id)', signe, 'query($id: ID!) { application(id: $id) { id } }', { id: BAD }],
  ['inbox(filter.assigneeId)', caseworker, 'query($id: ID) { inbox(filter: { assigneeId: $id }) { totalCount } }', { id: BAD }],
  ['submitApplication', signe, 'mutation($id: ID!) { submitApplication(input: { id: $id, submissionKey: $id }) { __typename } }', { id: BAD }],
  ['saveApplicationDraft', signe, 'mutation($id: ID!) { saveApplicationDraft(input: { id: $id, version: 1, answers: {} }) { __typename } }', { id: BAD }],
  ['takeApplication', caseworker, 'mutation($id: ID!) { takeApplication(input: { id: $id, version: 1 }) { __typename } }', { id: BAD }],
  ['completeCallback', caseworker, 'mutation($id: ID!) { completeCallback(input: { id: $id, note: "Ringt." }) { __typename } }', { id: BAD }],
  ['forwardAppeal', caseworker, 'mutation($id: ID!) { forwardAppeal(input: { appealId: $id, forwardedOn: "2026-11-30" }) { __typename } }', { id: BAD }],
  ['Person.applications (a federated reference)', caseworker, 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { applications { totalCount } } } }', { r: [{ __typename: 'Person', id: BAD }] }],
];

describe('a malformed id', () => {
  it.each(cases)('in %s is never a server error', async (_name, actor, query, variables) => {
    const result = await subgraph.request(actor, query, variables);
    const codes = (result.errors ?? []).map((error) => error.extensions?.code);
    expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
    for (const code of codes) expect(['BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN']).toContain(code);
  });
});
