/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Why a row of the extract was not imported: an invalid or repeated personnummer, a missing name, street address, postal code or postal town, an invalid postal code, a value too long, forbidden characters (or not UTF-8), or a row with the wrong number of columns. */
export const PopulationImportRefusal = {
  InvalidPersonalIdentityNumber: 'INVALID_PERSONAL_IDENTITY_NUMBER',
  DuplicatePersonalIdentityNumber: 'DUPLICATE_PERSONAL_IDENTITY_NUMBER',
  MissingName: 'MISSING_NAME',
  MissingStreetAddress: 'MISSING_STREET_ADDRESS',
  MissingPostalCode: 'MISSING_POSTAL_CODE',
  InvalidPostalCode: 'INVALID_POSTAL_CODE',
  MissingPostalTown: 'MISSING_POSTAL_TOWN',
  TooLong: 'TOO_LONG',
  InvalidCharacters: 'INVALID_CHARACTERS',
  WrongColumnCount: 'WRONG_COLUMN_COUNT'
} as const;

export type PopulationImportRefusal = typeof PopulationImportRefusal[keyof typeof PopulationImportRefusal];
/** RUNNING (rows are being imported), DONE, FAILED (the file could not be read; nothing from it was imported). */
export const PopulationImportStatus = {
  Running: 'RUNNING',
  Done: 'DONE',
  Failed: 'FAILED'
} as const;

export type PopulationImportStatus = typeof PopulationImportStatus[keyof typeof PopulationImportStatus];
/** A campaign as the editor writes it. */
export type CampaignInput = {
  /** The name, 1..200 characters. */
  name: string;
  /** First day, YYYY-MM-DD; empty while open. */
  startsOn?: string | null | undefined;
  /** Last day, YYYY-MM-DD, not before startsOn; empty while open. */
  endsOn?: string | null | undefined;
  /** Whom it is for, in words; up to 2,000 characters. */
  targetDescription: string;
  cohortRule: CohortRuleInput;
  /** Weeks after the invitation letter that unanswered invitations get a reminder, 1..52; empty (or left out) for none. */
  reminderAfterWeeks?: number | null | undefined;
};

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
export type ChangeCampaignStatusInput = {
  id: string;
  status: CampaignStatus;
};

/** Who a campaign invites ("urvalsregel"). Age 60..110, at most 50 areas of at most 100 characters, months 0..120. */
export type CohortRuleInput = {
  /** The age reached in `year`, 60..110; empty until chosen. */
  age?: number | null | undefined;
  /** The year the age is reached. */
  year?: number | null | undefined;
  /** District areas whose residents are included. */
  districtAreas: Array<string>;
  /** Leave out people with current care services. */
  excludeCurrentCare: boolean;
  /** Leave out people invited by another campaign within this many months, 0..120; empty for no such rule. */
  notInvitedWithinMonths?: number | null | undefined;
};

export type FixCohortInput = {
  id: string;
};

/** Where an invitation stands ("svar"). */
export const InvitationStatus = {
  /** Invited, not answered yet ("inbjuden"). */
  Invited: 'INVITED',
  /** Said yes to a health conversation ("tackat ja"). */
  Accepted: 'ACCEPTED',
  /** Said no ("tackat nej"). */
  Declined: 'DECLINED'
} as const;

export type InvitationStatus = typeof InvitationStatus[keyof typeof InvitationStatus];
/** What a letter batch holds. */
export const LetterBatchKind = {
  /** Invitation letters ("inbjudningar") to cohort members not yet invited. */
  Invitation: 'INVITATION',
  /** Reminder letters ("påminnelser") to those who have not answered. */
  Reminder: 'REMINDER'
} as const;

export type LetterBatchKind = typeof LetterBatchKind[keyof typeof LetterBatchKind];
/** Where a letter batch stands. */
export const LetterBatchStatus = {
  /** Asked for; the job has not started. */
  Queued: 'QUEUED',
  /** The letters are being made (`done` of `total`). */
  Running: 'RUNNING',
  /** The print file is ready (or there was no one to write to). */
  Done: 'DONE',
  /** The job failed for good; nothing was kept, and another batch may be started. */
  Failed: 'FAILED'
} as const;

export type LetterBatchStatus = typeof LetterBatchStatus[keyof typeof LetterBatchStatus];
export type UpdateCampaignInput = {
  id: string;
  campaign: CampaignInput;
};

export type CitizenInvitationFragment = { id: string, status: InvitationStatus, answered: boolean, answeredAt: string | null, firstName: string | null, forViewer: boolean, campaignName: string, campaignDescription: string };

export type CitizenInvitationQueryVariables = Exact<{
  token: string;
}>;


export type CitizenInvitationQuery = { invitation: { id: string, status: InvitationStatus, answered: boolean, answeredAt: string | null, firstName: string | null, forViewer: boolean, campaignName: string, campaignDescription: string } | null };

export type CitizenMyInvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type CitizenMyInvitationsQuery = { myInvitations: { nodes: Array<{ id: string, status: InvitationStatus, answered: boolean, answeredAt: string | null, firstName: string | null, forViewer: boolean, campaignName: string, campaignDescription: string }> } };

export type CitizenOpenInvitationMutationVariables = Exact<{
  code: string;
  birthDate: string;
}>;


export type CitizenOpenInvitationMutation = { openInvitation:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationOpenInvitationSuccess', data: { token: string, invitation: { id: string, status: InvitationStatus, answered: boolean, answeredAt: string | null, firstName: string | null, forViewer: boolean, campaignName: string, campaignDescription: string } } }
   };

export type CitizenAcceptInvitationMutationVariables = Exact<{
  token?: string | null | undefined;
  invitationId?: string | null | undefined;
}>;


export type CitizenAcceptInvitationMutation = { acceptInvitation:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationAcceptInvitationSuccess', data: { id: string, status: InvitationStatus, answered: boolean, answeredAt: string | null, firstName: string | null, forViewer: boolean, campaignName: string, campaignDescription: string } }
   };

export type CitizenDeclineInvitationMutationVariables = Exact<{
  token?: string | null | undefined;
  invitationId?: string | null | undefined;
  reason?: string | null | undefined;
}>;


export type CitizenDeclineInvitationMutation = { declineInvitation:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationDeclineInvitationSuccess', data: { id: string, status: InvitationStatus, answered: boolean, answeredAt: string | null, firstName: string | null, forViewer: boolean, campaignName: string, campaignDescription: string } }
   };

export type CitizenEndInvitationSessionMutationVariables = Exact<{
  token: string;
}>;


export type CitizenEndInvitationSessionMutation = { endInvitationSession:
    | { __typename: 'ValidationError' }
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'RateLimitError' }
    | { __typename: 'MutationEndInvitationSessionSuccess' }
   };

type MutationErrors_ConflictError_Fragment = { __typename: 'ConflictError', currentVersion: number, message: string };

type MutationErrors_DelegationError_Fragment = { __typename: 'DelegationError', message: string };

type MutationErrors_NotFoundError_Fragment = { __typename: 'NotFoundError', message: string };

type MutationErrors_RateLimitError_Fragment = { __typename: 'RateLimitError', message: string };

type MutationErrors_ValidationError_Fragment = { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> };

type MutationErrors_CohortAlreadyFixedError_Fragment = { __typename: 'CohortAlreadyFixedError', message: string };

type MutationErrors_LetterBatchRunningError_Fragment = { __typename: 'LetterBatchRunningError', message: string };

export type MutationErrorsFragment =
  | MutationErrors_ConflictError_Fragment
  | MutationErrors_DelegationError_Fragment
  | MutationErrors_NotFoundError_Fragment
  | MutationErrors_RateLimitError_Fragment
  | MutationErrors_ValidationError_Fragment
  | MutationErrors_CohortAlreadyFixedError_Fragment
  | MutationErrors_LetterBatchRunningError_Fragment
;

export type StaffCampaignFieldsFragment = { id: string, name: string, status: CampaignStatus, startsOn: string | null, endsOn: string | null, targetDescription: string, cohortFixedAt: string | null, reminderAfterWeeks: number | null, cohortSize: number | null, cohortRule: { age: number | null, year: number | null, districtAreas: Array<string>, excludeCurrentCare: boolean, notInvitedWithinMonths: number | null } };

export type StaffCampaignPageQueryVariables = Exact<{
  id: string;
}>;


export type StaffCampaignPageQuery = { campaign: { id: string, name: string, status: CampaignStatus, startsOn: string | null, endsOn: string | null, targetDescription: string, cohortFixedAt: string | null, reminderAfterWeeks: number | null, cohortSize: number | null, cohortRule: { age: number | null, year: number | null, districtAreas: Array<string>, excludeCurrentCare: boolean, notInvitedWithinMonths: number | null } } | null };

export type StaffCampaignAreasQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffCampaignAreasQuery = { campaignDistrictAreas: Array<string> };

export type StaffCohortPreviewQueryVariables = Exact<{
  id?: string | null | undefined;
  rule?: CohortRuleInput | null | undefined;
}>;


export type StaffCohortPreviewQuery = { campaignCohortPreview: { women: number, men: number, total: number } | null };

export type StaffCreateCampaignMutationVariables = Exact<{
  input: CampaignInput;
}>;


export type StaffCreateCampaignMutation = { createCampaign:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationCreateCampaignSuccess', data: { id: string, name: string, status: CampaignStatus, startsOn: string | null, endsOn: string | null, targetDescription: string, cohortFixedAt: string | null, reminderAfterWeeks: number | null, cohortSize: number | null, cohortRule: { age: number | null, year: number | null, districtAreas: Array<string>, excludeCurrentCare: boolean, notInvitedWithinMonths: number | null } } }
   };

export type StaffUpdateCampaignMutationVariables = Exact<{
  input: UpdateCampaignInput;
}>;


export type StaffUpdateCampaignMutation = { updateCampaign:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationUpdateCampaignSuccess', data: { id: string, name: string, status: CampaignStatus, startsOn: string | null, endsOn: string | null, targetDescription: string, cohortFixedAt: string | null, reminderAfterWeeks: number | null, cohortSize: number | null, cohortRule: { age: number | null, year: number | null, districtAreas: Array<string>, excludeCurrentCare: boolean, notInvitedWithinMonths: number | null } } }
   };

export type StaffChangeCampaignStatusMutationVariables = Exact<{
  input: ChangeCampaignStatusInput;
}>;


export type StaffChangeCampaignStatusMutation = { changeCampaignStatus:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationChangeCampaignStatusSuccess', data: { id: string, name: string, status: CampaignStatus, startsOn: string | null, endsOn: string | null, targetDescription: string, cohortFixedAt: string | null, reminderAfterWeeks: number | null, cohortSize: number | null, cohortRule: { age: number | null, year: number | null, districtAreas: Array<string>, excludeCurrentCare: boolean, notInvitedWithinMonths: number | null } } }
   };

export type StaffFixCohortMutationVariables = Exact<{
  input: FixCohortInput;
}>;


export type StaffFixCohortMutation = { fixCohort:
    | { __typename: 'CohortAlreadyFixedError', fixedAt: string, message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationFixCohortSuccess', data: { id: string, name: string, status: CampaignStatus, startsOn: string | null, endsOn: string | null, targetDescription: string, cohortFixedAt: string | null, reminderAfterWeeks: number | null, cohortSize: number | null, cohortRule: { age: number | null, year: number | null, districtAreas: Array<string>, excludeCurrentCare: boolean, notInvitedWithinMonths: number | null } } }
   };

export type StaffCampaignsQueryVariables = Exact<{
  offset: number;
  limit: number;
}>;


export type StaffCampaignsQuery = { campaigns: { totalCount: number, hasNextPage: boolean, nodes: Array<{ id: string, name: string, status: CampaignStatus, startsOn: string | null, endsOn: string | null, cohortFixedAt: string | null, cohortSize: number | null }> } };

export type StaffCampaignCohortQueryVariables = Exact<{
  id: string;
  search?: string | null | undefined;
  offset: number;
  limit: number;
}>;


export type StaffCampaignCohortQuery = { campaignCohort: { totalCount: number, hasNextPage: boolean, nodes: Array<{ personId: string, givenName: string, familyName: string, birthDate: string, districtArea: string | null, streetAddress: string | null, postalCode: string | null, postalTown: string | null }> } | null };

export type StaffLetterBatchFieldsFragment = { id: string, kind: LetterBatchKind, status: LetterBatchStatus, total: number, done: number, createdAt: string, finishedAt: string | null, automatic: boolean, createdByYou: boolean, fileSize: number | null, fileName: string | null, fileUrl: string | null };

export type StaffLetterBatchesQueryVariables = Exact<{
  campaignId: string;
  offset: number;
  limit: number;
}>;


export type StaffLetterBatchesQuery = { campaign: { id: string, reminderAfterWeeks: number | null, letterBatches: { totalCount: number, hasNextPage: boolean, nodes: Array<{ id: string, kind: LetterBatchKind, status: LetterBatchStatus, total: number, done: number, createdAt: string, finishedAt: string | null, automatic: boolean, createdByYou: boolean, fileSize: number | null, fileName: string | null, fileUrl: string | null }> } } | null };

export type StaffLetterBatchQueryVariables = Exact<{
  id: string;
}>;


export type StaffLetterBatchQuery = { letterBatch: { id: string, kind: LetterBatchKind, status: LetterBatchStatus, total: number, done: number, createdAt: string, finishedAt: string | null, automatic: boolean, createdByYou: boolean, fileSize: number | null, fileName: string | null, fileUrl: string | null } | null };

export type StaffCreateInvitationLettersMutationVariables = Exact<{
  campaignId: string;
}>;


export type StaffCreateInvitationLettersMutation = { createInvitationLetters:
    | { __typename: 'LetterBatchRunningError', batchId: string, message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationCreateInvitationLettersSuccess', data: { id: string, kind: LetterBatchKind, status: LetterBatchStatus, total: number, done: number, createdAt: string, finishedAt: string | null, automatic: boolean, createdByYou: boolean, fileSize: number | null, fileName: string | null, fileUrl: string | null } }
   };

export type StaffCreateReminderLettersMutationVariables = Exact<{
  campaignId: string;
}>;


export type StaffCreateReminderLettersMutation = { createReminderLetters:
    | { __typename: 'LetterBatchRunningError', batchId: string, message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationCreateReminderLettersSuccess', data: { id: string, kind: LetterBatchKind, status: LetterBatchStatus, total: number, done: number, createdAt: string, finishedAt: string | null, automatic: boolean, createdByYou: boolean, fileSize: number | null, fileName: string | null, fileUrl: string | null } }
   };

export type StaffPopulationImportSummaryFragment = { id: string, fileName: string, status: PopulationImportStatus, failure: string | null, startedAt: string, finishedAt: string | null, rowsRead: number, created: number, updated: number, unchanged: number, refused: number, processed: number, startedBy: { id: string, name: string } };

export type StaffPopulationImportsQueryVariables = Exact<{
  offset: number;
  limit: number;
}>;


export type StaffPopulationImportsQuery = { populationImports: { totalCount: number, hasNextPage: boolean, nodes: Array<{ id: string, fileName: string, status: PopulationImportStatus, failure: string | null, startedAt: string, finishedAt: string | null, rowsRead: number, created: number, updated: number, unchanged: number, refused: number, processed: number, startedBy: { id: string, name: string } }> } };

export type StaffPopulationImportQueryVariables = Exact<{
  id: string;
  refusedOffset: number;
  refusedLimit: number;
}>;


export type StaffPopulationImportQuery = { populationImport: { id: string, fileName: string, status: PopulationImportStatus, failure: string | null, startedAt: string, finishedAt: string | null, rowsRead: number, created: number, updated: number, unchanged: number, refused: number, processed: number, refusedRows: { totalCount: number, hasNextPage: boolean, nodes: Array<{ line: number, reason: PopulationImportRefusal }> }, startedBy: { id: string, name: string } } | null };

export const CitizenInvitationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitizenInvitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"forViewer"}},{"kind":"Field","name":{"kind":"Name","value":"campaignName"}},{"kind":"Field","name":{"kind":"Name","value":"campaignDescription"}}]}}]} as unknown as DocumentNode<CitizenInvitationFragment, unknown>;
export const MutationErrorsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}}]} as unknown as DocumentNode<MutationErrorsFragment, unknown>;
export const StaffCampaignFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffCampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"targetDescription"}},{"kind":"Field","name":{"kind":"Name","value":"cohortFixedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reminderAfterWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"cohortSize"}},{"kind":"Field","name":{"kind":"Name","value":"cohortRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"districtAreas"}},{"kind":"Field","name":{"kind":"Name","value":"excludeCurrentCare"}},{"kind":"Field","name":{"kind":"Name","value":"notInvitedWithinMonths"}}]}}]}}]} as unknown as DocumentNode<StaffCampaignFieldsFragment, unknown>;
export const StaffLetterBatchFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffLetterBatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LetterBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"}},{"kind":"Field","name":{"kind":"Name","value":"createdByYou"}},{"kind":"Field","name":{"kind":"Name","value":"fileSize"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"fileUrl"}}]}}]} as unknown as DocumentNode<StaffLetterBatchFieldsFragment, unknown>;
export const StaffPopulationImportSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffPopulationImportSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PopulationImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"refused"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}}]}}]} as unknown as DocumentNode<StaffPopulationImportSummaryFragment, unknown>;
export const CitizenInvitationDocument = {"__meta__":{"hash":"sha256:071ec8d7b3bcd6b7636d53b37621ba7e3c792e8beb6b36379f5a2ecc38f44112"}} as unknown as DocumentNode<CitizenInvitationQuery, CitizenInvitationQueryVariables>;
export const CitizenMyInvitationsDocument = {"__meta__":{"hash":"sha256:503ae7f3e9c2b7ef192c558af822777206d6f83075d93456c85778c7a5ff9a77"}} as unknown as DocumentNode<CitizenMyInvitationsQuery, CitizenMyInvitationsQueryVariables>;
export const CitizenOpenInvitationDocument = {"__meta__":{"hash":"sha256:a2579abee884756878b6006bc2b26043cfe887dadf60d41609988270686aff41"}} as unknown as DocumentNode<CitizenOpenInvitationMutation, CitizenOpenInvitationMutationVariables>;
export const CitizenAcceptInvitationDocument = {"__meta__":{"hash":"sha256:a3c367c871120c1408da55fb99df8b82b622141872b12e33f7747183b6aa2a83"}} as unknown as DocumentNode<CitizenAcceptInvitationMutation, CitizenAcceptInvitationMutationVariables>;
export const CitizenDeclineInvitationDocument = {"__meta__":{"hash":"sha256:4ce764588827764c43ef03124be5ad5fd9b371389de022f682fda2ac1a48352b"}} as unknown as DocumentNode<CitizenDeclineInvitationMutation, CitizenDeclineInvitationMutationVariables>;
export const CitizenEndInvitationSessionDocument = {"__meta__":{"hash":"sha256:0c5426593ede0305402b7cb927376057e0231f20fce21015425592c89c096bc8"}} as unknown as DocumentNode<CitizenEndInvitationSessionMutation, CitizenEndInvitationSessionMutationVariables>;
export const StaffCampaignPageDocument = {"__meta__":{"hash":"sha256:83b547901700d5576d2828f0beb897997577929cd56d639c6ac28973b66bee4f"}} as unknown as DocumentNode<StaffCampaignPageQuery, StaffCampaignPageQueryVariables>;
export const StaffCampaignAreasDocument = {"__meta__":{"hash":"sha256:a531d12923241c66314f47b57080e0bde2424414669d31d4725b896091a831ca"}} as unknown as DocumentNode<StaffCampaignAreasQuery, StaffCampaignAreasQueryVariables>;
export const StaffCohortPreviewDocument = {"__meta__":{"hash":"sha256:2d4f8d62c12b2f0ddac263dfeb137ceebb207145df90cf46d83fd4072003164e"}} as unknown as DocumentNode<StaffCohortPreviewQuery, StaffCohortPreviewQueryVariables>;
export const StaffCreateCampaignDocument = {"__meta__":{"hash":"sha256:ac8f33639c60bfa8f17268fc6f37b9c88a338def4c42284f13b2f076e137ff89"}} as unknown as DocumentNode<StaffCreateCampaignMutation, StaffCreateCampaignMutationVariables>;
export const StaffUpdateCampaignDocument = {"__meta__":{"hash":"sha256:ffaef570a202f0638c08cee659349e906b938833b69c8229f90a577972f43183"}} as unknown as DocumentNode<StaffUpdateCampaignMutation, StaffUpdateCampaignMutationVariables>;
export const StaffChangeCampaignStatusDocument = {"__meta__":{"hash":"sha256:9c0a957877c0cf2156d5fb3af650f8d28806f4d3396243b123c0b77958d36c27"}} as unknown as DocumentNode<StaffChangeCampaignStatusMutation, StaffChangeCampaignStatusMutationVariables>;
export const StaffFixCohortDocument = {"__meta__":{"hash":"sha256:3dc69f586bbd0897144c5d114a895e8a9c09d8143e4c8d1b453be2eb69ecf5ca"}} as unknown as DocumentNode<StaffFixCohortMutation, StaffFixCohortMutationVariables>;
export const StaffCampaignsDocument = {"__meta__":{"hash":"sha256:5b1dc1b32097257b26f29bc95150173baeb83a7bf49a7d18233397ad2ce5d295"}} as unknown as DocumentNode<StaffCampaignsQuery, StaffCampaignsQueryVariables>;
export const StaffCampaignCohortDocument = {"__meta__":{"hash":"sha256:645120eb4a0205e188086794285b8b9746e1e9d23037e2dbfea46445bc4a8583"}} as unknown as DocumentNode<StaffCampaignCohortQuery, StaffCampaignCohortQueryVariables>;
export const StaffLetterBatchesDocument = {"__meta__":{"hash":"sha256:074f6b6843392163df6fd95391cd16c7ac3882b5517929c6c99f74f6637e2ab3"}} as unknown as DocumentNode<StaffLetterBatchesQuery, StaffLetterBatchesQueryVariables>;
export const StaffLetterBatchDocument = {"__meta__":{"hash":"sha256:5a54351bf85e4f25134ad0218f56c1fb5f84ae178032df6e76f176d6fa8e36a4"}} as unknown as DocumentNode<StaffLetterBatchQuery, StaffLetterBatchQueryVariables>;
export const StaffCreateInvitationLettersDocument = {"__meta__":{"hash":"sha256:e6ddf26cc1cee13a33ba53826e1ea65ac81570e8800e080bdb5ef16a75454343"}} as unknown as DocumentNode<StaffCreateInvitationLettersMutation, StaffCreateInvitationLettersMutationVariables>;
export const StaffCreateReminderLettersDocument = {"__meta__":{"hash":"sha256:7749fef8d57ee0db7d312c879f2250479b068e60034b647122decc01be200ed6"}} as unknown as DocumentNode<StaffCreateReminderLettersMutation, StaffCreateReminderLettersMutationVariables>;
export const StaffPopulationImportsDocument = {"__meta__":{"hash":"sha256:a431034da269efb110f6b3d3d714590c518b5dbce19a4c0c12b75e20453fabb1"}} as unknown as DocumentNode<StaffPopulationImportsQuery, StaffPopulationImportsQueryVariables>;
export const StaffPopulationImportDocument = {"__meta__":{"hash":"sha256:75d42414a4e16061919f02228d5b555c12de0da210770e1699d5256c2bdfae6b"}} as unknown as DocumentNode<StaffPopulationImportQuery, StaffPopulationImportQueryVariables>;