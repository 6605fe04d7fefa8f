/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Where a campaign stands ("status"). */
export const CampaignStatus = {
  /** Planned, not started ("planerad"). */
  Planned: 'PLANNED',
  /** Under way: invitations are going out ("pågående"). */
  Active: 'ACTIVE',
  /** Finished ("avslutad"). */
  Closed: 'CLOSED'
} as const;

export type CampaignStatus = typeof CampaignStatus[keyof typeof CampaignStatus];
/** What the conversation led to ("utfall"). */
export const ConversationOutcome = {
  /** Nothing is needed now ("inget behov just nu"). */
  NothingNeeded: 'NOTHING_NEEDED',
  /** Information was given ("information given"). */
  InformationGiven: 'INFORMATION_GIVEN',
  /** An activity at a meeting place was suggested ("aktivitet föreslagen"). */
  ActivitySuggested: 'ACTIVITY_SUGGESTED',
  /** A referral to a caseworker, with the person's consent ("hänvisning till handläggare"). */
  Referral: 'REFERRAL'
} as const;

export type ConversationOutcome = typeof ConversationOutcome[keyof typeof ConversationOutcome];
/** A save of the conversation; a field left out keeps what was saved, null clears it. */
export type HealthConversationInput = {
  /** The version you loaded; left out only on the first save. A stale one answers ConflictError. */
  version?: number | null | undefined;
  record?: HealthConversationRecordInput | null | undefined;
  hearingProblems?: boolean | null | undefined;
  memoryProblems?: boolean | null | undefined;
  /** Yes (true) or no (false) to a referral to a caseworker. */
  referralConsent?: boolean | null | undefined;
  /** Yes (true) or no (false) to the caseworker reading this record. */
  shareRecordConsent?: boolean | null | undefined;
  /** The consent in the person's words, at most 500 characters. */
  consentText?: string | null | undefined;
  outcome?: ConversationOutcome | null | undefined;
  /** With ACTIVITY_SUGGESTED: the meeting place (offerings' Venue id). */
  activityId?: string | null | undefined;
  /** With ACTIVITY_SUGGESTED: its name as offerings gives it. */
  activityName?: string | null | undefined;
  /** With REFERRAL: what is needed, at most 2000 characters. */
  referralNeeds?: string | null | undefined;
  /** A follow-up day, YYYY-MM-DD; null for none. */
  followUpOn?: string | null | undefined;
};

/** Topics of the record; a topic left out keeps what was saved. */
export type HealthConversationRecordInput = {
  health?: string | null | undefined;
  memory?: string | null | undefined;
  fallsLastYear?: number | null | undefined;
  falls?: string | null | undefined;
  nutrition?: string | null | undefined;
  loneliness?: Loneliness | null | undefined;
  socialLife?: string | null | undefined;
  housing?: string | null | undefined;
  relatives?: string | null | undefined;
  wishes?: string | null | undefined;
  needsFound?: string | null | undefined;
};

/** How often the person feels lonely ("känner du dig ensam?"). */
export const Loneliness = {
  /** Never ("aldrig"). */
  Never: 'NEVER',
  /** Sometimes ("ibland"). */
  Sometimes: 'SOMETIMES',
  /** Often ("ofta"). */
  Often: 'OFTEN'
} as const;

export type Loneliness = typeof Loneliness[keyof typeof Loneliness];
/** Where a referral to a caseworker stands. */
export const ReferralStatus = {
  /** Written, not yet sent. */
  Pending: 'PENDING',
  /** Sent to the applications service ("skickad"). */
  Sent: 'SENT',
  /** An application exists for the caseworkers ("ärende skapat"). */
  Created: 'CREATED',
  /** Could not become an application; outreach staff follow it up. */
  Failed: 'FAILED'
} as const;

export type ReferralStatus = typeof ReferralStatus[keyof typeof ReferralStatus];
export type StaffCampaignsQueryVariables = Exact<{
  offset: number;
  limit: number;
}>;


export type StaffCampaignsQuery = { campaigns: { totalCount: number, hasNextPage: boolean, nodes: Array<{ id: string, name: string, status: CampaignStatus }> } };

export type StaffConversationFragment = { id: string, version: number, personName: string | null, heldAt: string, completedAt: string | null, hearingProblems: boolean, memoryProblems: boolean, referralConsent: boolean | null, shareRecordConsent: boolean | null, consentText: string | null, outcome: ConversationOutcome | null, activityId: string | null, activityName: string | null, referralNeeds: string | null, followUpOn: string | null, record: { health: string, memory: string, fallsLastYear: number | null, falls: string, nutrition: string, loneliness: Loneliness | null, socialLife: string, housing: string, relatives: string, wishes: string, needsFound: string }, referral: { id: string, status: ReferralStatus, reference: string | null } | null };

type StaffConversationErrors_ConflictError_Fragment = { __typename: 'ConflictError', message: string };

type StaffConversationErrors_DelegationError_Fragment = { __typename: 'DelegationError', message: string };

type StaffConversationErrors_NotFoundError_Fragment = { __typename: 'NotFoundError', message: string };

type StaffConversationErrors_RateLimitError_Fragment = { __typename: 'RateLimitError', message: string };

type StaffConversationErrors_ValidationError_Fragment = { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> };

type StaffConversationErrors_ConsentRequiredError_Fragment = { __typename: 'ConsentRequiredError', message: string };

export type StaffConversationErrorsFragment =
  | StaffConversationErrors_ConflictError_Fragment
  | StaffConversationErrors_DelegationError_Fragment
  | StaffConversationErrors_NotFoundError_Fragment
  | StaffConversationErrors_RateLimitError_Fragment
  | StaffConversationErrors_ValidationError_Fragment
  | StaffConversationErrors_ConsentRequiredError_Fragment
;

export type StaffHealthConversationQueryVariables = Exact<{
  bookingId: string;
}>;


export type StaffHealthConversationQuery = { healthConversation: { id: string, version: number, personName: string | null, heldAt: string, completedAt: string | null, hearingProblems: boolean, memoryProblems: boolean, referralConsent: boolean | null, shareRecordConsent: boolean | null, consentText: string | null, outcome: ConversationOutcome | null, activityId: string | null, activityName: string | null, referralNeeds: string | null, followUpOn: string | null, record: { health: string, memory: string, fallsLastYear: number | null, falls: string, nutrition: string, loneliness: Loneliness | null, socialLife: string, housing: string, relatives: string, wishes: string, needsFound: string }, referral: { id: string, status: ReferralStatus, reference: string | null } | null } | null, venues: { nodes: Array<{ id: string, name: string, area: string }> } };

export type StaffConversationReferralQueryVariables = Exact<{
  bookingId: string;
}>;


export type StaffConversationReferralQuery = { healthConversation: { id: string, referral: { id: string, status: ReferralStatus, reference: string | null } | null } | null };

export type StaffRecordHealthConversationMutationVariables = Exact<{
  bookingId: string;
  input: HealthConversationInput;
}>;


export type StaffRecordHealthConversationMutation = { recordHealthConversation:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationRecordHealthConversationSuccess', data: { id: string, version: number, personName: string | null, heldAt: string, completedAt: string | null, hearingProblems: boolean, memoryProblems: boolean, referralConsent: boolean | null, shareRecordConsent: boolean | null, consentText: string | null, outcome: ConversationOutcome | null, activityId: string | null, activityName: string | null, referralNeeds: string | null, followUpOn: string | null, record: { health: string, memory: string, fallsLastYear: number | null, falls: string, nutrition: string, loneliness: Loneliness | null, socialLife: string, housing: string, relatives: string, wishes: string, needsFound: string }, referral: { id: string, status: ReferralStatus, reference: string | null } | null } }
   };

export type StaffCompleteHealthConversationMutationVariables = Exact<{
  bookingId: string;
  version: number;
}>;


export type StaffCompleteHealthConversationMutation = { completeHealthConversation:
    | { __typename: 'ConsentRequiredError', message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationCompleteHealthConversationSuccess', data: { id: string, version: number, personName: string | null, heldAt: string, completedAt: string | null, hearingProblems: boolean, memoryProblems: boolean, referralConsent: boolean | null, shareRecordConsent: boolean | null, consentText: string | null, outcome: ConversationOutcome | null, activityId: string | null, activityName: string | null, referralNeeds: string | null, followUpOn: string | null, record: { health: string, memory: string, fallsLastYear: number | null, falls: string, nutrition: string, loneliness: Loneliness | null, socialLife: string, housing: string, relatives: string, wishes: string, needsFound: string }, referral: { id: string, status: ReferralStatus, reference: string | null } | null } }
   };

export type StaffOutreachFollowUpsQueryVariables = Exact<{
  offset: number;
  limit: number;
}>;


export type StaffOutreachFollowUpsQuery = { outreachFollowUps: { totalCount: number, hasNextPage: boolean, nodes: Array<{ id: string, bookingId: string, personName: string | null, heldAt: string, followUpOn: string | null, outcome: ConversationOutcome | null }> } };

export type StaffMarkFollowUpDoneMutationVariables = Exact<{
  bookingId: string;
}>;


export type StaffMarkFollowUpDoneMutation = { markFollowUpDone:
    | { __typename: 'ValidationError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationMarkFollowUpDoneSuccess' }
   };

export const StaffConversationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffConversation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HealthConversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"memory"}},{"kind":"Field","name":{"kind":"Name","value":"fallsLastYear"}},{"kind":"Field","name":{"kind":"Name","value":"falls"}},{"kind":"Field","name":{"kind":"Name","value":"nutrition"}},{"kind":"Field","name":{"kind":"Name","value":"loneliness"}},{"kind":"Field","name":{"kind":"Name","value":"socialLife"}},{"kind":"Field","name":{"kind":"Name","value":"housing"}},{"kind":"Field","name":{"kind":"Name","value":"relatives"}},{"kind":"Field","name":{"kind":"Name","value":"wishes"}},{"kind":"Field","name":{"kind":"Name","value":"needsFound"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hearingProblems"}},{"kind":"Field","name":{"kind":"Name","value":"memoryProblems"}},{"kind":"Field","name":{"kind":"Name","value":"referralConsent"}},{"kind":"Field","name":{"kind":"Name","value":"shareRecordConsent"}},{"kind":"Field","name":{"kind":"Name","value":"consentText"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"activityName"}},{"kind":"Field","name":{"kind":"Name","value":"referralNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"followUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]} as unknown as DocumentNode<StaffConversationFragment, unknown>;
export const StaffConversationErrorsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffConversationErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<StaffConversationErrorsFragment, unknown>;
export const StaffCampaignsDocument = {"__meta__":{"hash":"sha256:5686df77384d62761f5eb5d9fd1457acf4a78bf67354517485f75a5d556cc97d"}} as unknown as DocumentNode<StaffCampaignsQuery, StaffCampaignsQueryVariables>;
export const StaffHealthConversationDocument = {"__meta__":{"hash":"sha256:702aaff0799fa2efb80f5b3da5c501167f76aea07d780c4f65d599a616c52b0c"}} as unknown as DocumentNode<StaffHealthConversationQuery, StaffHealthConversationQueryVariables>;
export const StaffConversationReferralDocument = {"__meta__":{"hash":"sha256:a19b160549c228a2578a9f01f72b402e7f847e526e3780390aaa0c1826ef422d"}} as unknown as DocumentNode<StaffConversationReferralQuery, StaffConversationReferralQueryVariables>;
export const StaffRecordHealthConversationDocument = {"__meta__":{"hash":"sha256:ea8b06a6a7c49fae8fabe4db77ced44b612174a64d998333abd7b5b2aac9ce8c"}} as unknown as DocumentNode<StaffRecordHealthConversationMutation, StaffRecordHealthConversationMutationVariables>;
export const StaffCompleteHealthConversationDocument = {"__meta__":{"hash":"sha256:cda2b0ce17798753a55b33a883bbbf364fb389d85c9c9aa2bd0a8d04170fb6d9"}} as unknown as DocumentNode<StaffCompleteHealthConversationMutation, StaffCompleteHealthConversationMutationVariables>;
export const StaffOutreachFollowUpsDocument = {"__meta__":{"hash":"sha256:a68a9f8ea90d9809244ff39143ee946d3db1e1bdddab336dcfdda3ca18e5a767"}} as unknown as DocumentNode<StaffOutreachFollowUpsQuery, StaffOutreachFollowUpsQueryVariables>;
export const StaffMarkFollowUpDoneDocument = {"__meta__":{"hash":"sha256:8384446bcafd9ecc4826f1c065347c320644b26b8554d7b9ecb0e7a270206691"}} as unknown as DocumentNode<StaffMarkFollowUpDoneMutation, StaffMarkFollowUpDoneMutationVariables>;