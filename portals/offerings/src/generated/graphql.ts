/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type VenueCardFragment = { id: string, name: string, streetAddress: string, postalCode: string, area: string, openingHours: string, accessibility: string, description: string };

export type VenuesQueryVariables = Exact<{
  offset: number;
  limit: number;
}>;


export type VenuesQuery = { venues: { totalCount: number, hasNextPage: boolean, nodes: Array<{ id: string, name: string, streetAddress: string, postalCode: string, area: string, openingHours: string, accessibility: string, description: string }> } };

export const VenueCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VenueCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Venue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"streetAddress"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]} as unknown as DocumentNode<VenueCardFragment, unknown>;
export const VenuesDocument = {"__meta__":{"hash":"sha256:55ddb614078d5a857fd2e2ae9a88d9ea8ecb9b32fd23ed93122467cc882e449f"}} as unknown as DocumentNode<VenuesQuery, VenuesQueryVariables>;