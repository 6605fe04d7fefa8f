/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Where an appeal ("överklagande") stands. */
export const AppealStatus = {
  /** The unit changed the decision itself ("ändrat vid omprövning"). */
  ChangedOnReconsideration: 'CHANGED_ON_RECONSIDERATION',
  /** The court changed the decision ("bifall i domstol"). */
  CourtChanged: 'COURT_CHANGED',
  /** The court dismissed the appeal, e.g. as late ("avvisat"). */
  CourtDismissed: 'COURT_DISMISSED',
  /** The court upheld the decision ("avslag i domstol"). */
  CourtUpheld: 'COURT_UPHELD',
  /** Sent to the administrative court ("överlämnad till förvaltningsrätten"). */
  ForwardedToCourt: 'FORWARDED_TO_COURT',
  /** Received, not yet handled ("inkommen"). */
  Received: 'RECEIVED'
} as const;

export type AppealStatus = typeof AppealStatus[keyof typeof AppealStatus];
export type RegisterAppealInput = {
  /** WEB or PAPER. */
  channel: string;
  decisionId: string;
  /** The day it reached the unit, YYYY-MM-DD (the postmark does not count). */
  receivedOn: string;
  /** The appeal as received; 1 to 20000 characters. */
  text: string;
};

/** CASEWORKER biståndshandläggare, MANAGER chef, OUTREACH uppsökande, QUALITY_COUNCIL kvalitetsråd. */
export const StaffRole = {
  Caseworker: 'CASEWORKER',
  Manager: 'MANAGER',
  Outreach: 'OUTREACH',
  QualityCouncil: 'QUALITY_COUNCIL'
} as const;

export type StaffRole = typeof StaffRole[keyof typeof StaffRole];
type MutationErrors_ConflictError_Fragment = { __typename: 'ConflictError', currentVersion: number, message: string };

type MutationErrors_DelegationError_Fragment = { __typename: 'DelegationError', requiredRole: StaffRole, message: string };

type MutationErrors_NotFoundError_Fragment = { __typename: 'NotFoundError', message: string };

type MutationErrors_RateLimitError_Fragment = { __typename: 'RateLimitError', message: string };

type MutationErrors_ValidationError_Fragment = { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> };

export type MutationErrorsFragment =
  | MutationErrors_ConflictError_Fragment
  | MutationErrors_DelegationError_Fragment
  | MutationErrors_NotFoundError_Fragment
  | MutationErrors_RateLimitError_Fragment
  | MutationErrors_ValidationError_Fragment
;

export type StaffRegisterAppealMutationVariables = Exact<{
  input: RegisterAppealInput;
}>;


export type StaffRegisterAppealMutation = { registerAppeal:
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'MutationRegisterAppealSuccess', data: { id: string, status: AppealStatus, inTime: boolean } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
   };

export const MutationErrorsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DelegationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requiredRole"}}]}}]}}]} as unknown as DocumentNode<MutationErrorsFragment, unknown>;
export const StaffRegisterAppealDocument = {"__meta__":{"hash":"sha256:89af3343e795d21f7a357017f43e080795dff78764f76d3acc478a7179e78406"}} as unknown as DocumentNode<StaffRegisterAppealMutation, StaffRegisterAppealMutationVariables>;