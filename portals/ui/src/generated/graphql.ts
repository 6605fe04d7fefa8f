/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** CASEWORKER biståndshandläggare, MANAGER chef, OUTREACH uppsökande, QUALITY_COUNCIL kvalitetsråd. */
export const StaffRole = {
  Caseworker: 'CASEWORKER',
  Manager: 'MANAGER',
  Outreach: 'OUTREACH',
  QualityCouncil: 'QUALITY_COUNCIL',
  Activities: 'ACTIVITIES'
} as const;

export type StaffRole = typeof StaffRole[keyof typeof StaffRole];
/** POWER_OF_ATTORNEY fullmakt, TRUSTEE god man, ADMINISTRATOR förvaltare. */
export const RepresentationKind = {
  PowerOfAttorney: 'POWER_OF_ATTORNEY',
  Trustee: 'TRUSTEE',
  Administrator: 'ADMINISTRATOR'
} as const;

export type RepresentationKind = typeof RepresentationKind[keyof typeof RepresentationKind];
export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me:
    | { __typename: 'Person', id: string, givenName: string, familyName: string, fullName: string, preferredLanguage: string, interpreterNeeded: boolean, districtArea: string | null, postalAddress: { street: string, postalCode: string, town: string } | null, mayActFor: Array<{ id: string, kind: RepresentationKind, validFrom: string, validTo: string | null, represented: { id: string, fullName: string } }> }
    | { __typename: 'StaffMember', id: string, name: string, username: string, title: string, roles: Array<StaffRole>, unit: string }
   | null };


export const MeDocument = {"__meta__":{"hash":"sha256:15dfb7a5c7fa561badd9834b2b398317b19d08be1ddbc0b6da04589bea9aa4ce"}} as unknown as DocumentNode<MeQuery, MeQueryVariables>;