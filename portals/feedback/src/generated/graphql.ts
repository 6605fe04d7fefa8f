/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What the feedback concerns ("vad synpunkten gäller"). */
export const FeedbackSubject = {
  /** Something else ("annat"). */
  Other: 'OTHER',
  /** Staffing ("bemanning"). */
  Staffing: 'STAFFING',
  /** How the sender was treated ("bemötande"). */
  Treatment: 'TREATMENT',
  /** A decision ("beslut"). */
  Decision: 'DECISION',
  /** Shortcomings in information ("brister i information"). */
  Information: 'INFORMATION',
  /** Shortcomings in routines or in how care was carried out ("brister i rutiner/utförande"). */
  Routines: 'ROUTINES',
  /** A question or an idea ("fråga/idé"). */
  QuestionIdea: 'QUESTION_IDEA',
  /** The physical environment ("fysisk miljö"). */
  PhysicalEnvironment: 'PHYSICAL_ENVIRONMENT',
  /** The handling of personal data ("hantering av personuppgifter"). */
  PersonalData: 'PERSONAL_DATA',
  /** Competence ("kompetens"). */
  Competence: 'COMPETENCE',
  /** Technology and IT ("teknik/IT"). */
  Technology: 'TECHNOLOGY',
  /** Accessibility ("tillgänglighet"). */
  Accessibility: 'ACCESSIBILITY',
  /** A care service that did not happen or came late ("utebliven/försenad insats"). */
  MissedOrDelayedService: 'MISSED_OR_DELAYED_SERVICE'
} as const;

export type FeedbackSubject = typeof FeedbackSubject[keyof typeof FeedbackSubject];
/** The kind of feedback ("typ av synpunkt"). */
export const FeedbackType = {
  /** A complaint ("klagomål"). */
  Complaint: 'COMPLAINT',
  /** A suggestion or opinion ("synpunkt/förslag"). */
  Suggestion: 'SUGGESTION',
  /** Praise ("beröm"). */
  Praise: 'PRAISE',
  /** A question or an idea ("fråga/idé"). */
  Question: 'QUESTION'
} as const;

export type FeedbackType = typeof FeedbackType[keyof typeof FeedbackType];
/** Feedback from the web form "Tyck till" ("lämna synpunkter och klagomål"). */
export type SubmitFeedbackInput = {
  /** Complaint, suggestion, praise or question ("typ"). */
  type: FeedbackType;
  /** What it concerns ("vad gäller det"). */
  subject: FeedbackSubject;
  /** What the sender wants to say ("din synpunkt"): 1 to 10000 characters after trimming. */
  text: string;
  /** Send anonymously ("anonymt"): the sender is not linked and contact details are not kept. Default false. */
  anonymous?: boolean | null | undefined;
  /** Name to answer to ("namn"), optional, at most 200 characters. */
  contactName?: string | null | undefined;
  /** E-mail address to answer to ("e-post"), optional. */
  contactEmail?: string | null | undefined;
  /** Phone number to answer to ("telefon"), optional: digits, spaces, + and -, 6 to 20 characters. */
  contactPhone?: string | null | undefined;
};

export type CitizenSubmitFeedbackMutationVariables = Exact<{
  input: SubmitFeedbackInput;
}>;


export type CitizenSubmitFeedbackMutation = { submitFeedback:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationSubmitFeedbackSuccess', data: { id: string, referenceNumber: string, anonymous: boolean } }
   };

type MutationErrors_ConflictError_Fragment = { __typename: 'ConflictError', message: string };

type MutationErrors_DelegationError_Fragment = { __typename: 'DelegationError', message: string };

type MutationErrors_NotFoundError_Fragment = { __typename: 'NotFoundError', message: string };

type MutationErrors_RateLimitError_Fragment = { __typename: 'RateLimitError', message: string };

type MutationErrors_ValidationError_Fragment = { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> };

type MutationErrors_BookingRefusedError_Fragment = { __typename: 'BookingRefusedError', message: string };

type MutationErrors_CohortAlreadyFixedError_Fragment = { __typename: 'CohortAlreadyFixedError', message: string };

type MutationErrors_ConsentRequiredError_Fragment = { __typename: 'ConsentRequiredError', message: string };

type MutationErrors_LetterBatchRunningError_Fragment = { __typename: 'LetterBatchRunningError', message: string };

type MutationErrors_SlotTakenError_Fragment = { __typename: 'SlotTakenError', message: string };

export type MutationErrorsFragment =
  | MutationErrors_ConflictError_Fragment
  | MutationErrors_DelegationError_Fragment
  | MutationErrors_NotFoundError_Fragment
  | MutationErrors_RateLimitError_Fragment
  | MutationErrors_ValidationError_Fragment
  | MutationErrors_BookingRefusedError_Fragment
  | MutationErrors_CohortAlreadyFixedError_Fragment
  | MutationErrors_ConsentRequiredError_Fragment
  | MutationErrors_LetterBatchRunningError_Fragment
  | MutationErrors_SlotTakenError_Fragment
;

export type StaffFeedbackListQueryVariables = Exact<{
  offset: number;
  limit: number;
}>;


export type StaffFeedbackListQuery = { feedbackList: { totalCount: number, hasNextPage: boolean, nodes: Array<{ id: string, referenceNumber: string, type: FeedbackType, subject: FeedbackSubject, text: string, anonymous: boolean, receivedAt: string, contactName: string | null, contactEmail: string | null, contactPhone: string | null }> } };

export type StaffFeedbackRowFragment = { id: string, referenceNumber: string, type: FeedbackType, subject: FeedbackSubject, text: string, anonymous: boolean, receivedAt: string, contactName: string | null, contactEmail: string | null, contactPhone: string | null };

export const MutationErrorsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MutationErrorsFragment, unknown>;
export const StaffFeedbackRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFeedbackRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Feedback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referenceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}}]}}]} as unknown as DocumentNode<StaffFeedbackRowFragment, unknown>;
export const CitizenSubmitFeedbackDocument = {"__meta__":{"hash":"sha256:c2498642e9c5fef249d29c2ef44ec64aa82042a31154535cf9044ba05c4b8e0b"}} as unknown as DocumentNode<CitizenSubmitFeedbackMutation, CitizenSubmitFeedbackMutationVariables>;
export const StaffFeedbackListDocument = {"__meta__":{"hash":"sha256:c73b07449565c2f845d80c7c39f64d6c3ebd1c3a681756bc2c16f18f2ddabcaa"}} as unknown as DocumentNode<StaffFeedbackListQuery, StaffFeedbackListQueryVariables>;