/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AvailabilityExceptionInput = {
  startsOn: string;
  endsOn: string;
  /** HH:MM; both times or neither (whole days). */
  startTime?: string | null | undefined;
  endTime?: string | null | undefined;
  reason: string;
};

export type AvailabilityTemplateInput = {
  /** ISO weekday: 1 Monday … 7 Sunday. */
  weekday: number;
  /** HH:MM Stockholm time. */
  startTime: string;
  endTime: string;
  slotMinutes: number;
  kind: MeetingKind;
  /** Required for a meeting place or health centre; at most 200 characters. */
  placeName?: string | null | undefined;
  placeAddress?: string | null | undefined;
  validFrom: string;
  validTo?: string | null | undefined;
};

export type BookForPersonInput = {
  slotId: string;
  /** A resident of your unit’s campaigns’ cohorts (bookableResidents). */
  personId: string;
  /** The campaign the conversation belongs to; the person’s latest campaign of your unit when left out. */
  campaignId?: string | null | undefined;
  /** Language of an interpreter wished (e.g. "fi"); empty for none. */
  interpreterLanguage?: string | null | undefined;
  /** Who else comes, in the person's words; at most 200 characters. */
  companion?: string | null | undefined;
};

/** Why a booking, move or cancellation was refused. */
export const BookingRefusal = {
  SlotNotFound: 'SLOT_NOT_FOUND',
  SlotInPast: 'SLOT_IN_PAST',
  KindMismatch: 'KIND_MISMATCH',
  AlreadyBooked: 'ALREADY_BOOKED',
  NotActive: 'NOT_ACTIVE',
  NotStarted: 'NOT_STARTED',
  BookingNotFound: 'BOOKING_NOT_FOUND',
  InvalidInput: 'INVALID_INPUT'
} as const;

export type BookingRefusal = typeof BookingRefusal[keyof typeof BookingRefusal];
/** Where a booking stands. */
export const BookingStatus = {
  /** Booked ("bokad"). */
  Active: 'ACTIVE',
  /** The conversation took place ("genomförd"). */
  Held: 'HELD',
  /** Called off ("avbokad"). */
  Cancelled: 'CANCELLED',
  /** The person did not come ("uteblev"). */
  NoShow: 'NO_SHOW'
} as const;

export type BookingStatus = typeof BookingStatus[keyof typeof BookingStatus];
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
/** Where a health conversation is held ("mötesform"). */
export const MeetingKind = {
  /** At a meeting place ("träffpunkt"). */
  MeetingPlace: 'MEETING_PLACE',
  /** At the health centre ("vårdcentral"). */
  HealthCentre: 'HEALTH_CENTRE',
  /** In the person’s home ("hembesök"). */
  Home: 'HOME',
  /** By phone ("telefon"). */
  Phone: 'PHONE',
  /** By video ("videosamtal"). */
  Video: 'VIDEO'
} as const;

export type MeetingKind = typeof MeetingKind[keyof typeof MeetingKind];
export type MyAvailabilityQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAvailabilityQuery = { availabilityTemplates:
    | { __typename: 'ValidationError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'QueryAvailabilityTemplatesSuccess', data: { totalCount: number, nodes: Array<{ id: string, weekday: number, startTime: string, endTime: string, slotMinutes: number, kind: MeetingKind, placeName: string | null, placeAddress: string | null, validFrom: string, validTo: string | null }> } }
  , availabilityExceptions:
    | { __typename: 'ValidationError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'QueryAvailabilityExceptionsSuccess', data: { totalCount: number, nodes: Array<{ id: string, startsOn: string, endsOn: string, startTime: string | null, endTime: string | null, reason: string }> } }
   };

export type CreateAvailabilityTemplateMutationVariables = Exact<{
  input: AvailabilityTemplateInput;
}>;


export type CreateAvailabilityTemplateMutation = { createAvailabilityTemplate:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationCreateAvailabilityTemplateSuccess', data: { id: string } }
   };

export type DeleteAvailabilityTemplateMutationVariables = Exact<{
  id: string;
}>;


export type DeleteAvailabilityTemplateMutation = { deleteAvailabilityTemplate:
    | { __typename: 'ValidationError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationDeleteAvailabilityTemplateSuccess' }
   };

export type CreateAvailabilityExceptionMutationVariables = Exact<{
  input: AvailabilityExceptionInput;
}>;


export type CreateAvailabilityExceptionMutation = { createAvailabilityException:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationCreateAvailabilityExceptionSuccess', data: { id: string } }
   };

export type DeleteAvailabilityExceptionMutationVariables = Exact<{
  id: string;
}>;


export type DeleteAvailabilityExceptionMutation = { deleteAvailabilityException:
    | { __typename: 'ValidationError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationDeleteAvailabilityExceptionSuccess' }
   };

export type BookableResidentsQueryVariables = Exact<{
  search: string;
}>;


export type BookableResidentsQuery = { bookableResidents:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'QueryBookableResidentsSuccess', data: { totalCount: number, nodes: Array<{ id: string, name: string, birthDate: string, districtArea: string | null, campaignId: string, campaignName: string }> } }
   };

export type OutreachFreeSlotsQueryVariables = Exact<{
  kind?: MeetingKind | null | undefined;
  fromDate: string;
  workerId?: string | null | undefined;
}>;


export type OutreachFreeSlotsQuery = { outreachFreeSlots:
    | { __typename: 'ValidationError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'QueryOutreachFreeSlotsSuccess', data: { nodes: Array<{ id: string, date: string, startTime: string, endTime: string, kind: MeetingKind, placeName: string | null }> } }
   };

export type FreeSlotFieldsFragment = { id: string, date: string, startTime: string, endTime: string, kind: MeetingKind, placeName: string | null };

export type BookForPersonMutationVariables = Exact<{
  input: BookForPersonInput;
}>;


export type BookForPersonMutation = { bookForPerson:
    | { __typename: 'SlotTakenError', message: string, nearest: Array<{ id: string, date: string, startTime: string, endTime: string, kind: MeetingKind, placeName: string | null }> }
    | { __typename: 'BookingRefusedError', message: string, reason: BookingRefusal }
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationBookForPersonSuccess', data: { id: string } }
   };

export type RescheduleOutreachBookingMutationVariables = Exact<{
  bookingId: string;
  slotId: string;
}>;


export type RescheduleOutreachBookingMutation = { rescheduleBooking:
    | { __typename: 'SlotTakenError', message: string, nearest: Array<{ id: string, date: string, startTime: string, endTime: string, kind: MeetingKind, placeName: string | null }> }
    | { __typename: 'BookingRefusedError', message: string, reason: BookingRefusal }
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationRescheduleBookingSuccess', data: { id: string } }
   };

export type CancelOutreachBookingMutationVariables = Exact<{
  bookingId: string;
  reason: string;
}>;


export type CancelOutreachBookingMutation = { cancelBooking:
    | { __typename: 'SlotTakenError', message: string }
    | { __typename: 'BookingRefusedError', message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationCancelBookingSuccess', data: { id: string } }
   };

export type MarkOutreachNoShowMutationVariables = Exact<{
  bookingId: string;
}>;


export type MarkOutreachNoShowMutation = { markNoShow:
    | { __typename: 'SlotTakenError', message: string }
    | { __typename: 'BookingRefusedError', message: string }
    | { __typename: 'ValidationError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationMarkNoShowSuccess', data: { id: string } }
   };

export type CalendarSlotFieldsFragment = { id: string, date: string, startTime: string, endTime: string, kind: MeetingKind, placeName: string | null, placeAddress: string | null, workerId: string, workerName: string | null, booking: { id: string, status: BookingStatus, kind: MeetingKind, personName: string | null, interpreterLanguage: string | null, companion: string | null, bookedByStaff: boolean } | null };

export type OutreachDayQueryVariables = Exact<{
  date: string;
  workerId?: string | null | undefined;
  offset: number;
  limit: number;
}>;


export type OutreachDayQuery = { outreachDay:
    | { __typename: 'ValidationError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'QueryOutreachDaySuccess', data: { totalCount: number, hasNextPage: boolean, nodes: Array<{ id: string, date: string, startTime: string, endTime: string, kind: MeetingKind, placeName: string | null, placeAddress: string | null, workerId: string, workerName: string | null, booking: { id: string, status: BookingStatus, kind: MeetingKind, personName: string | null, interpreterLanguage: string | null, companion: string | null, bookedByStaff: boolean } | null }> } }
   };

export type OutreachWeekQueryVariables = Exact<{
  weekStart: string;
  workerId?: string | null | undefined;
  offset: number;
  limit: number;
}>;


export type OutreachWeekQuery = { outreachWeek:
    | { __typename: 'ValidationError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'QueryOutreachWeekSuccess', data: { totalCount: number, hasNextPage: boolean, nodes: Array<{ id: string, date: string, startTime: string, endTime: string, kind: MeetingKind, placeName: string | null, placeAddress: string | null, workerId: string, workerName: string | null, booking: { id: string, status: BookingStatus, kind: MeetingKind, personName: string | null, interpreterLanguage: string | null, companion: string | null, bookedByStaff: boolean } | null }> } }
   };

export type OutreachWorkersQueryVariables = Exact<{ [key: string]: never; }>;


export type OutreachWorkersQuery = { outreachWorkers: { nodes: Array<{ id: string, name: string }> } };

export type StaffCampaignsQueryVariables = Exact<{
  offset: number;
  limit: number;
}>;


export type StaffCampaignsQuery = { campaigns: { totalCount: number, hasNextPage: boolean, nodes: Array<{ id: string, name: string, status: CampaignStatus }> } };

export const FreeSlotFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FreeSlotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutreachFreeSlot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"placeName"}}]}}]} as unknown as DocumentNode<FreeSlotFieldsFragment, unknown>;
export const CalendarSlotFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalendarSlotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CalendarSlot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"placeName"}},{"kind":"Field","name":{"kind":"Name","value":"placeAddress"}},{"kind":"Field","name":{"kind":"Name","value":"workerId"}},{"kind":"Field","name":{"kind":"Name","value":"workerName"}},{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"companion"}},{"kind":"Field","name":{"kind":"Name","value":"bookedByStaff"}}]}}]}}]} as unknown as DocumentNode<CalendarSlotFieldsFragment, unknown>;
export const MyAvailabilityDocument = {"__meta__":{"hash":"sha256:3b3cc3180ddcf3a1ebaef0f669f2ff19f07d1a69c1bbda7163c97a9ae43f4f63"}} as unknown as DocumentNode<MyAvailabilityQuery, MyAvailabilityQueryVariables>;
export const CreateAvailabilityTemplateDocument = {"__meta__":{"hash":"sha256:59aeed73e32163aa1e8dc22ea6f41a45bcb74f225574e6f96d1ac9518af8df73"}} as unknown as DocumentNode<CreateAvailabilityTemplateMutation, CreateAvailabilityTemplateMutationVariables>;
export const DeleteAvailabilityTemplateDocument = {"__meta__":{"hash":"sha256:38ae2837589064af161a249eb20be2879841a136073f716a26838c964c618e48"}} as unknown as DocumentNode<DeleteAvailabilityTemplateMutation, DeleteAvailabilityTemplateMutationVariables>;
export const CreateAvailabilityExceptionDocument = {"__meta__":{"hash":"sha256:89866243602cf728a95e621dc8ab54739f2d818d99e0ff953d26ad6bf18f3d3b"}} as unknown as DocumentNode<CreateAvailabilityExceptionMutation, CreateAvailabilityExceptionMutationVariables>;
export const DeleteAvailabilityExceptionDocument = {"__meta__":{"hash":"sha256:1ce3e39e04e2fe7c39053974da4fdaa89c862e8933bd72e74acdf63c074dd0b8"}} as unknown as DocumentNode<DeleteAvailabilityExceptionMutation, DeleteAvailabilityExceptionMutationVariables>;
export const BookableResidentsDocument = {"__meta__":{"hash":"sha256:976f4ee3061addb190f2e032f01eb9b55d89f1e3669823e1283eb4b9944a46ba"}} as unknown as DocumentNode<BookableResidentsQuery, BookableResidentsQueryVariables>;
export const OutreachFreeSlotsDocument = {"__meta__":{"hash":"sha256:ae6acc7662600d30f259e8b81621b7a80380ce1f925329cd3b0e5ba200aec07b"}} as unknown as DocumentNode<OutreachFreeSlotsQuery, OutreachFreeSlotsQueryVariables>;
export const BookForPersonDocument = {"__meta__":{"hash":"sha256:811ee06ad291c62dd67ee3275d309baad4ca6a544fdaa32a484fe5dcc2cca174"}} as unknown as DocumentNode<BookForPersonMutation, BookForPersonMutationVariables>;
export const RescheduleOutreachBookingDocument = {"__meta__":{"hash":"sha256:5cfce20320603dbb278951716f554dc361c1c4e9d6295394685dd188cb080331"}} as unknown as DocumentNode<RescheduleOutreachBookingMutation, RescheduleOutreachBookingMutationVariables>;
export const CancelOutreachBookingDocument = {"__meta__":{"hash":"sha256:950734389183382adf55781e51333d2fb4c3edd35b2aec920242c56c1b061fb1"}} as unknown as DocumentNode<CancelOutreachBookingMutation, CancelOutreachBookingMutationVariables>;
export const MarkOutreachNoShowDocument = {"__meta__":{"hash":"sha256:0a420271f2d039c968d72d2145edca8e21b9db9f8d486b77d6357bd436eebbe8"}} as unknown as DocumentNode<MarkOutreachNoShowMutation, MarkOutreachNoShowMutationVariables>;
export const OutreachDayDocument = {"__meta__":{"hash":"sha256:a4a4750964e349e3f74caf2e43b4a68a214c649275d4468b1bc98c2cffac0b49"}} as unknown as DocumentNode<OutreachDayQuery, OutreachDayQueryVariables>;
export const OutreachWeekDocument = {"__meta__":{"hash":"sha256:f25d40220182229d5998c940f2ee0fedcd952cec354aac7589ed2a93abcd3831"}} as unknown as DocumentNode<OutreachWeekQuery, OutreachWeekQueryVariables>;
export const OutreachWorkersDocument = {"__meta__":{"hash":"sha256:d0754608385468d8f65e4f464fec84047a6475e226c9a57a177f13aa9d73a50c"}} as unknown as DocumentNode<OutreachWorkersQuery, OutreachWorkersQueryVariables>;
export const StaffCampaignsDocument = {"__meta__":{"hash":"sha256:5686df77384d62761f5eb5d9fd1457acf4a78bf67354517485f75a5d556cc97d"}} as unknown as DocumentNode<StaffCampaignsQuery, StaffCampaignsQueryVariables>;