import type { Actor } from '@omsorg/platform';
import type { TestSubgraph } from '@omsorg/platform/testing';
import { expect } from 'vitest';

/** Actors and requests the editor's integration tests share. */
export const KERSTIN: Actor = { kind: 'staff', staffId: '6c1d7a55-2b8e-4b4a-9d51-2f0c6e1a7001', roles: ['ACTIVITIES'], unit: 'Träffpunkter och aktiviteter, Hägersten-Älvsjö' };
export const CASEWORKER: Actor = { kind: 'staff', staffId: '6c1d7a55-2b8e-4b4a-9d51-2f0c6e1a7002', roles: ['CASEWORKER'], unit: 'Biståndsenheten' };
export const CITIZEN: Actor = { kind: 'person', personId: '3d0c4c0e-7a57-4f0a-9a56-6a7d3e1f2b01', actingFor: [] };
export const ANONYMOUS: Actor = { kind: 'anonymous' };

export const ERRORS = `... on Error { __typename message } ... on ValidationError { issues { field message } } ... on ConflictError { currentVersion }`;

export const OFFERING_FIELDS = `id version status publishFrom publishUntil visibleNow title kind audience price language registrationRequired organiserUnit
  writtenLanguages texts { language title summary description } venue { id name }`;

/** A mutation answering `Mutation<Name>Result`: the success's data, or the error. */
export async function mutate(subgraph: TestSubgraph, actor: Actor, name: string, input: unknown, selection = OFFERING_FIELDS) {
  const result = await subgraph.request(actor, `mutation($input: ${inputTypeOf(name)}!) { ${name}(input: $input) { __typename ... on Mutation${name[0]!.toUpperCase()}${name.slice(1)}Success { data { ${selection} } } ${ERRORS} ${name === 'updateSession' ? '... on CapacityBelowRegisteredError { registeredCount }' : ''} } }`, { input });
  expect(result.errors).toBeUndefined();
  return result.data[name];
}

function inputTypeOf(name: string): string {
  const types: Record<string, string> = {
    createOffering: 'CreateOfferingInput', updateOffering: 'UpdateOfferingInput', publishOffering: 'PublishContentInput', unpublishOffering: 'VersionedIdInput',
    createVenue: 'CreateVenueInput', updateVenue: 'UpdateVenueInput', publishVenue: 'PublishContentInput', unpublishVenue: 'VersionedIdInput',
    createSessionSeries: 'SessionSeriesInput', updateSession: 'UpdateSessionInput', cancelSession: 'CancelSessionInput',
  };
  return types[name]!;
}

export const sittgympa = (venueId: string, title = 'Sittgympa') => ({
  facts: { kind: 'ACTIVITY', audience: 'OPEN_65', venueId, price: 0, language: 'sv', registrationRequired: true },
  texts: [
    { language: 'SV', title, summary: 'Gympa sittande på stol.', description: 'Vi rör oss till musik.\n\n- Ta med vatten' },
    { language: 'FI', title: 'Tuolijumppa', summary: 'Jumppaa tuolilla istuen.', description: 'Liikumme musiikin tahdissa.' },
  ],
});
