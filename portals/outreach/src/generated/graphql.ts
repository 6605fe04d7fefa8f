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
export type StaffCampaignsQueryVariables = Exact<{
  offset: number;
  limit: number;
}>;


export type StaffCampaignsQuery = { campaigns: { totalCount: number, hasNextPage: boolean, nodes: Array<{ id: string, name: string, status: CampaignStatus }> } };


export const StaffCampaignsDocument = {"__meta__":{"hash":"sha256:5686df77384d62761f5eb5d9fd1457acf4a78bf67354517485f75a5d556cc97d"}} as unknown as DocumentNode<StaffCampaignsQuery, StaffCampaignsQueryVariables>;