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
export type StaffCampaignsQueryVariables = Exact<{
  offset: number;
  limit: number;
}>;


export type StaffCampaignsQuery = { campaigns: { totalCount: number, hasNextPage: boolean, nodes: Array<{ id: string, name: string, status: CampaignStatus }> } };

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

export const StaffPopulationImportSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffPopulationImportSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PopulationImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"refused"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}}]}}]} as unknown as DocumentNode<StaffPopulationImportSummaryFragment, unknown>;
export const StaffCampaignsDocument = {"__meta__":{"hash":"sha256:5686df77384d62761f5eb5d9fd1457acf4a78bf67354517485f75a5d556cc97d"}} as unknown as DocumentNode<StaffCampaignsQuery, StaffCampaignsQueryVariables>;
export const StaffPopulationImportsDocument = {"__meta__":{"hash":"sha256:a431034da269efb110f6b3d3d714590c518b5dbce19a4c0c12b75e20453fabb1"}} as unknown as DocumentNode<StaffPopulationImportsQuery, StaffPopulationImportsQueryVariables>;
export const StaffPopulationImportDocument = {"__meta__":{"hash":"sha256:75d42414a4e16061919f02228d5b555c12de0da210770e1699d5256c2bdfae6b"}} as unknown as DocumentNode<StaffPopulationImportQuery, StaffPopulationImportQueryVariables>;