/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What was read: PERSON the person's details, LOOKUP a search by personnummer, PERSONAL_IDENTITY_NUMBER personnummer, LEGAL_GENDER juridiskt kön, REPRESENTATIVES ombud. */
export const IdentityRead = {
  Person: 'PERSON',
  Lookup: 'LOOKUP',
  PersonalIdentityNumber: 'PERSONAL_IDENTITY_NUMBER',
  LegalGender: 'LEGAL_GENDER',
  Representatives: 'REPRESENTATIVES',
  PostalAddress: 'POSTAL_ADDRESS'
} as const;

export type IdentityRead = typeof IdentityRead[keyof typeof IdentityRead];
/** POWER_OF_ATTORNEY fullmakt, TRUSTEE god man, ADMINISTRATOR förvaltare. */
export const RepresentationKind = {
  PowerOfAttorney: 'POWER_OF_ATTORNEY',
  Trustee: 'TRUSTEE',
  Administrator: 'ADMINISTRATOR'
} as const;

export type RepresentationKind = typeof RepresentationKind[keyof typeof RepresentationKind];
/** What was read: COHORT the person in a campaign's list, RESIDENT found in a search to book for them, BOOKING their booked conversation, CONVERSATION the record of their health conversation, LETTER a letter to them to post, INVITATION_LETTER their invitation letter in a print file. */
export const OutreachRead = {
  Cohort: 'COHORT',
  Resident: 'RESIDENT',
  Booking: 'BOOKING',
  Conversation: 'CONVERSATION',
  Letter: 'LETTER',
  InvitationLetter: 'INVITATION_LETTER'
} as const;

export type OutreachRead = typeof OutreachRead[keyof typeof OutreachRead];
export type CitizenRepresentationTermsFragment = { id: string, kind: RepresentationKind, validFrom: string, validTo: string | null };

export type CitizenOpeningStaffFragment = { id: string, name: string, title: string };

export type CitizenMyDetailsQueryVariables = Exact<{
  offset: number;
  limit: number;
}>;


export type CitizenMyDetailsQuery = { me:
    | { __typename: 'Person', id: string, fullName: string, personalIdentityNumber: string, mayActFor: Array<{ representedName: string, id: string, kind: RepresentationKind, validFrom: string, validTo: string | null }>, representatives: Array<{ representativeName: string, id: string, kind: RepresentationKind, validFrom: string, validTo: string | null }>, identityOpenings: { totalCount: number, hasNextPage: boolean, nodes: Array<{ at: string, what: IdentityRead, staff: { id: string, name: string, title: string } }> } }
    | { __typename: 'StaffMember' }
   | null };

export type CitizenMyFeedbackOpeningsQueryVariables = Exact<{
  offset: number;
  limit: number;
}>;


export type CitizenMyFeedbackOpeningsQuery = { me:
    | { __typename: 'Person', id: string, feedbackOpenings: { totalCount: number, hasNextPage: boolean, nodes: Array<{ at: string, referenceNumber: string | null, staff: { id: string, name: string, title: string } }> } }
    | { __typename: 'StaffMember' }
   | null };

export type CitizenMyOutreachOpeningsQueryVariables = Exact<{
  offset: number;
  limit: number;
}>;


export type CitizenMyOutreachOpeningsQuery = { me:
    | { __typename: 'Person', id: string, outreachOpenings: { totalCount: number, hasNextPage: boolean, nodes: Array<{ at: string, what: OutreachRead, staff: { id: string, name: string, title: string } }> } }
    | { __typename: 'StaffMember' }
   | null };

export type CitizenMyOfferingsOpeningsQueryVariables = Exact<{
  offset: number;
  limit: number;
}>;


export type CitizenMyOfferingsOpeningsQuery = { me:
    | { __typename: 'Person', id: string, offeringsOpenings: { totalCount: number, hasNextPage: boolean, nodes: Array<{ at: string, what: string | null, staff: { id: string, name: string, title: string } }> } }
    | { __typename: 'StaffMember' }
   | null };

export const CitizenRepresentationTermsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitizenRepresentationTerms"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Representation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]} as unknown as DocumentNode<CitizenRepresentationTermsFragment, unknown>;
export const CitizenOpeningStaffFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitizenOpeningStaff"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]} as unknown as DocumentNode<CitizenOpeningStaffFragment, unknown>;
export const CitizenMyDetailsDocument = {"__meta__":{"hash":"sha256:c9a029dece157e26161d35b168e0808898011c3ab58f7ec8df63100f143eee7d"}} as unknown as DocumentNode<CitizenMyDetailsQuery, CitizenMyDetailsQueryVariables>;
export const CitizenMyFeedbackOpeningsDocument = {"__meta__":{"hash":"sha256:9293bdaa0e19f63d58b9bae5d901396bf8057ed3845ddd2809b54bba17b11cb6"}} as unknown as DocumentNode<CitizenMyFeedbackOpeningsQuery, CitizenMyFeedbackOpeningsQueryVariables>;
export const CitizenMyOutreachOpeningsDocument = {"__meta__":{"hash":"sha256:b52b15da9bf8eb3199ad3559fde7f90d145b076ee12b4ef22cc32015e29a4aeb"}} as unknown as DocumentNode<CitizenMyOutreachOpeningsQuery, CitizenMyOutreachOpeningsQueryVariables>;
export const CitizenMyOfferingsOpeningsDocument = {"__meta__":{"hash":"sha256:ed5734d9f471036387501f49a45a746e34ca32e011262ddb6248e21fa13f4ba5"}} as unknown as DocumentNode<CitizenMyOfferingsOpeningsQuery, CitizenMyOfferingsOpeningsQueryVariables>;