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
export type FixCohortInput = {
  id: string;
};

/** A step of a campaign’s funnel ("tratten"). Each counts people of the fixed cohort. */
export const FunnelStepKind = {
  /** Invited: an invitation was made ("inbjudna"). */
  Invited: 'INVITED',
  /** Answered yes or no ("svarat"). */
  Answered: 'ANSWERED',
  /** Booked a conversation of this campaign that was not cancelled: active, held or not attended ("bokat"). */
  Booked: 'BOOKED',
  /** The conversation was held ("genomfört"). */
  Held: 'HELD',
  /** Referred to a caseworker from the conversation, unless the referral failed ("remitterade"). */
  Referred: 'REFERRED'
} as const;

export type FunnelStepKind = typeof FunnelStepKind[keyof typeof FunnelStepKind];
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
export type UpdateCampaignInput = {
  id: string;
  campaign: CampaignInput;
};

export type CitizenBookingFieldsFragment = { id: string, invitationId: string, status: BookingStatus, kind: MeetingKind, startsAt: string, date: string, startTime: string, endTime: string, placeName: string | null, placeAddress: string | null, homeStreet: string | null, workerFirstName: string | null, workerTitle: string | null, interpreterLanguage: string | null, companion: string | null, calendarFile: string | null };

export type CitizenFreeTimeFieldsFragment = { id: string, date: string, startTime: string, endTime: string, kind: MeetingKind, placeName: string | null, placeAddress: string | null };

type CitizenBookingErrors_ConflictError_Fragment = { __typename: 'ConflictError', currentVersion: number, message: string };

type CitizenBookingErrors_DelegationError_Fragment = { __typename: 'DelegationError', message: string };

type CitizenBookingErrors_NotFoundError_Fragment = { __typename: 'NotFoundError', message: string };

type CitizenBookingErrors_RateLimitError_Fragment = { __typename: 'RateLimitError', message: string };

type CitizenBookingErrors_ValidationError_Fragment = { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> };

type CitizenBookingErrors_CapacityBelowRegisteredError_Fragment = { __typename: 'CapacityBelowRegisteredError', message: string };

type CitizenBookingErrors_RegistrationClosedError_Fragment = { __typename: 'RegistrationClosedError', message: string };

type CitizenBookingErrors_BookingRefusedError_Fragment = { __typename: 'BookingRefusedError', reason: BookingRefusal, message: string };

type CitizenBookingErrors_CohortAlreadyFixedError_Fragment = { __typename: 'CohortAlreadyFixedError', message: string };

type CitizenBookingErrors_ConsentRequiredError_Fragment = { __typename: 'ConsentRequiredError', message: string };

type CitizenBookingErrors_LetterBatchRunningError_Fragment = { __typename: 'LetterBatchRunningError', message: string };

type CitizenBookingErrors_SlotTakenError_Fragment = { __typename: 'SlotTakenError', message: string, nearest: Array<{ id: string, date: string, startTime: string, endTime: string, kind: MeetingKind, placeName: string | null, placeAddress: string | null }> };

export type CitizenBookingErrorsFragment =
  | CitizenBookingErrors_ConflictError_Fragment
  | CitizenBookingErrors_DelegationError_Fragment
  | CitizenBookingErrors_NotFoundError_Fragment
  | CitizenBookingErrors_RateLimitError_Fragment
  | CitizenBookingErrors_ValidationError_Fragment
  | CitizenBookingErrors_CapacityBelowRegisteredError_Fragment
  | CitizenBookingErrors_RegistrationClosedError_Fragment
  | CitizenBookingErrors_BookingRefusedError_Fragment
  | CitizenBookingErrors_CohortAlreadyFixedError_Fragment
  | CitizenBookingErrors_ConsentRequiredError_Fragment
  | CitizenBookingErrors_LetterBatchRunningError_Fragment
  | CitizenBookingErrors_SlotTakenError_Fragment
;

export type InvitationBookingStartQueryVariables = Exact<{
  token?: string | null | undefined;
  invitationId?: string | null | undefined;
}>;


export type InvitationBookingStartQuery = { invitationMeetingKinds: Array<MeetingKind> | null, invitationSuggestedInterpreter: string | null, invitationBooking: { id: string, invitationId: string, status: BookingStatus, kind: MeetingKind, startsAt: string, date: string, startTime: string, endTime: string, placeName: string | null, placeAddress: string | null, homeStreet: string | null, workerFirstName: string | null, workerTitle: string | null, interpreterLanguage: string | null, companion: string | null, calendarFile: string | null } | null };

export type InvitationHomeStreetQueryVariables = Exact<{
  token?: string | null | undefined;
  invitationId?: string | null | undefined;
}>;


export type InvitationHomeStreetQuery = { invitationHomeStreet: string | null };

export type InvitationFreeDaysQueryVariables = Exact<{
  token?: string | null | undefined;
  invitationId?: string | null | undefined;
  kind: MeetingKind;
  offset?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type InvitationFreeDaysQuery = { invitationFreeDays: { totalCount: number, nodes: Array<{ day: string, freeSlots: number }> } | null };

export type InvitationFreeTimesQueryVariables = Exact<{
  token?: string | null | undefined;
  invitationId?: string | null | undefined;
  kind: MeetingKind;
  day: string;
}>;


export type InvitationFreeTimesQuery = { invitationFreeTimes: Array<{ id: string, date: string, startTime: string, endTime: string, kind: MeetingKind, placeName: string | null, placeAddress: string | null }> | null };

export type BookInvitationSlotMutationVariables = Exact<{
  token?: string | null | undefined;
  invitationId?: string | null | undefined;
  slotId: string;
  interpreterLanguage?: string | null | undefined;
  companion?: string | null | undefined;
}>;


export type BookInvitationSlotMutation = { bookInvitationSlot:
    | { __typename: 'SlotTakenError', message: string, nearest: Array<{ id: string, date: string, startTime: string, endTime: string, kind: MeetingKind, placeName: string | null, placeAddress: string | null }> }
    | { __typename: 'BookingRefusedError', reason: BookingRefusal, message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationBookInvitationSlotSuccess', data: { id: string, invitationId: string, status: BookingStatus, kind: MeetingKind, startsAt: string, date: string, startTime: string, endTime: string, placeName: string | null, placeAddress: string | null, homeStreet: string | null, workerFirstName: string | null, workerTitle: string | null, interpreterLanguage: string | null, companion: string | null, calendarFile: string | null } }
   };

export type RescheduleInvitationBookingMutationVariables = Exact<{
  token?: string | null | undefined;
  invitationId?: string | null | undefined;
  slotId: string;
}>;


export type RescheduleInvitationBookingMutation = { rescheduleInvitationBooking:
    | { __typename: 'SlotTakenError', message: string, nearest: Array<{ id: string, date: string, startTime: string, endTime: string, kind: MeetingKind, placeName: string | null, placeAddress: string | null }> }
    | { __typename: 'BookingRefusedError', reason: BookingRefusal, message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationRescheduleInvitationBookingSuccess', data: { id: string, invitationId: string, status: BookingStatus, kind: MeetingKind, startsAt: string, date: string, startTime: string, endTime: string, placeName: string | null, placeAddress: string | null, homeStreet: string | null, workerFirstName: string | null, workerTitle: string | null, interpreterLanguage: string | null, companion: string | null, calendarFile: string | null } }
   };

export type CancelInvitationBookingMutationVariables = Exact<{
  token?: string | null | undefined;
  invitationId?: string | null | undefined;
  reason?: string | null | undefined;
}>;


export type CancelInvitationBookingMutation = { cancelInvitationBooking:
    | { __typename: 'SlotTakenError', message: string, nearest: Array<{ id: string, date: string, startTime: string, endTime: string, kind: MeetingKind, placeName: string | null, placeAddress: string | null }> }
    | { __typename: 'BookingRefusedError', reason: BookingRefusal, message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationCancelInvitationBookingSuccess', data: { id: string, status: BookingStatus } }
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

type MutationErrors_CapacityBelowRegisteredError_Fragment = { __typename: 'CapacityBelowRegisteredError', message: string };

type MutationErrors_RegistrationClosedError_Fragment = { __typename: 'RegistrationClosedError', message: string };

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
  | MutationErrors_CapacityBelowRegisteredError_Fragment
  | MutationErrors_RegistrationClosedError_Fragment
  | MutationErrors_BookingRefusedError_Fragment
  | MutationErrors_CohortAlreadyFixedError_Fragment
  | MutationErrors_ConsentRequiredError_Fragment
  | MutationErrors_LetterBatchRunningError_Fragment
  | MutationErrors_SlotTakenError_Fragment
;

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
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationCreateAvailabilityTemplateSuccess', data: { id: string } }
   };

export type DeleteAvailabilityTemplateMutationVariables = Exact<{
  id: string;
}>;


export type DeleteAvailabilityTemplateMutation = { deleteAvailabilityTemplate:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationDeleteAvailabilityTemplateSuccess' }
   };

export type CreateAvailabilityExceptionMutationVariables = Exact<{
  input: AvailabilityExceptionInput;
}>;


export type CreateAvailabilityExceptionMutation = { createAvailabilityException:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationCreateAvailabilityExceptionSuccess', data: { id: string } }
   };

export type DeleteAvailabilityExceptionMutationVariables = Exact<{
  id: string;
}>;


export type DeleteAvailabilityExceptionMutation = { deleteAvailabilityException:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationDeleteAvailabilityExceptionSuccess' }
   };

export type BookableResidentsQueryVariables = Exact<{
  search: string;
}>;


export type BookableResidentsQuery = { bookableResidents:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
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

export type StaffFreeSlotFieldsFragment = { id: string, date: string, startTime: string, endTime: string, kind: MeetingKind, placeName: string | null };

type StaffBookingErrors_ConflictError_Fragment = { __typename: 'ConflictError', currentVersion: number, message: string };

type StaffBookingErrors_DelegationError_Fragment = { __typename: 'DelegationError', message: string };

type StaffBookingErrors_NotFoundError_Fragment = { __typename: 'NotFoundError', message: string };

type StaffBookingErrors_RateLimitError_Fragment = { __typename: 'RateLimitError', message: string };

type StaffBookingErrors_ValidationError_Fragment = { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> };

type StaffBookingErrors_CapacityBelowRegisteredError_Fragment = { __typename: 'CapacityBelowRegisteredError', message: string };

type StaffBookingErrors_RegistrationClosedError_Fragment = { __typename: 'RegistrationClosedError', message: string };

type StaffBookingErrors_BookingRefusedError_Fragment = { __typename: 'BookingRefusedError', reason: BookingRefusal, message: string };

type StaffBookingErrors_CohortAlreadyFixedError_Fragment = { __typename: 'CohortAlreadyFixedError', message: string };

type StaffBookingErrors_ConsentRequiredError_Fragment = { __typename: 'ConsentRequiredError', message: string };

type StaffBookingErrors_LetterBatchRunningError_Fragment = { __typename: 'LetterBatchRunningError', message: string };

type StaffBookingErrors_SlotTakenError_Fragment = { __typename: 'SlotTakenError', message: string, nearest: Array<{ id: string, date: string, startTime: string, endTime: string, kind: MeetingKind, placeName: string | null }> };

export type StaffBookingErrorsFragment =
  | StaffBookingErrors_ConflictError_Fragment
  | StaffBookingErrors_DelegationError_Fragment
  | StaffBookingErrors_NotFoundError_Fragment
  | StaffBookingErrors_RateLimitError_Fragment
  | StaffBookingErrors_ValidationError_Fragment
  | StaffBookingErrors_CapacityBelowRegisteredError_Fragment
  | StaffBookingErrors_RegistrationClosedError_Fragment
  | StaffBookingErrors_BookingRefusedError_Fragment
  | StaffBookingErrors_CohortAlreadyFixedError_Fragment
  | StaffBookingErrors_ConsentRequiredError_Fragment
  | StaffBookingErrors_LetterBatchRunningError_Fragment
  | StaffBookingErrors_SlotTakenError_Fragment
;

export type BookForPersonMutationVariables = Exact<{
  input: BookForPersonInput;
}>;


export type BookForPersonMutation = { bookForPerson:
    | { __typename: 'SlotTakenError', message: string, nearest: Array<{ id: string, date: string, startTime: string, endTime: string, kind: MeetingKind, placeName: string | null }> }
    | { __typename: 'BookingRefusedError', reason: BookingRefusal, message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
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
    | { __typename: 'BookingRefusedError', reason: BookingRefusal, message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
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
    | { __typename: 'ConflictError', currentVersion: number, message: string }
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
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationMarkNoShowSuccess', data: { id: string } }
   };

export type StaffCalendarSlotFieldsFragment = { id: string, date: string, startTime: string, endTime: string, kind: MeetingKind, placeName: string | null, placeAddress: string | null, workerId: string, workerName: string | null, booking: { id: string, status: BookingStatus, kind: MeetingKind, personName: string | null, interpreterLanguage: string | null, companion: string | null, bookedByStaff: boolean } | null };

export type StaffCalendarSlotPageFragment = { totalCount: number, hasNextPage: boolean, nodes: Array<{ id: string, date: string, startTime: string, endTime: string, kind: MeetingKind, placeName: string | null, placeAddress: string | null, workerId: string, workerName: string | null, booking: { id: string, status: BookingStatus, kind: MeetingKind, personName: string | null, interpreterLanguage: string | null, companion: string | null, bookedByStaff: boolean } | null }> };

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

export type StaffFunnelCountsFragment = { women: number, men: number, total: number };

export type StaffFunnelSharesFragment = { women: number | null, men: number | null, total: number | null };

export type StaffCampaignFunnelQueryVariables = Exact<{
  campaignId: string;
}>;


export type StaffCampaignFunnelQuery = { campaignFunnel: { cohort: { women: number, men: number, total: number }, steps: Array<{ step: FunnelStepKind, counts: { women: number, men: number, total: number }, ofPrevious: { women: number | null, men: number | null, total: number | null }, ofInvited: { women: number | null, men: number | null, total: number | null } }> } | null };

export type StaffCampaignFunnelCsvQueryVariables = Exact<{
  campaignId: string;
}>;


export type StaffCampaignFunnelCsvQuery = { campaignFunnelCsv: string | null };

export type StaffCohortInvitationNotesQueryVariables = Exact<{
  campaignId: string;
  personIds: Array<string> | string;
}>;


export type StaffCohortInvitationNotesQuery = { cohortInvitationNotes:
    | { __typename: 'ValidationError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'QueryCohortInvitationNotesSuccess', data: Array<{ personId: string, invitationId: string, hearingOrMemoryNoted: boolean }> }
   };

export type StaffNoteHearingOrMemoryMutationVariables = Exact<{
  invitationId: string;
  noted: boolean;
}>;


export type StaffNoteHearingOrMemoryMutation = { noteHearingOrMemory:
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RateLimitError', message: string }
    | { __typename: 'MutationNoteHearingOrMemorySuccess', data: boolean }
   };

export type StaffConversationFragment = { id: string, version: number, personName: string | null, heldAt: string, completedAt: string | null, hearingProblems: boolean, memoryProblems: boolean, referralConsent: boolean | null, shareRecordConsent: boolean | null, consentText: string | null, outcome: ConversationOutcome | null, activityId: string | null, activityName: string | null, referralNeeds: string | null, followUpOn: string | null, record: { health: string, memory: string, fallsLastYear: number | null, falls: string, nutrition: string, loneliness: Loneliness | null, socialLife: string, housing: string, relatives: string, wishes: string, needsFound: string }, referral: { id: string, status: ReferralStatus, reference: string | null } | null };

export type StaffHealthConversationQueryVariables = Exact<{
  bookingId: string;
}>;


export type StaffHealthConversationQuery = { healthConversation: { id: string, version: number, personName: string | null, heldAt: string, completedAt: string | null, hearingProblems: boolean, memoryProblems: boolean, referralConsent: boolean | null, shareRecordConsent: boolean | null, consentText: string | null, outcome: ConversationOutcome | null, activityId: string | null, activityName: string | null, referralNeeds: string | null, followUpOn: string | null, record: { health: string, memory: string, fallsLastYear: number | null, falls: string, nutrition: string, loneliness: Loneliness | null, socialLife: string, housing: string, relatives: string, wishes: string, needsFound: string }, referral: { id: string, status: ReferralStatus, reference: string | null } | null } | null, outreachBookingSlot: { id: string, startsAt: string, booking: { id: string, personName: string | null } | null } | null, venues: { nodes: Array<{ id: string, name: string, area: string }> } };

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
    | { __typename: 'ConflictError', currentVersion: number, message: string }
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
    | { __typename: 'ConflictError', currentVersion: number, message: string }
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

export const CitizenBookingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitizenBookingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvitationBooking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"placeName"}},{"kind":"Field","name":{"kind":"Name","value":"placeAddress"}},{"kind":"Field","name":{"kind":"Name","value":"homeStreet"}},{"kind":"Field","name":{"kind":"Name","value":"workerFirstName"}},{"kind":"Field","name":{"kind":"Name","value":"workerTitle"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"companion"}},{"kind":"Field","name":{"kind":"Name","value":"calendarFile"}}]}}]} as unknown as DocumentNode<CitizenBookingFieldsFragment, unknown>;
export const CitizenFreeTimeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitizenFreeTimeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvitationFreeTime"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"placeName"}},{"kind":"Field","name":{"kind":"Name","value":"placeAddress"}}]}}]} as unknown as DocumentNode<CitizenFreeTimeFieldsFragment, unknown>;
export const MutationErrorsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}}]} as unknown as DocumentNode<MutationErrorsFragment, unknown>;
export const CitizenBookingErrorsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitizenBookingErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrors"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlotTakenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nearest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"placeName"}},{"kind":"Field","name":{"kind":"Name","value":"placeAddress"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BookingRefusedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}}]} as unknown as DocumentNode<CitizenBookingErrorsFragment, unknown>;
export const CitizenInvitationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitizenInvitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"forViewer"}},{"kind":"Field","name":{"kind":"Name","value":"campaignName"}},{"kind":"Field","name":{"kind":"Name","value":"campaignDescription"}}]}}]} as unknown as DocumentNode<CitizenInvitationFragment, unknown>;
export const StaffFreeSlotFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFreeSlotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutreachFreeSlot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"placeName"}}]}}]} as unknown as DocumentNode<StaffFreeSlotFieldsFragment, unknown>;
export const StaffBookingErrorsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffBookingErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrors"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlotTakenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nearest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffFreeSlotFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BookingRefusedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFreeSlotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutreachFreeSlot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"placeName"}}]}}]} as unknown as DocumentNode<StaffBookingErrorsFragment, unknown>;
export const StaffCalendarSlotFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffCalendarSlotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CalendarSlot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"placeName"}},{"kind":"Field","name":{"kind":"Name","value":"placeAddress"}},{"kind":"Field","name":{"kind":"Name","value":"workerId"}},{"kind":"Field","name":{"kind":"Name","value":"workerName"}},{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"companion"}},{"kind":"Field","name":{"kind":"Name","value":"bookedByStaff"}}]}}]}}]} as unknown as DocumentNode<StaffCalendarSlotFieldsFragment, unknown>;
export const StaffCalendarSlotPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffCalendarSlotPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CalendarSlotPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffCalendarSlotFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffCalendarSlotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CalendarSlot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"placeName"}},{"kind":"Field","name":{"kind":"Name","value":"placeAddress"}},{"kind":"Field","name":{"kind":"Name","value":"workerId"}},{"kind":"Field","name":{"kind":"Name","value":"workerName"}},{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"companion"}},{"kind":"Field","name":{"kind":"Name","value":"bookedByStaff"}}]}}]}}]} as unknown as DocumentNode<StaffCalendarSlotPageFragment, unknown>;
export const StaffCampaignFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffCampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"targetDescription"}},{"kind":"Field","name":{"kind":"Name","value":"cohortFixedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reminderAfterWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"cohortSize"}},{"kind":"Field","name":{"kind":"Name","value":"cohortRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"districtAreas"}},{"kind":"Field","name":{"kind":"Name","value":"excludeCurrentCare"}},{"kind":"Field","name":{"kind":"Name","value":"notInvitedWithinMonths"}}]}}]}}]} as unknown as DocumentNode<StaffCampaignFieldsFragment, unknown>;
export const StaffFunnelCountsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFunnelCounts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CohortCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"women"}},{"kind":"Field","name":{"kind":"Name","value":"men"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]} as unknown as DocumentNode<StaffFunnelCountsFragment, unknown>;
export const StaffFunnelSharesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFunnelShares"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FunnelShares"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"women"}},{"kind":"Field","name":{"kind":"Name","value":"men"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]} as unknown as DocumentNode<StaffFunnelSharesFragment, unknown>;
export const StaffConversationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffConversation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HealthConversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"memory"}},{"kind":"Field","name":{"kind":"Name","value":"fallsLastYear"}},{"kind":"Field","name":{"kind":"Name","value":"falls"}},{"kind":"Field","name":{"kind":"Name","value":"nutrition"}},{"kind":"Field","name":{"kind":"Name","value":"loneliness"}},{"kind":"Field","name":{"kind":"Name","value":"socialLife"}},{"kind":"Field","name":{"kind":"Name","value":"housing"}},{"kind":"Field","name":{"kind":"Name","value":"relatives"}},{"kind":"Field","name":{"kind":"Name","value":"wishes"}},{"kind":"Field","name":{"kind":"Name","value":"needsFound"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hearingProblems"}},{"kind":"Field","name":{"kind":"Name","value":"memoryProblems"}},{"kind":"Field","name":{"kind":"Name","value":"referralConsent"}},{"kind":"Field","name":{"kind":"Name","value":"shareRecordConsent"}},{"kind":"Field","name":{"kind":"Name","value":"consentText"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"activityName"}},{"kind":"Field","name":{"kind":"Name","value":"referralNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"followUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]} as unknown as DocumentNode<StaffConversationFragment, unknown>;
export const StaffLetterBatchFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffLetterBatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LetterBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"}},{"kind":"Field","name":{"kind":"Name","value":"createdByYou"}},{"kind":"Field","name":{"kind":"Name","value":"fileSize"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"fileUrl"}}]}}]} as unknown as DocumentNode<StaffLetterBatchFieldsFragment, unknown>;
export const StaffPopulationImportSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffPopulationImportSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PopulationImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"refused"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}}]}}]} as unknown as DocumentNode<StaffPopulationImportSummaryFragment, unknown>;
export const InvitationBookingStartDocument = {"__meta__":{"hash":"sha256:926c853f4777d144816155c39b5a3eb66ce77b1056021003dccc9b9bbfd49a40"}} as unknown as DocumentNode<InvitationBookingStartQuery, InvitationBookingStartQueryVariables>;
export const InvitationHomeStreetDocument = {"__meta__":{"hash":"sha256:3fa7a119b2feca2708b5ef46b5f752ad3e4e5c31e096525f5cc67076265c03ed"}} as unknown as DocumentNode<InvitationHomeStreetQuery, InvitationHomeStreetQueryVariables>;
export const InvitationFreeDaysDocument = {"__meta__":{"hash":"sha256:0beabce00e4b81f00431661f4a84c5cee86414f79a5accbbcd6ebacd50e2db64"}} as unknown as DocumentNode<InvitationFreeDaysQuery, InvitationFreeDaysQueryVariables>;
export const InvitationFreeTimesDocument = {"__meta__":{"hash":"sha256:28c2a184fb28c492ae3523f92b56bb13ab36def6e3dda0e338b8e64e1486ab46"}} as unknown as DocumentNode<InvitationFreeTimesQuery, InvitationFreeTimesQueryVariables>;
export const BookInvitationSlotDocument = {"__meta__":{"hash":"sha256:85c3c29405cbb2cc6e3d21309c3a83312967dc11fa7fc8b0d63951430e21c546"}} as unknown as DocumentNode<BookInvitationSlotMutation, BookInvitationSlotMutationVariables>;
export const RescheduleInvitationBookingDocument = {"__meta__":{"hash":"sha256:7273f0b6e500ecccac9bb63e68fddfcbbd812728bf17ba895d555c5be8f5de86"}} as unknown as DocumentNode<RescheduleInvitationBookingMutation, RescheduleInvitationBookingMutationVariables>;
export const CancelInvitationBookingDocument = {"__meta__":{"hash":"sha256:71737028583110736a0eb0cd0807e389c3d4bcd7a82293086d1885e263750bcf"}} as unknown as DocumentNode<CancelInvitationBookingMutation, CancelInvitationBookingMutationVariables>;
export const CitizenInvitationDocument = {"__meta__":{"hash":"sha256:071ec8d7b3bcd6b7636d53b37621ba7e3c792e8beb6b36379f5a2ecc38f44112"}} as unknown as DocumentNode<CitizenInvitationQuery, CitizenInvitationQueryVariables>;
export const CitizenMyInvitationsDocument = {"__meta__":{"hash":"sha256:503ae7f3e9c2b7ef192c558af822777206d6f83075d93456c85778c7a5ff9a77"}} as unknown as DocumentNode<CitizenMyInvitationsQuery, CitizenMyInvitationsQueryVariables>;
export const CitizenOpenInvitationDocument = {"__meta__":{"hash":"sha256:a2579abee884756878b6006bc2b26043cfe887dadf60d41609988270686aff41"}} as unknown as DocumentNode<CitizenOpenInvitationMutation, CitizenOpenInvitationMutationVariables>;
export const CitizenAcceptInvitationDocument = {"__meta__":{"hash":"sha256:a3c367c871120c1408da55fb99df8b82b622141872b12e33f7747183b6aa2a83"}} as unknown as DocumentNode<CitizenAcceptInvitationMutation, CitizenAcceptInvitationMutationVariables>;
export const CitizenDeclineInvitationDocument = {"__meta__":{"hash":"sha256:4ce764588827764c43ef03124be5ad5fd9b371389de022f682fda2ac1a48352b"}} as unknown as DocumentNode<CitizenDeclineInvitationMutation, CitizenDeclineInvitationMutationVariables>;
export const CitizenEndInvitationSessionDocument = {"__meta__":{"hash":"sha256:0c5426593ede0305402b7cb927376057e0231f20fce21015425592c89c096bc8"}} as unknown as DocumentNode<CitizenEndInvitationSessionMutation, CitizenEndInvitationSessionMutationVariables>;
export const MyAvailabilityDocument = {"__meta__":{"hash":"sha256:3b3cc3180ddcf3a1ebaef0f669f2ff19f07d1a69c1bbda7163c97a9ae43f4f63"}} as unknown as DocumentNode<MyAvailabilityQuery, MyAvailabilityQueryVariables>;
export const CreateAvailabilityTemplateDocument = {"__meta__":{"hash":"sha256:b17d7420b719dd679a89ce695fd09ce8446b5b2adb00b7a0727509189af2733b"}} as unknown as DocumentNode<CreateAvailabilityTemplateMutation, CreateAvailabilityTemplateMutationVariables>;
export const DeleteAvailabilityTemplateDocument = {"__meta__":{"hash":"sha256:d2ca1e8a85c18ab4baad21b6554080a91363efacb1faf5e3d6da35664f68a91b"}} as unknown as DocumentNode<DeleteAvailabilityTemplateMutation, DeleteAvailabilityTemplateMutationVariables>;
export const CreateAvailabilityExceptionDocument = {"__meta__":{"hash":"sha256:7507b44bf01335094d2a34fc3a04482bbf9904ad527988da37fdda48d7013c62"}} as unknown as DocumentNode<CreateAvailabilityExceptionMutation, CreateAvailabilityExceptionMutationVariables>;
export const DeleteAvailabilityExceptionDocument = {"__meta__":{"hash":"sha256:6cdd73e9c7003813d9f7c7c1a6d76e09eddcfa30931112aac9926cb02c1f5ecf"}} as unknown as DocumentNode<DeleteAvailabilityExceptionMutation, DeleteAvailabilityExceptionMutationVariables>;
export const BookableResidentsDocument = {"__meta__":{"hash":"sha256:641ed3ae2df8631882b1b305eb78bfead28885d9d14d272d534301ee82861aa1"}} as unknown as DocumentNode<BookableResidentsQuery, BookableResidentsQueryVariables>;
export const OutreachFreeSlotsDocument = {"__meta__":{"hash":"sha256:85d7acd75264ef9d01b3810121b65a08f5c9f15893342abad44728ece7461ee8"}} as unknown as DocumentNode<OutreachFreeSlotsQuery, OutreachFreeSlotsQueryVariables>;
export const BookForPersonDocument = {"__meta__":{"hash":"sha256:5f56fb0351074c1aee6977edf6b20c7f43b74ec7af0da128e203e5f33c5bcc4f"}} as unknown as DocumentNode<BookForPersonMutation, BookForPersonMutationVariables>;
export const RescheduleOutreachBookingDocument = {"__meta__":{"hash":"sha256:baa53eca52697d49327a180691172f21f7d7bfd7529d16e168adaf7d13041644"}} as unknown as DocumentNode<RescheduleOutreachBookingMutation, RescheduleOutreachBookingMutationVariables>;
export const CancelOutreachBookingDocument = {"__meta__":{"hash":"sha256:1659e536e3a81ac2df8af47dc08bc536d2e7f311e29fc8a1234c666ad1a1cb5e"}} as unknown as DocumentNode<CancelOutreachBookingMutation, CancelOutreachBookingMutationVariables>;
export const MarkOutreachNoShowDocument = {"__meta__":{"hash":"sha256:d9fa1d247ff170442190830e185bcc962a7fa7a7b080ec98f14ed5f71d1040d3"}} as unknown as DocumentNode<MarkOutreachNoShowMutation, MarkOutreachNoShowMutationVariables>;
export const OutreachDayDocument = {"__meta__":{"hash":"sha256:7cc73727feb56aa8caca44588a5e2a6b6f031fd93540ecca625268438293ffc5"}} as unknown as DocumentNode<OutreachDayQuery, OutreachDayQueryVariables>;
export const OutreachWeekDocument = {"__meta__":{"hash":"sha256:04039c260d420bea701f808fc46de3d32791dafafc602b91c046d5d39a88e791"}} as unknown as DocumentNode<OutreachWeekQuery, OutreachWeekQueryVariables>;
export const OutreachWorkersDocument = {"__meta__":{"hash":"sha256:d0754608385468d8f65e4f464fec84047a6475e226c9a57a177f13aa9d73a50c"}} as unknown as DocumentNode<OutreachWorkersQuery, OutreachWorkersQueryVariables>;
export const StaffCampaignPageDocument = {"__meta__":{"hash":"sha256:83b547901700d5576d2828f0beb897997577929cd56d639c6ac28973b66bee4f"}} as unknown as DocumentNode<StaffCampaignPageQuery, StaffCampaignPageQueryVariables>;
export const StaffCampaignAreasDocument = {"__meta__":{"hash":"sha256:a531d12923241c66314f47b57080e0bde2424414669d31d4725b896091a831ca"}} as unknown as DocumentNode<StaffCampaignAreasQuery, StaffCampaignAreasQueryVariables>;
export const StaffCohortPreviewDocument = {"__meta__":{"hash":"sha256:2d4f8d62c12b2f0ddac263dfeb137ceebb207145df90cf46d83fd4072003164e"}} as unknown as DocumentNode<StaffCohortPreviewQuery, StaffCohortPreviewQueryVariables>;
export const StaffCreateCampaignDocument = {"__meta__":{"hash":"sha256:ac8f33639c60bfa8f17268fc6f37b9c88a338def4c42284f13b2f076e137ff89"}} as unknown as DocumentNode<StaffCreateCampaignMutation, StaffCreateCampaignMutationVariables>;
export const StaffUpdateCampaignDocument = {"__meta__":{"hash":"sha256:ffaef570a202f0638c08cee659349e906b938833b69c8229f90a577972f43183"}} as unknown as DocumentNode<StaffUpdateCampaignMutation, StaffUpdateCampaignMutationVariables>;
export const StaffChangeCampaignStatusDocument = {"__meta__":{"hash":"sha256:9c0a957877c0cf2156d5fb3af650f8d28806f4d3396243b123c0b77958d36c27"}} as unknown as DocumentNode<StaffChangeCampaignStatusMutation, StaffChangeCampaignStatusMutationVariables>;
export const StaffFixCohortDocument = {"__meta__":{"hash":"sha256:3dc69f586bbd0897144c5d114a895e8a9c09d8143e4c8d1b453be2eb69ecf5ca"}} as unknown as DocumentNode<StaffFixCohortMutation, StaffFixCohortMutationVariables>;
export const StaffCampaignsDocument = {"__meta__":{"hash":"sha256:5b1dc1b32097257b26f29bc95150173baeb83a7bf49a7d18233397ad2ce5d295"}} as unknown as DocumentNode<StaffCampaignsQuery, StaffCampaignsQueryVariables>;
export const StaffCampaignCohortDocument = {"__meta__":{"hash":"sha256:645120eb4a0205e188086794285b8b9746e1e9d23037e2dbfea46445bc4a8583"}} as unknown as DocumentNode<StaffCampaignCohortQuery, StaffCampaignCohortQueryVariables>;
export const StaffCampaignFunnelDocument = {"__meta__":{"hash":"sha256:5206c0ea1b580a9baddb541cc65539a46c4ffc97c2d3de5563b6a793a5154866"}} as unknown as DocumentNode<StaffCampaignFunnelQuery, StaffCampaignFunnelQueryVariables>;
export const StaffCampaignFunnelCsvDocument = {"__meta__":{"hash":"sha256:c994d486684c32cbba66c7f588d9b30596adb02dad3767c345a91c31c13166a3"}} as unknown as DocumentNode<StaffCampaignFunnelCsvQuery, StaffCampaignFunnelCsvQueryVariables>;
export const StaffCohortInvitationNotesDocument = {"__meta__":{"hash":"sha256:8ca45bb5d4d1578e3c7fca475cd14412ea0e1691b04852b3144a801d421602db"}} as unknown as DocumentNode<StaffCohortInvitationNotesQuery, StaffCohortInvitationNotesQueryVariables>;
export const StaffNoteHearingOrMemoryDocument = {"__meta__":{"hash":"sha256:4b4633e17cc1a1f04634f0116701508fc8fba2012654f36b02757c528d82b71f"}} as unknown as DocumentNode<StaffNoteHearingOrMemoryMutation, StaffNoteHearingOrMemoryMutationVariables>;
export const StaffHealthConversationDocument = {"__meta__":{"hash":"sha256:4b297b2b2bcbec76c273c3140add6c7b678310f12f0ffd93eeebd7114140aaad"}} as unknown as DocumentNode<StaffHealthConversationQuery, StaffHealthConversationQueryVariables>;
export const StaffConversationReferralDocument = {"__meta__":{"hash":"sha256:a19b160549c228a2578a9f01f72b402e7f847e526e3780390aaa0c1826ef422d"}} as unknown as DocumentNode<StaffConversationReferralQuery, StaffConversationReferralQueryVariables>;
export const StaffRecordHealthConversationDocument = {"__meta__":{"hash":"sha256:c627d3a8af466f6aa29d9db0537cc8602399a47fe6e57dd1c1ae7d3f0ab30cd7"}} as unknown as DocumentNode<StaffRecordHealthConversationMutation, StaffRecordHealthConversationMutationVariables>;
export const StaffCompleteHealthConversationDocument = {"__meta__":{"hash":"sha256:bab2d66335df5051fa78cc6f788c760a78b16158b13e8c95ddeb5312016d26f5"}} as unknown as DocumentNode<StaffCompleteHealthConversationMutation, StaffCompleteHealthConversationMutationVariables>;
export const StaffOutreachFollowUpsDocument = {"__meta__":{"hash":"sha256:a68a9f8ea90d9809244ff39143ee946d3db1e1bdddab336dcfdda3ca18e5a767"}} as unknown as DocumentNode<StaffOutreachFollowUpsQuery, StaffOutreachFollowUpsQueryVariables>;
export const StaffMarkFollowUpDoneDocument = {"__meta__":{"hash":"sha256:8384446bcafd9ecc4826f1c065347c320644b26b8554d7b9ecb0e7a270206691"}} as unknown as DocumentNode<StaffMarkFollowUpDoneMutation, StaffMarkFollowUpDoneMutationVariables>;
export const StaffLettersToPostDocument = {"__meta__":{"hash":"sha256:4a4172146780bc84af22d66f79a0960ade40edab8b67dcdee2b9c021d70707d7"}} as unknown as DocumentNode<StaffLettersToPostQuery, StaffLettersToPostQueryVariables>;
export const StaffMarkLettersPrintedDocument = {"__meta__":{"hash":"sha256:56cc63183f1fcdaf768f2cbdb9afcc81eef3b236d70da51d169b5d12dad146e4"}} as unknown as DocumentNode<StaffMarkLettersPrintedMutation, StaffMarkLettersPrintedMutationVariables>;
export const StaffRemindersToCallDocument = {"__meta__":{"hash":"sha256:b2d9c2e15fbe5d924f671b22618ceea6f3b3af7e16dce16ac1f3e1dabfd497fb"}} as unknown as DocumentNode<StaffRemindersToCallQuery, StaffRemindersToCallQueryVariables>;
export const StaffLetterBatchesDocument = {"__meta__":{"hash":"sha256:074f6b6843392163df6fd95391cd16c7ac3882b5517929c6c99f74f6637e2ab3"}} as unknown as DocumentNode<StaffLetterBatchesQuery, StaffLetterBatchesQueryVariables>;
export const StaffLetterBatchDocument = {"__meta__":{"hash":"sha256:5a54351bf85e4f25134ad0218f56c1fb5f84ae178032df6e76f176d6fa8e36a4"}} as unknown as DocumentNode<StaffLetterBatchQuery, StaffLetterBatchQueryVariables>;
export const StaffCreateInvitationLettersDocument = {"__meta__":{"hash":"sha256:e6ddf26cc1cee13a33ba53826e1ea65ac81570e8800e080bdb5ef16a75454343"}} as unknown as DocumentNode<StaffCreateInvitationLettersMutation, StaffCreateInvitationLettersMutationVariables>;
export const StaffCreateReminderLettersDocument = {"__meta__":{"hash":"sha256:7749fef8d57ee0db7d312c879f2250479b068e60034b647122decc01be200ed6"}} as unknown as DocumentNode<StaffCreateReminderLettersMutation, StaffCreateReminderLettersMutationVariables>;
export const StaffPopulationImportsDocument = {"__meta__":{"hash":"sha256:a431034da269efb110f6b3d3d714590c518b5dbce19a4c0c12b75e20453fabb1"}} as unknown as DocumentNode<StaffPopulationImportsQuery, StaffPopulationImportsQueryVariables>;
export const StaffPopulationImportDocument = {"__meta__":{"hash":"sha256:75d42414a4e16061919f02228d5b555c12de0da210770e1699d5256c2bdfae6b"}} as unknown as DocumentNode<StaffPopulationImportQuery, StaffPopulationImportQueryVariables>;