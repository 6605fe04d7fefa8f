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
/** Why a letter goes by post. */
export const OutgoingLetterKind = {
  /** A booked health conversation confirmed ("bokningsbekräftelse"). */
  BookingConfirmed: 'BOOKING_CONFIRMED',
  /** A conversation moved to a new time ("ny tid"). */
  BookingRescheduled: 'BOOKING_RESCHEDULED',
  /** A conversation cancelled ("avbokning"). */
  BookingCancelled: 'BOOKING_CANCELLED'
} as const;

export type OutgoingLetterKind = typeof OutgoingLetterKind[keyof typeof OutgoingLetterKind];
export type StaffCampaignsQueryVariables = Exact<{
  offset: number;
  limit: number;
}>;


export type StaffCampaignsQuery = { campaigns: { totalCount: number, hasNextPage: boolean, nodes: Array<{ id: string, name: string, status: CampaignStatus }> } };

export type StaffLettersToPostQueryVariables = Exact<{
  offset: number;
  limit: number;
}>;


export type StaffLettersToPostQuery = { outreachLettersToPost: { totalCount: number, hasNextPage: boolean, nodes: Array<{ id: string, kind: OutgoingLetterKind, recipientName: string, createdAt: string }> } };

export type StaffMarkLettersPrintedMutationVariables = Exact<{
  upTo: string;
}>;


export type StaffMarkLettersPrintedMutation = { markOutreachLettersPrinted:
    | { __typename: 'ValidationError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationMarkOutreachLettersPrintedSuccess', data: { printedCount: number } }
   };

export type StaffRemindersToCallQueryVariables = Exact<{
  date: string;
  offset: number;
  limit: number;
}>;


export type StaffRemindersToCallQuery = { outreachRemindersToCall: { totalCount: number, hasNextPage: boolean, nodes: Array<{ bookingId: string, name: string, startsAt: string, kind: string, placeName: string | null }> } };


export const StaffCampaignsDocument = {"__meta__":{"hash":"sha256:5686df77384d62761f5eb5d9fd1457acf4a78bf67354517485f75a5d556cc97d"}} as unknown as DocumentNode<StaffCampaignsQuery, StaffCampaignsQueryVariables>;
export const StaffLettersToPostDocument = {"__meta__":{"hash":"sha256:4a4172146780bc84af22d66f79a0960ade40edab8b67dcdee2b9c021d70707d7"}} as unknown as DocumentNode<StaffLettersToPostQuery, StaffLettersToPostQueryVariables>;
export const StaffMarkLettersPrintedDocument = {"__meta__":{"hash":"sha256:56cc63183f1fcdaf768f2cbdb9afcc81eef3b236d70da51d169b5d12dad146e4"}} as unknown as DocumentNode<StaffMarkLettersPrintedMutation, StaffMarkLettersPrintedMutationVariables>;
export const StaffRemindersToCallDocument = {"__meta__":{"hash":"sha256:b2d9c2e15fbe5d924f671b22618ceea6f3b3af7e16dce16ac1f3e1dabfd497fb"}} as unknown as DocumentNode<StaffRemindersToCallQuery, StaffRemindersToCallQueryVariables>;